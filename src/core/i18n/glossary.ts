/**
 * The terms a finance officer meets in more than one place — the task pane, the notes on marked
 * cells, the 校验摘要 block, the command line and the review summary — in one spelling per language.
 * A form says 执行数 in one province and 实际支出 in the next; ziping's own words stay the same
 * everywhere, so the pane, the copy and the report can be read side by side.
 *
 * Chinese follows the wording of the forms and of the scoring rules (财预〔2020〕10号); English is
 * the plain word a reviewer would use, lower case as it stands inside a sentence — `label()` gives
 * the capitalised form for a heading or a column header.
 */
import type { Lang } from "../model";

export type Term =
  | "budgetTotal"
  | "spentTotal"
  | "executionRate"
  | "fiscalFunds"
  | "fundTotal"
  | "indicator"
  | "indicatorCount"
  | "target"
  | "actual"
  | "weight"
  | "score"
  | "totalScore"
  | "grade"
  | "scoringProfile"
  | "deviationReason"
  | "met"
  | "unmet"
  | "exceeded"
  | "manual"
  | "unmetIndicators"
  | "byTheRules"
  | "asStated"
  | "error"
  | "warning"
  | "info"
  | "amountUnit";

export const glossary: Record<Lang, Record<Term, string>> = {
  "zh-CN": {
    budgetTotal: "预算数合计",
    spentTotal: "执行数合计",
    executionRate: "预算执行率",
    fiscalFunds: "财政拨款",
    fundTotal: "年度资金总额",
    indicator: "指标",
    indicatorCount: "指标数",
    target: "预期指标值",
    actual: "实际完成值",
    weight: "分值",
    score: "得分",
    totalScore: "总分",
    grade: "等级",
    scoringProfile: "评分口径",
    deviationReason: "偏差原因",
    met: "已达成",
    unmet: "未达成",
    exceeded: "超额完成",
    manual: "需人工判断",
    unmetIndicators: "未达成指标",
    byTheRules: "按评分规则",
    asStated: "表中填写",
    error: "错误",
    warning: "警告",
    info: "提示",
    amountUnit: "金额单位",
  },
  "en-US": {
    budgetTotal: "total budget",
    spentTotal: "total spent",
    executionRate: "budget execution rate",
    fiscalFunds: "fiscal appropriation",
    fundTotal: "annual funds total",
    indicator: "indicator",
    indicatorCount: "indicators",
    target: "target",
    actual: "actual",
    weight: "weight",
    score: "score",
    totalScore: "total score",
    grade: "grade",
    scoringProfile: "scoring profile",
    deviationReason: "reason for the deviation",
    met: "met",
    unmet: "not met",
    exceeded: "exceeded",
    manual: "for a person to judge",
    unmetIndicators: "unmet indicators",
    byTheRules: "by the scoring rules",
    asStated: "as stated on the form",
    error: "error",
    warning: "warning",
    info: "info",
    amountUnit: "amount unit",
  },
};

/** A term as a heading, a label or a column header: the English capitalised, the Chinese as it is. */
export function label(lang: Lang, term: Term): string {
  const word = glossary[lang][term];
  return lang === "en-US" ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** A term with a qualifier in brackets: `总分（按评分规则）`, `Total score (by the scoring rules)`. */
export function qualified(lang: Lang, term: Term, qualifier: Term): string {
  const q = glossary[lang][qualifier];
  return lang === "en-US" ? `${label(lang, term)} (${q})` : `${glossary[lang][term]}（${q}）`;
}
