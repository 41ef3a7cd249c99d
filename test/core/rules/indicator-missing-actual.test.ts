import rule from "../../../src/core/rules/indicator-missing-actual";
import { indicator, indicatorTable, makeForm } from "../../support/form-factory";
import { runRule } from "../../support/run-rule";

describe("indicator-missing-actual", () => {
  it("fires on a target whose actual is blank or 无", () => {
    const form = makeForm({
      indicators: [
        indicator({ name: "代表活动次数", target: ">1000人次", actual: null }),
        indicator({ name: "利息费用保障率", target: "100%", actual: "无" }),
        indicator({ name: "代表大会参会人数", target: ">900 人", actual: 1111 }),
      ],
    });
    const findings = runRule(rule, form);
    expect(findings.map((f) => [f.severity, f.subject, f.cells, f.expected])).toEqual([
      ["error", "代表活动次数", ["G21"], ">1000人次"],
      ["error", "利息费用保障率", ["G22"], "100%"],
    ]);
    expect(findings[0].message["zh-CN"]).toBe("「代表活动次数」未填写实际完成值（预期指标值 >1000人次）");
  });

  it("downgrades to a warning when the explanation column says why (form_7's 政策性挂账利息补贴保障率)", () => {
    const form = makeForm({
      kind: "project",
      indicators: [
        indicator({
          level1: "效益指标",
          level2: "经济效益指标",
          name: "政策性挂账利息补贴保障率",
          target: "100%",
          actual: "无",
          explanation: "没有轮换、动用库存",
        }),
        indicator({ name: "利息费用保障率", target: "100%", actual: null, explanation: "无" }),
      ],
    });
    const findings = runRule(rule, form);
    expect(findings.map((f) => [f.severity, f.subject, f.cells])).toEqual([
      ["warning", "政策性挂账利息补贴保障率", ["G21", "H21"]],
      ["error", "利息费用保障率", ["G22"]],
    ]);
    expect(findings[0].message["zh-CN"]).toBe(
      "「政策性挂账利息补贴保障率」未填写实际完成值（预期指标值 100%），已说明原因：没有轮换、动用库存",
    );
  });

  it("skips 不适用 rows and empty placeholder lines", () => {
    const form = makeForm({
      indicators: [
        indicator({ name: "经济效益", target: null, actual: null }),
        indicator({ name: "固定资产利用率", target: "90%", actual: null, notApplicable: true }),
      ],
    });
    expect(runRule(rule, form)).toEqual([]);
  });

  it("does not fire when every actual is filled", () => {
    const table = indicatorTable([indicator({ name: "公众满意度", level1: "满意度", level2: "其他满意度", target: ">80%", actual: "95%" })]);
    expect(runRule(rule, makeForm({ indicators: table }))).toEqual([]);
  });
});
