/**
 * What the score rules share: a tolerance of 0.01 (two decimals, as forms write scores), and scores written back the
 * way the form wrote them.
 */
import Big from "big.js";
import type { ScoreCell } from "../../model";
import { formatMoney } from "../../parse/money";

const SCORE_TOLERANCE = new Big("0.01");

/** True when two scores differ by more than 0.01. */
export function scoresDiffer(a: Big, b: Big): boolean {
  return a.minus(b).abs().gt(SCORE_TOLERANCE);
}

/** A stated score as the form shows it (`10`, `7.6`, `19.60`). */
export function statedText(cell: ScoreCell | undefined): string {
  if (!cell) return "";
  const v = cell.value;
  return v.kind === "amount" ? formatMoney(v.value, v.decimals, { grouping: false }) : v.raw.trim();
}

/** A computed sum or score: the decimals it needs, at most two (`100`, `97.05`). */
export function scoreText(value: Big): string {
  const rounded = value.round(2);
  return formatMoney(rounded, Math.min(2, Math.max(0, rounded.c.length - 1 - rounded.e)), { grouping: false });
}
