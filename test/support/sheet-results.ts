/**
 * Hand-made SheetResults shaped like the engine's output on the seed form, for view tests that must
 * not depend on recognition. The figures are the seed form's own (docs/forms.md).
 */
import type { ScoringSummary, SheetResult } from "../../src/core/engine";
import type { Finding, Form } from "../../src/core/model";
import type { SheetCheck } from "../../src/excel/port";

export const SHEET = "2021年部门整体自评表";

export const seedForm: Form = {
  kind: "department",
  sheet: SHEET,
  title: "部门（单位）整体支出绩效目标完成情况自评表",
  unitName: "深圳市人大常委会办公厅",
  year: "2021年度",
  bounds: { top: 0, left: 0, bottom: 40, right: 8 },
  money: null,
  indicators: null,
};

export const unmetFinding: Finding = {
  rule: "indicator-unmet",
  messageId: "floor",
  data: { subject: "邀请代表列席常委会会议人数", target: ">50人次", actual: "36人次" },
  severity: "error",
  cells: ["F30"],
  message: {
    "zh-CN": "「邀请代表列席常委会会议人数」实际完成值 36人次 未达到预期指标值 >50人次",
    "en-US": "「邀请代表列席常委会会议人数」: actual 36人次 does not reach the target >50人次",
  },
  expected: ">50人次",
  actual: "36人次",
  subject: "邀请代表列席常委会会议人数",
};

export const rangeFinding: Finding = {
  rule: "indicator-exceeds-range",
  messageId: "above",
  data: { subject: "拟提交审议法规数量", target: "10项-20项", actual: "33项" },
  severity: "warning",
  cells: ["F25"],
  message: {
    "zh-CN": "「拟提交审议法规数量」实际完成值 33项 超出预期指标值区间 10项-20项",
    "en-US": "「拟提交审议法规数量」: actual 33项 is above the range 10项-20项",
  },
  expected: "10项-20项",
  actual: "33项",
  subject: "拟提交审议法规数量",
};

export const farFinding: Finding = {
  rule: "indicator-far-exceeded",
  messageId: "exceeded",
  data: { subject: "专家评审会次数", target: ">20次", actual: "29次", percent: "145%" },
  severity: "info",
  cells: ["F27", "E27"],
  message: {
    "zh-CN": "「专家评审会次数」实际完成值 29次 为预期指标值 >20次 的 145%",
    "en-US": "「专家评审会次数」: actual 29次 is 145% of the target >20次",
  },
  expected: ">20次",
  actual: "29次",
  subject: "专家评审会次数",
};

export function seedResult(findings: Finding[] = [unmetFinding, rangeFinding, farFinding]): SheetResult {
  return {
    sheet: SHEET,
    kind: "department",
    form: seedForm,
    findings,
    totals: {
      unit: "元",
      budget: "146963013.91",
      budgetFiscal: "146963013.91",
      spent: "140363937.12",
      spentFiscal: "140363937.12",
      executionRate: "95.51%",
    },
    indicators: { total: 16, met: 14, unmet: 1, exceeded: 2, manual: 0 },
  };
}

export function seedCheck(findings?: Finding[]): SheetCheck {
  const result = seedResult(findings);
  return { result, marked: new Set(result.findings.flatMap((f) => f.cells)).size };
}

export function noFormCheck(sheet = "Sheet2", refused = true): SheetCheck {
  return {
    result: { sheet, kind: null, form: null, findings: [], totals: null, indicators: null },
    marked: 0,
    ...(refused ? { refused: { code: "no-form" as const, params: {} } } : {}),
  };
}

/** The seed's check with a scoring block, as the engine gives it for a form with 分值/得分 columns. */
export function scoredCheck(scoring: Partial<ScoringSummary> = {}, findings?: Finding[]): SheetCheck {
  const check = seedCheck(findings);
  check.result.scoring = {
    profile: "hubei",
    guessed: true,
    computedTotal: "97.05",
    statedTotal: "97.6",
    grade: "优",
    statedGrade: "良",
    ...scoring,
  };
  return check;
}
