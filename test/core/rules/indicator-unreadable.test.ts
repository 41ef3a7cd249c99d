import rule from "../../../src/core/rules/indicator-unreadable";
import { indicator, makeForm } from "../../support/form-factory";
import { runRule } from "../../support/run-rule";

describe("indicator-unreadable", () => {
  it("warns when a quantitative target gets a word for an actual (完成 against ≤30万元), at the actual", () => {
    const findings = runRule(rule, makeForm({ indicators: [indicator({ name: "项目总成本", target: "≤30万元", actual: "完成" })] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", cells: ["G21"], expected: "≤30万元", actual: "完成" });
    expect(findings[0].message["zh-CN"]).toBe("「项目总成本」实际完成值「完成」无法与预期指标值 ≤30万元 比较");
  });

  it("points at the target when the target is what cannot be read", () => {
    const findings = runRule(rule, makeForm({ indicators: [indicator({ name: "x", target: "#REF!", actual: 5 })] }));
    expect(findings.map((f) => [f.cells, f.message["en-US"]])).toEqual([
      [["E21"], "「x」: the target 「#REF!」 cannot be read, so it cannot be checked"],
    ]);
  });

  it("does not fire on readable indicators", () => {
    const indicators = [
      indicator({ name: "a", target: ">50 人次", actual: 36 }),
      indicator({ name: "b", target: "效果明显", actual: "达成预期指标" }),
    ];
    expect(runRule(rule, makeForm({ indicators }))).toEqual([]);
  });
});
