/**
 * Reading a recognised money table: which column is "the" budget or spent column, what its parts add
 * up to, what a row states, and which basis the form's figures stand on. FormFacts (form-facts.ts)
 * keeps the sums and the basis for the rest of a check.
 */
import Big from "big.js";
import type { Measure, MoneyColumn, MoneyRow, MoneyTable } from "./model";
import { ScaledSum } from "./parse/scaled-amount";

/** The whole (non-其中) column for a measure; 全年预算数 is preferred to 年初预算数 for the budget. */
export function wholeColumn(table: MoneyTable, measure: "budget" | "spent"): MoneyColumn | undefined {
  const wholes = table.columns.filter((c) => c.partOf === undefined);
  const order: Measure[] = measure === "budget" ? ["budget", "budgetInitial"] : ["spent"];
  for (const m of order) {
    const col = wholes.find((c) => c.measure === m);
    if (col) return col;
  }
  return undefined;
}

/** The 其中 column that is part of `whole` (其中：财政拨款 under 总额), if the layout has one. */
export function partColumn(table: MoneyTable, whole: MoneyColumn): MoneyColumn | undefined {
  return table.columns.find((c) => c.partOf === whole.col);
}

export type ColumnSum = { value: Big; decimals: number } | null;

/** Exact sum of the part rows in one column (FormFacts keeps it); blank cells count as 0, an unreadable cell makes it unknown. */
export function addUpParts(table: MoneyTable, col: number): ColumnSum {
  const integers = new ScaledSum();
  let decimals = 0;
  let seen = false;
  const parts = table.parts;
  // Indexed: this loop runs a handful of times per check, mostly before V8 optimises it, and an
  // unoptimised for…of allocates an iterator result per row (1.6 MB on a 10,000-row form).
  for (let i = 0; i < parts.length; i++) {
    const cell = parts[i].amounts[col];
    if (!cell || cell.kind === "blank") continue;
    if (cell.kind === "unreadable") return null;
    integers.add(cell);
    decimals = Math.max(decimals, cell.decimals);
    seen = true;
  }
  if (!seen) return null;
  return { value: integers.value() ?? addBigs(table, col), decimals };
}

/** The same sum in big.js, for a column with an amount too large (or too fine) to add as integers. */
function addBigs(table: MoneyTable, col: number): Big {
  let value = new Big(0);
  for (const row of table.parts) {
    const cell = row.amounts[col];
    if (cell?.kind === "amount") value = value.plus(cell.value);
  }
  return value;
}

/** An amount a row states in one column, or null when blank/unreadable. */
export function statedAmount(row: MoneyRow | null | undefined, col: number): ColumnSum {
  const cell = row?.amounts[col];
  return cell && cell.kind === "amount" ? { value: cell.value, decimals: cell.decimals } : null;
}

/**
 * The one pair of figures — 预算数 and 执行数 — that every figure of a form is computed from: the 执行率
 * the summary shows, the rate a 执行率 cell or 预算执行率 indicator is checked against, and the budget
 * score. The parts' sums where the parts are filled in (what the form really adds up to), else the
 * totals line as written. When the form states both and they disagree, `other` holds the totals line,
 * so messages can name the basis and show the other figure beside it.
 */
export interface MoneyBasis {
  kind: "parts" | "total";
  budget: NonNullable<ColumnSum>;
  spent: NonNullable<ColumnSum>;
  other?: { budget: ColumnSum; spent: ColumnSum };
}

/** The basis of a form's figures, from its parts' sums (`sumOf`, kept by FormFacts) and its totals line. */
export function chooseBasis(table: MoneyTable, sumOf: (col: number) => ColumnSum): MoneyBasis | null {
  const budgetCol = wholeColumn(table, "budget");
  const spentCol = wholeColumn(table, "spent");
  if (!budgetCol || !spentCol) return null;
  const parts = { budget: sumOf(budgetCol.col), spent: sumOf(spentCol.col) };
  const total = { budget: statedAmount(table.total, budgetCol.col), spent: statedAmount(table.total, spentCol.col) };
  // One basis for both figures: a budget from the parts and a spent from the totals line would be neither.
  if (parts.budget && parts.spent) {
    const basis: MoneyBasis = { kind: "parts", budget: parts.budget, spent: parts.spent };
    if (differs(table, parts.budget, total.budget) || differs(table, parts.spent, total.spent)) basis.other = total;
    return basis;
  }
  if (total.budget && total.spent) return { kind: "total", budget: total.budget, spent: total.spent };
  return null;
}

/**
 * A stated figure that is not the sum at the precision total-mismatch compares at (the fen for 元, the
 * decimals shown for 万元). A blank one does not disagree: it says nothing.
 */
function differs(table: MoneyTable, sum: NonNullable<ColumnSum>, stated: ColumnSum): boolean {
  if (stated === null) return false;
  const decimals = table.unit === "元" ? 2 : Math.max(sum.decimals, stated.decimals);
  return !sum.value.round(decimals).eq(stated.value.round(decimals));
}
