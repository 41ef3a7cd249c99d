import rule from "../../../src/core/rules/score-mismatch";
import type { IndicatorTable } from "../../../src/core/model";
import { budgetPart, indicator, indicatorTable, makeForm, projectMoney, type IndicatorInput } from "../../support/form-factory";
import { runRule } from "../../support/run-rule";

const table = (inputs: IndicatorInput[], opts: Parameters<typeof indicatorTable>[1] = {}): IndicatorTable =>
  indicatorTable(inputs.map(indicator), { weightColumn: true, scoreColumn: true, ...opts });

const brief = (form: Parameters<typeof runRule>[1], options = {}) =>
  runRule(rule, form, options).map((f) => [f.severity, f.subject, f.cells, f.expected, f.actual]);

describe("score-mismatch", () => {
  it("fires when 得分 is not the rules' score, and explains the computation in one line", () => {
    const form = makeForm({
      indicators: table([
        { name: "邀请代表列席常委会会议人数", target: ">50 人次", actual: 36, weight: 10, score: 10 },
        { name: "项目总成本", level2: "成本", target: "≤100万元", actual: 110, weight: 10, score: 10 },
        { name: "政府采购执行率", target: "100%", actual: "72.74%", weight: 2, score: 2 },
      ]),
    });
    const findings = runRule(rule, form);
    expect(findings.map((f) => [f.severity, f.cells, f.expected, f.actual])).toEqual([
      ["error", ["J21"], "7.2", "10"],
      ["error", ["J22"], "9", "10"],
      ["error", ["J23"], "1.45", "2"],
    ]);
    expect(findings[0].message["zh-CN"]).toBe("「邀请代表列席常委会会议人数」按评分规则应得 36 ÷ 50 × 10 = 7.20 分，表中填写 10");
    expect(findings[0].message["en-US"]).toBe("「邀请代表列席常委会会议人数」: by the scoring rules it earns 36 ÷ 50 × 10 = 7.20 points; the form says 10");
    expect(findings[1].message["zh-CN"]).toBe("「项目总成本」按评分规则应得 (1 − (110 − 100) ÷ 100) × 10 = 9.00 分，表中填写 10");
  });

  it("scores by the profile asked for: Hubei's target ÷ actual for a missed ceiling", () => {
    const form = makeForm({ indicators: table([{ name: "项目总成本", level2: "成本", target: "≤100万元", actual: 110, weight: 10, score: 9 }]) });
    expect(brief(form)).toEqual([]);
    expect(brief(form, { profile: "hubei" })).toEqual([["error", "项目总成本", ["J21"], "9.09", "9"]]);
  });

  it("does not fire within 0.01, on a met indicator with full marks, or where only a person can score", () => {
    const form = makeForm({
      indicators: table([
        { name: "甲", target: ">50 人次", actual: 36, weight: 10, score: 7.2 },
        { name: "乙", target: "100%", actual: "72.74%", weight: 2, score: 1.45 },
        { name: "丙", target: "≥90%", actual: "95%", weight: 10, score: 10 },
        { name: "丁", target: "效果明显", actual: "群众反映良好", weight: 10, score: 3 },
        { name: "戊", target: "≤30万元", actual: "完成", weight: 10, score: 5 },
        { name: "己", target: "1", actual: 1, weight: 10, score: 15 }, // score-exceeds-weight's finding
      ]),
    });
    expect(brief(form)).toEqual([]);
  });

  it("accepts a qualitative score anywhere inside its grade's band, and reports one outside it", () => {
    const form = makeForm({
      indicators: table([
        { name: "达成内", target: "效果明显", actual: "达成预期指标", weight: 10, score: 8 },
        { name: "部分内", target: "效果明显", actual: "部分达成", weight: 10, score: 6.5 },
        { name: "部分外", target: "效果明显", actual: "部分达成", weight: 10, score: 10 },
        { name: "未达成外", target: "高", actual: "低", weight: 10, score: 7 },
      ]),
    });
    const findings = runRule(rule, form);
    expect(findings.map((f) => [f.subject, f.expected, f.actual])).toEqual([
      ["部分外", "6.00–8.00", "10"],
      ["未达成外", "0.00–6.00", "7"],
    ]);
    expect(findings[0].message["zh-CN"]).toBe("「部分外」部分达成，得分应在 6.00–8.00 之间（分值 10 的 60%–80%），表中填写 10");
    // Hubei's band for 未达成 reaches only 50%.
    expect(runRule(rule, makeForm({ indicators: table([{ name: "未达成", target: "高", actual: "低", weight: 10, score: 5.5 }]) }), { profile: "hubei" })).toHaveLength(1);
  });

  it("is a warning when the row's deviation is explained", () => {
    const form = makeForm({
      indicators: table([{ name: "甲", target: ">50 人次", actual: 36, weight: 10, score: 10, explanation: "受疫情影响" }]),
    });
    expect(brief(form)).toEqual([["warning", "甲", ["J21"], "7.2", "10"]]);
  });

  it("notes a blank 得分: an error when the rules give the score, a warning when they cannot", () => {
    const form = makeForm({
      indicators: table([
        { name: "可算", target: "≥90%", actual: "95%", weight: 10, score: null },
        { name: "无完成值", target: "=100%", actual: null, weight: 60, score: null },
        { name: "空行", target: null, actual: null, weight: null, score: null },
      ]),
    });
    const findings = runRule(rule, form);
    expect(findings.map((f) => [f.severity, f.subject, f.expected, f.actual])).toEqual([
      ["error", "可算", "10", ""],
      ["warning", "无完成值", null, ""],
    ]);
    expect(findings[0].message["zh-CN"]).toBe("「可算」得分未填写；按评分规则该指标已达成，应得满分 10 分");
    expect(findings[0].message["en-US"]).toBe("「可算」 has no score; by the scoring rules the indicator is met, so it earns the full 10 points");
    expect(findings[1].message["zh-CN"]).toBe("「无完成值」得分未填写（实际完成值未填写，无法计算）");
  });

  it("checks the budget-execution score: 执行数 ÷ 预算数 × 分值", () => {
    const money = projectMoney({
      total: { amounts: [0, 0, 0], weight: 10, score: 0 },
      lines: [{ label: "其中：本年财政拨款", amounts: [90, 89.974, 89.974] }],
      scored: true,
    });
    const findings = runRule(rule, makeForm({ kind: "project", money, scoring: { budget: budgetPart(money) } }));
    expect(findings.map((f) => [f.cells, f.expected, f.actual, f.message["zh-CN"]])).toEqual([
      [["H5"], "10", "0", "「年度资金总额」预算执行得分表中填写 0，按评分规则应得 89.974 ÷ 89.974 × 10 = 10.00 分；执行率按各分项之和计算：执行数 89.974 ÷ 预算数 89.974 = 100.00%，「年度资金总额」行填写的是 0 ÷ 0"],
    ]);
    const blank = projectMoney({ total: { amounts: [100, 100, 76], weight: 10, score: null }, lines: [], scored: true });
    const blankFindings = runRule(rule, makeForm({ kind: "project", money: blank, scoring: { budget: budgetPart(blank) } }));
    expect(blankFindings.map((f) => [f.severity, f.expected, f.message["en-US"]])).toEqual([
      ["error", "7.6", "「年度资金总额」 (budget execution) has no score; by the scoring rules it earns 76 ÷ 100 × 10 = 7.60 points"],
    ]);
    const right = projectMoney({ total: { amounts: [1200, 1500, 1140], weight: 10, score: 7.6 }, lines: [], scored: true });
    expect(runRule(rule, makeForm({ kind: "project", money: right, scoring: { budget: budgetPart(right) } }))).toEqual([]);
  });

  it("checks a 得分系数 beside a right score (Chongqing), and points at both cells when the score is wrong", () => {
    const form = makeForm({
      indicators: table([
        { name: "系数错", target: "100%", actual: "72.74%", weight: 2, score: 1.45, coefficient: "100%" },
        { name: "都错", target: "100%", actual: "72.74%", weight: 2, score: 2, coefficient: "100%" },
        { name: "都对", target: "100%", actual: "72.74%", weight: 2, score: 1.45, coefficient: "72.74%" },
      ]),
    });
    const findings = runRule(rule, form);
    expect(findings.map((f) => [f.subject, f.cells, f.expected, f.actual])).toEqual([
      ["系数错", ["K21", "J21"], "72.74%", "100%"],
      ["都错", ["J22", "K22"], "1.45", "2"],
    ]);
    expect(findings[0].message["zh-CN"]).toBe("「系数错」得分系数应为 72.74%（应得 72.74% ÷ 100% × 2 = 1.45 分），表中填写 100%");
  });

  it("checks a Hubei block without 分值: when every indicator is met its scores add up to the block's points", () => {
    const inputs = [
      { name: "监测数据必须合格", target: "100%", actual: "100%", score: 10 },
      { name: "取得监测资料", target: "100%", actual: "100%", score: 10 },
      { name: "整编资料审核", target: "98%", actual: "98%", score: 19.6 },
    ].map(indicator);
    const sections = [{ row: 19, name: "年度绩效目标1", points: 40, scope: "block" as const }];
    const findings = runRule(rule, makeForm({ indicators: indicatorTable(inputs, { sections }) }));
    expect(findings.map((f) => [f.subject, f.cells, f.expected, f.actual, f.message["zh-CN"]])).toEqual([
      ["年度绩效目标1", ["J21", "J22", "J23"], "40", "39.6", "「年度绩效目标1」各项指标均已达成，得分合计应为 40，表中合计 39.6"],
    ]);
    // An unmet indicator in the block may lose points: nothing to say without 分值.
    const unmet = inputs.map((r, i) => (i === 2 ? { ...r, actual: "90%" } : r));
    expect(runRule(rule, makeForm({ indicators: indicatorTable(unmet, { sections }) }))).toEqual([]);
  });
});
