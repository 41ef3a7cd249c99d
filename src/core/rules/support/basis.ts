/**
 * The words that say which basis a form's figures were computed on, when it has two (its totals line
 * disagrees with the sum of its parts): the figures follow the parts, and the totals line's own figures
 * are given in brackets so the reader sees both.
 */
import type { MoneyFacts } from "../../form-facts";
import type { Lang } from "../../model";
import { num } from "../../scoring/explain";

/** `；按各分项之和计（「年度资金总额」行填 0 ÷ 0）`, or '' when the form has one basis. */
export function basisNote(money: MoneyFacts | null): Record<Lang, string> {
  const table = money?.table;
  const basis = money ? money.basis() : null;
  const other = basis?.other;
  if (!table || !basis || !other) return { "zh-CN": "", "en-US": "" };
  const label = table.total?.label ?? "合计";
  const figure = (sum: typeof other.budget): string => (sum ? num(sum.value) : "—");
  const stated = `${figure(other.spent)} ÷ ${figure(other.budget)}`;
  return {
    "zh-CN": `；按各分项之和计（「${label}」行填 ${stated}）`,
    "en-US": `; from the sum of the parts (the 「${label}」 line says ${stated})`,
  };
}
