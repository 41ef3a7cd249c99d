/**
 * One-line explanations of a score, in both languages, written with the numbers as the form has
 * them: `36 ÷ 50 × 10 = 7.20`. A reviewer checks the arithmetic by eye, so nothing is abbreviated.
 */
import type Big from "big.js";
import type { Lang } from "../model";
import { formatMoney } from "../parse/money";
import { decimalsOf } from "../parse/number";

export type Explanation = Record<Lang, string>;

/** A value as written: exact digits, no grouping, `%` kept for percentages (`72.74%`, `2859`). */
export function num(value: Big, unit: string | null = null): string {
  return formatMoney(value, decimalsOf(value), { grouping: false }) + (unit === "%" ? "%" : "");
}

/** A score as the rules give it: two decimals (`7.20`). */
export function pts(value: Big): string {
  return value.toFixed(2);
}

/** A score worked out: `应得 36 ÷ 50 × 10 = 7.20 分`, `it earns 36 ÷ 50 × 10 = 7.20 points`. */
export function earns(working: string, zhAfter = "", enAfter = ""): Explanation {
  return { "zh-CN": `应得 ${working} 分${zhAfter}`, "en-US": `it earns ${working} points${enAfter}` };
}
