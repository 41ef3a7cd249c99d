/**
 * Words ziping writes into workbooks (the totals row label, the summary block). Kept with the other
 * catalogues so a translator finds every user-facing string under src/core/i18n/.
 */
import type { Lang } from "../model";
import { glossary, label, qualified } from "./glossary";

const zh = glossary["zh-CN"];
const en = "en-US";

export const reportStrings: Record<Lang, {
  totalsLabel: string;
  fundTotalLabel: string;
  executionRate: string;
  /** Beside a 预算执行率 written as a value where a formula was possible in principle: why not. */
  rateNotFormula: { unreadable: (cell: string, text: string) => string; otherBasis: string };
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
    executionRate: zh.executionRate,
    rateNotFormula: {
      unreadable: (cell, text) => `此为计算结果，未写公式：合计行 ${cell}「${text}」是表格公式读不出的文字，公式重算后会变成空白`,
      otherBasis: `此为按各行金额之和算出的结果，未写公式：合计行金额与各行之和不一致，按合计行算会得出另一个${zh.executionRate}`,
    },
    budgetTotal: zh.budgetTotal,
    spentTotal: zh.spentTotal,
    indicatorsMet: "已达成指标 / 指标数",
    unmetIndicators: zh.unmetIndicators,
    none: "无",
    findingCounts: `${zh.error} / ${zh.warning} / ${zh.info}`,
    findingCountsValue: (e, w, i) => `${e} / ${w} / ${i}`,
    computedTotal: qualified("zh-CN", "totalScore", "byTheRules"),
    grade: zh.grade,
    scoringProfile: zh.scoringProfile,
    profileName: (p, guessed) => `${p === "hubei" ? "湖北" : "中央一体化"}${guessed ? "（按版式推断）" : ""}`,
  },
  "en-US": {
    totalsLabel: "金额合计",
    fundTotalLabel: "年度资金总额",
    executionRate: label(en, "executionRate"),
    rateNotFormula: {
      unreadable: (cell, text) =>
        `A computed value, not a formula: the totals line's ${cell} 「${text}」 is text a spreadsheet formula cannot read, so a formula would go blank on recalculation`,
      otherBasis:
        "Computed from the sum of the lines, not a formula: the totals line disagrees with its lines, and a formula over it would show a different rate",
    },
    budgetTotal: label(en, "budgetTotal"),
    spentTotal: label(en, "spentTotal"),
    indicatorsMet: "Indicators met / indicators",
    unmetIndicators: label(en, "unmetIndicators"),
    none: "none",
    findingCounts: "Errors / warnings / info",
    findingCountsValue: (e, w, i) => `${e} / ${w} / ${i}`,
    computedTotal: qualified(en, "totalScore", "byTheRules"),
    grade: label(en, "grade"),
    scoringProfile: label(en, "scoringProfile"),
    profileName: (p, guessed) => `${p === "hubei" ? "Hubei" : "central"}${guessed ? " (guessed from the layout)" : ""}`,
  },
};
