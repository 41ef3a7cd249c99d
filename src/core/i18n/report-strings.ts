/**
 * Words ziping writes into workbooks (the totals row label, the summary block). Kept with the other
 * catalogues so a translator finds every user-facing string under src/core/i18n/.
 */
import type { Lang } from "../model";

export const reportStrings: Record<Lang, {
  totalsLabel: string;
  fundTotalLabel: string;
  executionRate: string;
  budgetTotal: string;
  spentTotal: string;
  indicatorsMet: string;
  unmetIndicators: string;
  none: string;
  findingCounts: string;
  findingCountsValue: (errors: number, warnings: number, infos: number) => string;
  computedTotal: string;
  grade: string;
  scoringProfile: string;
  profileName: (profile: "central" | "hubei", guessed: boolean) => string;
}> = {
  "zh-CN": {
    totalsLabel: "金额合计",
    fundTotalLabel: "年度资金总额",
    executionRate: "预算执行率",
    budgetTotal: "预算合计",
    spentTotal: "执行合计",
    indicatorsMet: "指标完成",
    unmetIndicators: "未达标指标",
    none: "无",
    findingCounts: "错误 / 警告 / 提示",
    findingCountsValue: (e, w, i) => `${e} / ${w} / ${i}`,
    computedTotal: "总分（按评分规则）",
    grade: "等级",
    scoringProfile: "评分口径",
    profileName: (p, guessed) => `${p === "hubei" ? "湖北" : "中央一体化"}${guessed ? "（按版式推断）" : ""}`,
  },
  "en-US": {
    totalsLabel: "金额合计",
    fundTotalLabel: "年度资金总额",
    executionRate: "Execution rate",
    budgetTotal: "Budget total",
    spentTotal: "Spent total",
    indicatorsMet: "Indicators met",
    unmetIndicators: "Unmet indicators",
    none: "none",
    findingCounts: "Errors / warnings / info",
    findingCountsValue: (e, w, i) => `${e} / ${w} / ${i}`,
    computedTotal: "Total score (by the rules)",
    grade: "Grade",
    scoringProfile: "Scoring profile",
    profileName: (p, guessed) => `${p === "hubei" ? "Hubei" : "central"}${guessed ? " (guessed from the layout)" : ""}`,
  },
};
