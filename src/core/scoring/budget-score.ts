/**
 * The budget-execution score: 执行率 × 分值, capped at 分值 (docs/forms.md, "Scoring profiles"). The rate is what the
 * amounts give (执行数 ÷ 预算数, from the parts where they are filled in, as the summary reads them),
 * so a 执行率 cell written wrong does not carry into the score; a form without amounts is scored from
 * the rate it states.
 */
import Big from "big.js";
import { basisNote, type MoneyFacts } from "../form-facts";
import type { Form, MoneyRow, ScoreCell } from "../model";
import { statedRate } from "../parse/stated-rate";
import { earns, num, pts, type Explanation } from "./explain";

export interface BudgetScore {
  /** The money row that carries the score (the totals line, usually): its label names findings. */
  label: string;
  /** 分值 of the budget part: its cell, or the points its heading gives. */
  weight: Big;
  weightCell?: ScoreCell;
  /** The stated 得分 cell, when the layout has one. */
  scoreCell?: ScoreCell;
  /** 执行率 as a fraction, and the score it gives; null when neither amounts nor a stated rate can be read. */
  rate: Big | null;
  value: Big | null;
  explain: Explanation | null;
}

const ONE = new Big(1);

export function scoreBudget(form: Form, money: MoneyFacts | null): BudgetScore | null {
  const part = form.scoring?.budget;
  const table = form.money;
  if (!part || !table || !money) return null;
  const weightCell = part.weight;
  const weight =
    weightCell?.value.kind === "amount" ? weightCell.value.value : part.points ? new Big(part.points.value) : null;
  if (!weight) return null;
  const row: MoneyRow | undefined = [table.total, ...table.parts].find((r) => r?.row === part.row) ?? undefined;
  const label = row?.label ?? "预算执行率";

  const out: BudgetScore = { label, weight, rate: null, value: null, explain: null };
  if (weightCell) out.weightCell = weightCell;
  if (part.score) out.scoreCell = part.score;

  // The form's one basis (money-table.ts): the rate the summary shows and the rate rule checks against.
  const basis = money.basis();
  const budget = basis?.budget ?? null;
  const spent = basis?.spent ?? null;
  const note = basisNote(money);
  let rateText: string;
  if (budget && spent && !budget.value.eq(0)) {
    out.rate = spent.value.div(budget.value);
    rateText = `${num(spent.value)} ÷ ${num(budget.value)}`;
  } else {
    const stated = row?.rate ? statedRate(row.rate.actual) : null;
    if (!stated) return out;
    out.rate = stated.points.div(100);
    rateText = `${num(stated.points)}%`;
  }
  const raw = out.rate.times(weight);
  const capped = out.rate.gt(ONE);
  out.value = capped ? weight : raw.lt(0) ? new Big(0) : raw;
  const sum = `${rateText} × ${num(weight)} = ${pts(raw)}`;
  out.explain = capped
    ? earns(sum, `，以分值 ${num(weight)} 为限${note["zh-CN"]}`, `, capped at ${num(weight)}${note["en-US"]}`)
    : earns(sum, note["zh-CN"], note["en-US"]);
  return out;
}
