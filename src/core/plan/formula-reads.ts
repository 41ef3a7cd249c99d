/**
 * What a spreadsheet formula reads from an amount cell, so ziping writes a formula only where a real
 * engine computes the figure ziping reports: a number cell as its number, a text cell through
 * NUMBERVALUE(cell, ".", ","), which takes plain digits with group commas and a point — not `10万`,
 * `1,000元`, full-width digits or `（1,000.00）`, which ziping reads and a formula does not.
 */
import type { MoneyValue } from "../model";

/** What NUMBERVALUE(text, ".", ",") reads exactly as parseMoney does: plain digits, group commas, a point. */
export const NUMBERVALUE_READS = /^\s*[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*$/;
/** How a number cell's value prints (String(n)): what SUM adds. */
export const NUMBER_TEXT = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;

/** The number a formula reads from the cell (through NUMBERVALUE when it holds text), or null when it reads none. */
export function formulaNumber(cell: MoneyValue | undefined, isText: boolean): number | null {
  if (!cell || cell.kind !== "amount") return null;
  if (isText) return NUMBERVALUE_READS.test(cell.raw) ? Number(cell.raw.replace(/[,\s]/g, "")) : null;
  return NUMBER_TEXT.test(cell.raw) ? Number(cell.raw) : null;
}
