import Big from "big.js";
import { evaluate, FAR_EXCEEDED_RATIO } from "../../../src/core/indicator/evaluate";
import { parseActual } from "../../../src/core/parse/actual";
import { isReverseIndicator } from "../../../src/core/parse/reverse";
import { parseTarget } from "../../../src/core/parse/target";
import type { Actual, Target } from "../../../src/core/model";
import type { CellValue } from "../../../src/core/grid";

function judge(target: CellValue, actual: CellValue, opts: { reverse?: boolean; format?: string } = {}) {
  const t = parseTarget(target, null);
  return evaluate(t, parseActual(actual, opts.format ?? null, t), opts.reverse ?? false);
}
const status = (target: CellValue, actual: CellValue, opts?: { reverse?: boolean; format?: string }) =>
  judge(target, actual, opts).status;

describe("the seed form's indicators", () => {
  // [二级, 三级, 预期指标值, 实际完成指标值, expected status]
  const seed: [string, string, string, CellValue, string][] = [
    ["数量", "拟提交审议法规数量（包括立、改、废、释）", "10项-20项", 33, "above-range"],
    ["数量", "代表活动次数", ">1000人次", 1210, "met"],
    ["数量", "代表大会参会人数", ">900 人", 1111, "met"],
    ["数量", "专家评审会次数", ">20 次", 29, "far-exceeded"],
    ["质量", "监督调研视察计划完成率", ">90%", "95%", "met"],
    ["质量", "代表提出议案建议数量", ">800 件", 811, "met"],
    ["质量", "法规表决通过率", ">95%", "100%", "met"],
    ["时效", "委托课题结项及时性", "100%", "100%", "met"],
    ["时效", "工作计划完成及时性", ">90%", "91%", "met"],
    ["成本", "支出进度达标率", ">90%", "95.51%", "met"],
    ["成本", "项目资金使用率", ">90%", "95.51%", "met"],
    ["社会效益", "邀请代表列席常委会会议人数", ">50 人次", 36, "unmet"],
    ["社会效益", "代表议案建议办理率", "100%", "100%", "met"],
    ["其他满意度", "公众满意度", ">80%", "95%", "met"],
    ["其他满意度", "人大代表满意度", ">90%", "95%", "met"],
    ["其他满意度", "常委会工作报告的通过率", ">90%", "100%", "met"],
  ];

  it.each(seed)("%s / %s: %s → %j is %s", (level2, name, targetText, actualValue, expected) => {
    const target = parseTarget(targetText, null);
    const reverse = isReverseIndicator({ level2, name }, target);
    const e = evaluate(target, parseActual(actualValue, null, target), reverse);
    expect(e.status).toBe(expected);
  });

  it("counts 16 indicators: 1 unmet, 1 above range, 1 far exceeded, 13 met", () => {
    const counts: Record<string, number> = {};
    for (const [level2, name, t, a] of seed) {
      const target = parseTarget(t, null);
      const s = evaluate(target, parseActual(a, null, target), isReverseIndicator({ level2, name }, target)).status;
      counts[s] = (counts[s] ?? 0) + 1;
    }
    expect(counts).toEqual({ met: 13, unmet: 1, "above-range": 1, "far-exceeded": 1 });
  });

  it("专家评审会次数 29 against >20 is 145%", () => {
    const e = judge(">20 次", 29);
    expect(e.ratio!.toString()).toBe("1.45");
    expect(e.op).toBe("gt");
    expect(e.actualValue!.toString()).toBe("29");
  });

  it("邀请代表列席 36 against >50 is 72%", () => {
    expect(judge(">50 人次", 36).ratio!.toString()).toBe("0.72");
  });
});

describe("operators", () => {
  it.each([
    [">90%", "90%", "unmet"],
    [">90%", "90.01%", "met"],
    ["≥90%", "90%", "met"],
    ["≥90%", "89.99%", "unmet"],
    ["不低于90%", "89.99%", "unmet"],
    ["<5%", "5%", "unmet"],
    ["<5%", "4.99%", "met"],
    ["≤5%", "5%", "met"],
    ["≤5%", "5.01%", "unmet"],
    ["≤30万元", "30", "met"],
    ["≤30万元", "30.5", "unmet"],
    ["5%以内", "6%", "unmet"],
    ["100人以上", "100", "met"],
  ])("%s vs %s → %s", (t, a, s) => expect(status(t, a)).toBe(s));

  it("= compares at the target's precision", () => {
    expect(status("=100%", "100%")).toBe("met");
    expect(status("=100%", "99.96%")).toBe("met");
    expect(status("=100%", "99.4%")).toBe("unmet");
    expect(status("=100%", "100.6%")).toBe("unmet");
    expect(status("=99.5%", "99.46%")).toBe("met");
    expect(status("=99.5%", "99.44%")).toBe("unmet");
    expect(judge("=100%", "98%").ratio!.toString()).toBe("0.98");
  });

  it("compares exactly, never in floats", () => {
    // 0.1 + 0.2 in a cell is 0.3 (what Excel shows), which meets ≥0.3.
    expect(status("≥0.3", 0.1 + 0.2)).toBe("met");
    expect(status("≥95.51%", 0.9551, { format: "0.00%" })).toBe("met");
  });
});

describe("no operator: at least, or at most when reverse", () => {
  it("at least by default", () => {
    expect(status("100%", "99%")).toBe("unmet");
    expect(status("26次", "12次")).toBe("unmet");
    expect(judge("26次", "12次").op).toBe("ge");
  });
  it("at most for reverse indicators", () => {
    expect(status("3%", 0, { reverse: true })).toBe("met");
    expect(status("2%", "0", { reverse: true })).toBe("met");
    expect(status("3%", "4%", { reverse: true })).toBe("unmet");
    expect(judge("3%", "4%", { reverse: true }).op).toBe("le");
    expect(status("90万元", "89.97", { reverse: true })).toBe("met");
  });
  it("a written operator wins over reverse", () => {
    expect(status(">90%", "95.51%", { reverse: true })).toBe("met");
    expect(status("≥90%", "80%", { reverse: true })).toBe("unmet");
  });
});

describe("far exceeded", () => {
  it("at 130% of an at-least target", () => {
    expect(FAR_EXCEEDED_RATIO.toString()).toBe("1.3");
    expect(status("≥100", "130")).toBe("far-exceeded");
    expect(status("≥100", "129.99")).toBe("met");
    expect(status("≥50%", "65%")).toBe("far-exceeded");
    expect(status("2200篇", "2859篇")).toBe("met");
    expect(status("2200篇", "2860篇")).toBe("far-exceeded");
  });
  it("not for at-most, equal, reverse, or zero and negative targets", () => {
    expect(status("≤100", "30")).toBe("met");
    expect(status("=10", "20")).toBe("unmet");
    expect(status(">20 次", 29, { reverse: true })).toBe("met");
    expect(status("≥0", "5")).toBe("met");
    expect(status("≥-10", "20")).toBe("met");
  });
});

describe("ranges", () => {
  it.each([
    ["10项-20项", 9, "unmet"],
    ["10项-20项", 10, "met"],
    ["10项-20项", 15, "met"],
    ["10项-20项", 20, "met"],
    ["10项-20项", 21, "above-range"],
    ["10项-20项", 33, "above-range"],
    ["90%-100%", 0.95, "met"],
    ["90%-100%", "89%", "unmet"],
  ])("%s vs %j → %s", (t, a, s) => expect(status(t, a)).toBe(s));

  it("has no operator and no ratio", () => {
    const e = judge("10项-20项", 33);
    expect(e.op).toBeUndefined();
    expect(e.ratio).toBeUndefined();
    expect(e.actualValue!.toString()).toBe("33");
  });
});

describe("units", () => {
  it("converts money scales", () => {
    expect(status("≤30万元", "290000元")).toBe("met");
    expect(status("≤30万元", "310000元")).toBe("unmet");
    expect(judge("≤30万元", "290000元").actualValue!.toString()).toBe("29");
    expect(status("≥1万人次", "12000人次")).toBe("met");
    expect(status("≥2吨", "1500公斤")).toBe("unmet");
  });
  it("reports units that cannot be reconciled", () => {
    expect(status(">900 人", "1111人次")).toBe("unit-mismatch");
    expect(status("≥10项", "12个")).toBe("unit-mismatch");
    expect(status("≥90%", "95人")).toBe("unit-mismatch");
    expect(status("10项-20项", "15个")).toBe("unit-mismatch");
  });
  it("a side without a unit takes the other's", () => {
    expect(status("0", "0%", { reverse: true })).toBe("met");
    expect(status("≥95%", 95)).toBe("met");
    expect(status("≥95%", 0.93)).toBe("unmet");
  });
});

describe("zero targets (衡山 县级储备粮)", () => {
  it("≤0 / =0 / reverse 0 with actual 0 is met and divides by nothing", () => {
    expect(status("0", "0", { reverse: true })).toBe("met");
    expect(status("0起", "0起", { reverse: true })).toBe("met");
    expect(status("≤0", 0)).toBe("met");
    expect(status("=0", 0)).toBe("met");
    expect(status("0", "1", { reverse: true })).toBe("unmet");
    expect(judge("0", "0", { reverse: true }).ratio).toBeUndefined();
    expect(judge("=0", "0").ratio).toBeUndefined();
    expect(judge("≥0", "3").ratio).toBeUndefined();
  });
});

describe("qualitative targets", () => {
  it.each([
    ["严格执行相关制度规定", "达成预期指标", "met"],
    ["效果明显", "达成预期指标", "met"],
    ["在项目计划完成时间内完成", "达成预期指标", "met"],
    ["效果明显", "部分达成预期指标", "partial"],
    ["效果明显", "基本完成", "partial"],
    ["效果明显", "未达成预期指标", "unmet"],
    ["效果明显", "较差", "unmet"],
    ["高", "高", "met"],
    ["好", "好", "met"],
    ["低", "低", "met"],
    ["效果明显", "效果 明显", "met"],
    ["效果明显", "有所提升", "qualitative"],
    ["效果明显", 95, "qualitative"],
    ["效果明显", "95%", "qualitative"],
    ["12月底前完成", "2021年12月20日", "qualitative"],
    ["2019年", "2020年", "qualitative"],
    ["2019年", "2019年", "met"],
  ])("%s vs %j → %s", (t, a, s) => expect(status(t, a)).toBe(s));
});

describe("quantity target with words", () => {
  it.each([
    ["≤30万元", "完成"],
    ["≥90%", "达成预期指标"],
    ["≥90%", "较好"],
    ["≥10项", "大幅增加"],
    ["10项-20项", "完成"],
  ])("%s vs %s is unreadable", (t, a) => expect(status(t, a)).toBe("unreadable"));
});

describe("blank and unreadable", () => {
  it("blank actual is missing", () => {
    expect(status("100%", null)).toBe("missing");
    expect(status("100%", "无")).toBe("missing");
    expect(status("效果明显", "")).toBe("missing");
    expect(status("#REF!", "")).toBe("missing");
  });
  it("blank target: qualitative when an actual is there, else missing", () => {
    expect(status(null, "95%")).toBe("qualitative");
    expect(status("", "已完成")).toBe("qualitative");
    expect(status(null, null)).toBe("missing");
  });
  it("unreadable target or actual", () => {
    expect(status("#REF!", "95%")).toBe("unreadable");
    expect(status(">5以下", "3")).toBe("unreadable");
    expect(status("≥90%", "#DIV/0!")).toBe("unreadable");
    expect(status("效果明显", "#N/A")).toBe("unreadable");
  });
});

describe("hand-built values", () => {
  const target: Target = { kind: "quantity", op: "ge", explicitOp: true, value: new Big(90), unit: "%", decimals: 0, raw: "≥90%" };
  it("an actual without a unit is compared as is", () => {
    const actual: Actual = { kind: "number", value: new Big("90"), unit: null, decimals: 0, raw: "90" };
    expect(evaluate(target, actual, false).status).toBe("met");
  });
});

describe("blank target with an unreadable actual", () => {
  it("is unreadable, not something to judge", () => expect(status(null, "#REF!")).toBe("unreadable"));
});
