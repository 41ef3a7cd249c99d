/**
 * Every published form in tools/samples, rebuilt as a workbook spec, is
 * recognised and its real defects are reported — and the same forms corrected give no error.
 */
import Big from "big.js";
import { checkGrid, type SheetResult } from "../../../src/core/engine";
import type { CheckOptions } from "../../../src/core/rules/rule";
import { PROFILES, scoreIndicator } from "../../../src/core/scoring";
import { departmentSpecChongqing } from "../../../tools/samples/chongqing-2021";
import { correctedAnhui, correctedChongqing, correctedHubeiHuanggang, correctedSichuan } from "../../../tools/samples/corrections";
import { projectSpecHubeiHuanggang } from "../../../tools/samples/hubei-huanggang-2020";
import { toGridData, withCells, type SheetSpec } from "../../../tools/samples/sheet-spec";
import { projectSpecAnhui, projectSpecHubei, projectSpecHunan, projectSpecSichuan, toTraditional } from "../../../tools/samples/variants";
import { ref } from "../../support/form-factory";

function check(spec: SheetSpec, options: CheckOptions = {}): SheetResult {
  const result = checkGrid(toGridData(spec), options);
  if (!result.form) throw new Error(`${spec.name} was not recognised`);
  return result;
}

const brief = (r: SheetResult) => r.findings.map((f) => [f.rule, f.severity, f.cells[0], f.expected, f.actual]);
const errors = (r: SheetResult) => r.findings.filter((f) => f.severity === "error");

describe("form_1 (Anhui, 委托业务项目 2022): 年度资金总额 0 against 90 of 财政拨款", () => {
  const result = check(projectSpecAnhui());

  it("reports the total that is not the sum, the 其中 line above its total, and the budget score that follows them", () => {
    expect(brief(result)).toEqual([
      ["total-mismatch", "error", "C6", "90.000", "0.000"],
      ["total-mismatch", "error", "D6", "89.974", "0.000"],
      ["total-mismatch", "error", "E6", "89.974", "0.000"],
      // One basis for the form, the lines' 89.974 ÷ 89.974: the 执行率 on the totals line is wrong with the rest of it.
      ["rate-mismatch", "error", "G6", "100.00%", "0.00%"],
      ["score-mismatch", "error", "H6", "10", "0"],
      ["subset-exceeds-total", "error", "C7", "≤ 0.000", "90.000"],
      ["subset-exceeds-total", "error", "D7", "≤ 0.000", "89.974"],
      ["subset-exceeds-total", "error", "E7", "≤ 0.000", "89.974"],
    ]);
    expect(result.findings[4].message["zh-CN"]).toBe(
      "「年度资金总额」预算执行得分表中填写 0，按评分规则应得 89.974 ÷ 89.974 × 10 = 10.00 分；执行率按各分项之和计算：执行数 89.974 ÷ 预算数 89.974 = 100.00%，「年度资金总额」行填写的是 0 ÷ 0",
    );
    expect(result.findings[4].message["en-US"]).toContain("the rate is worked out from the sum of the parts: spent 89.974 ÷ budget 89.974 = 100.00%, while the 「年度资金总额」 line says 0 ÷ 0");
    expect(result.findings[3].message["zh-CN"]).toContain("；执行率按各分项之和计算：执行数 89.974 ÷ 预算数 89.974 = 100.00%，「年度资金总额」行填写的是 0 ÷ 0");
  });

  it("scores 100 by the rules against the 90 it states", () => {
    expect(result.scoring).toEqual({ profile: "central", guessed: true, computedTotal: "100.00", statedTotal: "90", grade: "优", statedGrade: null });
  });

  it("corrected, gives no finding at all", () => {
    expect(check(correctedAnhui()).findings).toEqual([]);
  });
});

describe("form_2 (Sichuan, 工资性支出 2023): 完成值 and 得分 left blank", () => {
  const result = check(projectSpecSichuan());

  it("reports the blank 完成值 and notes every blank 得分 (an error where the rules give the score)", () => {
    expect(brief(result)).toEqual([
      ["score-mismatch", "error", "H8", "10", ""],
      ["indicator-missing-actual", "error", "H14", "=100%", ""],
      ["indicator-missing-actual", "error", "H15", "=100%", ""],
      ["score-mismatch", "warning", "J14", null, ""],
      ["score-mismatch", "warning", "J15", null, ""],
    ]);
    expect(result.findings[0].message["zh-CN"]).toBe("「总额」预算执行得分未填写；按评分规则应得 251.89 ÷ 251.89 × 10 = 10.00 分");
    expect(result.findings[3].message["zh-CN"]).toBe("「发放(缴纳)覆盖率」得分未填写（实际完成值未填写，无法计算）");
    expect(result.scoring).toMatchObject({ computedTotal: "10.00", statedTotal: null, grade: "差" });
  });

  it("corrected, gives no finding at all", () => {
    const corrected = check(correctedSichuan());
    expect(corrected.findings).toEqual([]);
    expect(corrected.scoring).toMatchObject({ computedTotal: "100.00", statedTotal: "100", grade: "优" });
  });
});

describe("form_4 (Chongqing, 融媒体中心 2021): 政府采购执行率 72.74% scored as fully met", () => {
  const result = check(departmentSpecChongqing());

  it("reports the unmet indicator and its score, with the computation", () => {
    expect(brief(result)).toEqual([
      ["indicator-unmet", "error", "F17", "100%", "72.74%"],
      ["score-mismatch", "error", "I17", "1.45", "2"],
      ["indicator-far-exceeded", "info", "F23", "12次", "26次"],
    ]);
    const score = result.findings[1];
    expect(score.cells).toEqual(["I17", "G17"]);
    expect(score.message["zh-CN"]).toBe("「政府采购执行率」按评分规则应得 72.74% ÷ 100% × 2 = 1.45 分，表中填写 2");
    expect(score.message["en-US"]).toBe("「政府采购执行率」: by the scoring rules it earns 72.74% ÷ 100% × 2 = 1.45 points; the form says 2");
  });

  it("checks the rest: 执行率 76% × 10 = 7.6, 自评总分 97.6 the sum of its 得分, the control rates as ceilings", () => {
    expect(result.scoring).toEqual({ profile: "central", guessed: true, computedTotal: "97.05", statedTotal: "97.6", grade: "优", statedGrade: null });
    expect(result.findings.filter((f) => ["rate-mismatch", "score-total-mismatch", "weight-sum"].includes(f.rule))).toEqual([]);
  });

  it("corrected (得分系数 72.74%, 得分 1.45, 自评总分 97.05), only the shortfall itself is left — the indicator was missed", () => {
    const corrected = check(correctedChongqing());
    expect(errors(corrected).map((f) => [f.rule, f.subject])).toEqual([["indicator-unmet", "政府采购执行率"]]);
    expect(corrected.findings.filter((f) => f.rule.startsWith("score") || f.rule === "weight-sum")).toEqual([]);
  });
});

describe("form_5 (Hubei, 渔业成品油价格改革补贴 2020, and its 黄冈 companion)", () => {
  it("is scored by the Hubei profile, guessed from the layout, and has nothing to report", () => {
    const result = check(projectSpecHubei());
    expect(result.findings).toEqual([]);
    expect(result.scoring).toEqual({ profile: "hubei", guessed: true, computedTotal: "100.00", statedTotal: "100", grade: "优", statedGrade: null });
    expect(check(projectSpecHubei(), { profile: "central" }).scoring).toMatchObject({ profile: "central", guessed: false });
  });

  it("黄冈: 98% against 98% scored 19.6 of the block's 20 — the block does not add up", () => {
    const result = check(projectSpecHubeiHuanggang());
    expect(brief(result)).toEqual([["score-mismatch", "error", "F8", "40", "39.6"]]);
    expect(result.scoring).toMatchObject({ profile: "hubei", computedTotal: "100.00", statedTotal: "99.6" });
    expect(check(correctedHubeiHuanggang()).findings).toEqual([]);
  });
});

describe("form_7 (Hunan, 县级储备粮 2020): reverse targets of 0", () => {
  const result = check(projectSpecHunan());

  it("takes 0 against a ceiling of 0 as met: nothing is reported on those rows, no score is asked for", () => {
    expect(brief(result)).toEqual([["indicator-missing-actual", "warning", "F21", "100%", "无"]]);
    expect(result.scoring).toBeNull();
  });

  it("would score them without dividing by zero: full when 0, nothing beyond it, in both profiles", () => {
    const rows = result.form!.indicators!.rows.filter((r) => r.name.includes("变质比例") || r.name.includes("安全事件发生数"));
    expect(rows.map((r) => [r.name, r.reverse])).toEqual([
      ["县级储备粮库存粮食明显变质比例", true],
      ["因粮食市场波动引起的粮食安全事件发生数", true],
    ]);
    const weighted = rows.map((r) => ({ ...r, weight: { cell: ref(r.row, 8), value: { kind: "amount" as const, value: new Big(5), decimals: 0, raw: "5" } } }));
    for (const profile of [PROFILES.central, PROFILES.hubei]) {
      expect(weighted.map((r) => scoreIndicator(r, profile)).map((s) => (s.kind === "exact" ? s.value.toString() : s.kind))).toEqual(["5", "5"]);
    }
    const missed = check(withCells(projectSpecHunan(), { F15: "1", F25: "2起" }));
    expect(missed.findings.filter((f) => f.rule === "indicator-unmet").map((f) => [f.subject, f.expected, f.actual])).toEqual([
      ["县级储备粮库存粮食明显变质比例", "0", "1"],
      ["因粮食市场波动引起的粮食安全事件发生数", "0起", "2起"],
    ]);
  });
});

describe("weights against the points of their headings", () => {
  it("form_2 with 产出指标 written as 50 points in its 一级指标 cell: the 60 under it do not fit", () => {
    const result = check(withCells(correctedSichuan(), { B14: "产出指标(50分)", B15: "效益指标(30分)" }));
    // Its two groups also share out 80 of the 90 points 绩效指标(90分) gives them.
    expect(brief(result)).toEqual([
      ["weight-sum", "error", "A13", "90", "80"],
      ["weight-sum", "error", "B14", "50", "60"],
    ]);
    expect(result.findings[1].message["zh-CN"]).toBe("「产出指标」下各指标分值合计 60，与标题所列 50 分不符");
  });

  it("form_1 with a weight changed: its group and the whole form no longer add up", () => {
    const result = check(withCells(correctedAnhui(), { G14: 10 }));
    expect(result.findings.filter((f) => f.rule === "weight-sum").map((f) => [f.subject, f.cells[0], f.expected, f.actual])).toEqual([
      ["产出指标", "B13", "50", "52"],
      ["总分", "G27", "100", "102"],
    ]);
    // And a 总分 row whose 分值 total is not the sum of the weights above it (90, the indicators' alone, would do).
    const stated = check(withCells(correctedAnhui(), { G27: 95 }));
    expect(stated.findings.map((f) => [f.rule, f.cells[0], f.expected, f.actual])).toEqual([["weight-sum", "G27", "100", "95"]]);
    expect(check(withCells(correctedAnhui(), { G27: 90 })).findings).toEqual([]);
  });
});

describe("every real layout in 繁体", () => {
  it.each([
    ["form_1", projectSpecAnhui],
    ["form_2", projectSpecSichuan],
    ["form_4", departmentSpecChongqing],
    ["form_5", projectSpecHubei],
    ["form_7", projectSpecHunan],
  ])("%s gives the same findings and scores", (_name, build) => {
    const plain = check(build());
    const traditional = check(toTraditional(build()));
    const key = (r: SheetResult) => r.findings.map((f) => [f.rule, f.severity, f.cells.join(","), f.expected]);
    expect(key(traditional)).toEqual(key(plain));
    expect(traditional.scoring).toEqual(plain.scoring);
  });
});
