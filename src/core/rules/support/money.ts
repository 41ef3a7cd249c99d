/**
 * How the money rules name columns and rows and compare amounts: at the precision the form shows
 * (to the fen for 元, to the cells' own decimals for 万元), never closer — a 万元 form written to two
 * decimals cannot be faulted for a difference of a few 元.
 */
import type Big from "big.js";
import type { MoneyRow, MoneyTable, MoneyValue, CellRef } from "../../model";
import { formatMoney } from "../../parse/money";
import { compareScaled } from "../../parse/scaled-amount";

export type MoneyCell = MoneyValue & { cell: CellRef };
export type Amount = Extract<MoneyValue, { kind: "amount" }> & { cell: CellRef };

/** The table's rows in sheet order: the parts and the totals row. */
export function moneyRows(table: MoneyTable): MoneyRow[] {
  const rows = table.total ? [...table.parts, table.total] : [...table.parts];
  // Recognition reads rows top to bottom, so only a totals row above the parts is out of order:
  // checking costs one pass, where sorting 10,000 rows for each rule that asks cost a copy more.
  for (let i = 1; i < rows.length; i++) {
    if (rows[i - 1].row > rows[i].row) return rows.sort((a, b) => a.row - b.row);
  }
  return rows;
}

export function amountAt(row: MoneyRow | null | undefined, col: number): Amount | null {
  const cell = row?.amounts[col];
  return cell && cell.kind === "amount" ? cell : null;
}

/** Decimals to compare at: the fen for 元, the most decimals any involved cell shows for 万元. */
export function comparePrecision(table: MoneyTable, cellDecimals: number[]): number {
  return table.unit === "元" ? 2 : Math.max(0, ...cellDecimals);
}

/** a − b at the given precision (each side rounded half-up first): <0, 0, >0. */
export function compareAt(a: Big, b: Big, decimals: number): number {
  return a.round(decimals).cmp(b.round(decimals));
}

/** compareAt for two cells' amounts: as integers when both are small and neither needs rounding. */
export function compareAmountsAt(a: Amount, b: Amount, decimals: number): number {
  if (a.scale !== undefined && b.scale !== undefined && a.scale <= decimals && b.scale <= decimals) {
    const sign = compareScaled(a, b);
    if (sign !== null) return sign;
  }
  return compareAt(a.value, b.value, decimals);
}

/** An amount in the form's notation: thousands separators and the decimals the cell shows. */
export function moneyText(value: Big, decimals: number): string {
  return formatMoney(value, decimals, { grouping: true });
}

/** A computed amount written with the decimals the form uses, widened so the result is not rounded away. */
export function computedMoneyText(table: MoneyTable, value: Big, shownDecimals: number): string {
  const limit = table.unit === "元" ? 2 : shownDecimals;
  let decimals = shownDecimals;
  while (decimals < limit && !value.round(decimals).eq(value.round(limit))) decimals++;
  return moneyText(value, decimals);
}

export interface ColumnName {
  zh: string;
  en: string;
}

/**
 * A column named the way a reviewer says it: `预算数（元）/ 总额` → 预算数·总额 (zh) and 预算数/总额 (en).
 * The unit is left out because every amount in the message is already in the form's unit.
 */
export function columnName(table: MoneyTable, col: number): ColumnName {
  const column = table.columns.find((c) => c.col === col);
  const label = column?.label ?? "";
  const parts = label
    .split(/\s*[/／]\s*/)
    .map((p) => p.replace(/[（(]\s*万?元\s*[)）]/g, "").replace(/\s+/g, "").trim())
    .filter((p) => p.length > 0);
  if (parts.length === 0) return { zh: label, en: label };
  return { zh: parts.join("·"), en: parts.join("/") };
}
