import rule from "../../../src/core/rules/indicator-exceeds-range";
import { indicator, makeForm } from "../../support/form-factory";
import { runRule } from "../../support/run-rule";

describe("indicator-exceeds-range", () => {
  it("warns on the seed's 拟提交审议法规数量 (10项-20项 → 33)", () => {
    const name = "拟提交审议法规数量（包括立、改、废、释）";
    const findings = runRule(rule, makeForm({ indicators: [indicator({ name, target: "10项-20项", actual: "33" })] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", cells: ["G21"], expected: "10项-20项", actual: "33", subject: name });
    expect(findings[0].message["zh-CN"]).toBe(`「${name}」实际完成值 33 超出预期指标值 10项-20项 的上限`);
  });

  it("does not fire inside the range, at its ends, or below it", () => {
    const indicators = ["10", "20", "15", "5"].map((actual, i) => indicator({ name: `n${i}`, target: "10项-20项", actual }));
    expect(runRule(rule, makeForm({ indicators }))).toEqual([]);
  });
});
