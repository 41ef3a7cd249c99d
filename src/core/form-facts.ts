/**
 * What several readers of one recognised form ask for again and again — a money column's sum, the
 * execution rate, each indicator's outcome — worked out once and kept with the object that asked.
 * The check builds one for the rules, the scores and the summary; the plan builds one for the form
 * it plans. Nothing is kept beyond that object: no module holds on to a form.
 */
import type Big from "big.js";
import { evaluate, type Evaluation } from "./indicator/evaluate";
import type { Form, IndicatorRow, Lang, MoneyColumn, MoneyTable } from "./model";
import { addUpParts, chooseBasis, partColumn, statedAmount, type ColumnSum, type MoneyBasis } from "./money-table";
import { formatMoney } from "./parse/money";
import { decimalsOf } from "./parse/number";

/** The sums of one money table, each column added up at most once (a 10,000-row form asks often). */
export class MoneyFacts {
  private readonly sums = new Map<number, ColumnSum>();
  private rate: Big | null | undefined;
  private oneBasis: MoneyBasis | null | undefined;

  constructor(readonly table: MoneyTable) {}

  /** Exact sum of the part rows in one column; blank cells count as 0, an unreadable cell makes it unknown. */
  sumOfParts(col: number): ColumnSum {
    if (!this.sums.has(col)) this.sums.set(col, addUpParts(this.table, col));
    return this.sums.get(col)!;
  }

  /**
   * The amount the form really has in a column: the parts' sum where the parts are filled in, else
   * what the totals row states (forms such as Hubei's have only a 年度财政资金总额 line).
   */
  columnAmount(col: number): ColumnSum {
    return this.sumOfParts(col) ?? statedAmount(this.table.total, col);
  }

  /** The fiscal (财政拨款) amount: the 其中 column's total in a department form, the 其中 row in a project form. */
  fiscalAmount(whole: MoneyColumn): ColumnSum {
    const part = partColumn(this.table, whole);
    if (part) return this.columnAmount(part.col);
    const subsetRow = this.table.parts.find((r) => r.subset);
    return subsetRow ? statedAmount(subsetRow, whole.col) : null;
  }

  /** The one pair of figures, 预算数 and 执行数, every figure of the form is computed from (money-table.ts). */
  basis(): MoneyBasis | null {
    if (this.oneBasis === undefined) this.oneBasis = chooseBasis(this.table, (col) => this.sumOfParts(col));
    return this.oneBasis;
  }

  /** 执行率 = 执行数 ÷ 预算数 on the form's basis, as a fraction; null when either is unknown or the budget is 0. */
  executionRate(): Big | null {
    if (this.rate === undefined) {
      const basis = this.basis();
      this.rate = basis && !basis.budget.value.eq(0) ? basis.spent.value.div(basis.budget.value) : null;
    }
    return this.rate;
  }
}

/**
 * The sentence that says which basis a form's figures were computed on, when it has two (its totals
 * line disagrees with the sum of its parts): the figures follow the parts, worked out in full, and the
 * totals line's own figures follow, so the reader sees both. rate-mismatch and the budget score end
 * their messages with it. It is a clause of its own, after a `；`, never inside the message's brackets:
 * 「（执行数 ÷ 预算数；按各分项之和计（…））」 read as brackets inside brackets.
 *
 * `；执行率按各分项之和计算：执行数 226.7 ÷ 预算数 251.89 = 90.00%，「总额」行填写的是 251.89 ÷ 251.89`,
 * or '' when the form has one basis.
 */
export function basisNote(money: MoneyFacts | null): Record<Lang, string> {
  const table = money?.table;
  const basis = money ? money.basis() : null;
  const other = basis?.other;
  const rate = money?.executionRate();
  if (!table || !basis || !other || !rate) return { "zh-CN": "", "en-US": "" };
  const label = table.total?.label ?? "合计";
  // Exact digits without grouping, as scoring/explain.ts's num writes a figure.
  const figure = (sum: typeof other.budget): string =>
    sum ? formatMoney(sum.value, decimalsOf(sum.value), { grouping: false }) : "—";
  const percent = `${rate.times(100).toFixed(2)}%`;
  const parts = { spent: figure(basis.spent), budget: figure(basis.budget) };
  const stated = `${figure(other.spent)} ÷ ${figure(other.budget)}`;
  return {
    "zh-CN": `；执行率按各分项之和计算：执行数 ${parts.spent} ÷ 预算数 ${parts.budget} = ${percent}，「${label}」行填写的是 ${stated}`,
    "en-US": `; the rate is worked out from the sum of the parts: spent ${parts.spent} ÷ budget ${parts.budget} = ${percent}, while the 「${label}」 line says ${stated}`,
  };
}

export type Outcome = Evaluation;

/** The money facts and the indicator outcomes of one form. */
export class FormFacts {
  readonly money: MoneyFacts | null;
  private readonly outcomes = new Map<IndicatorRow, Outcome>();

  constructor(readonly form: Form) {
    this.money = form.money ? new MoneyFacts(form.money) : null;
  }

  /** Does this indicator row's actual meet its target? Each row is judged once. */
  outcomeOf(row: IndicatorRow): Outcome {
    let outcome = this.outcomes.get(row);
    if (!outcome) {
      outcome = evaluate(row.target, row.actual, row.reverse);
      this.outcomes.set(row, outcome);
    }
    return outcome;
  }
}
