import rule from "../../../src/core/rules/indicator-far-exceeded";
import { indicator, makeForm } from "../../support/form-factory";
import { runRule } from "../../support/run-rule";

describe("indicator-far-exceeded", () => {
  it("lists the seed's 专家评审会次数 (>20 次 → 29) as info with the percentage", () => {
    const findings = runRule(rule, makeForm({ indicators: [indicator({ name: "专家评审会次数", target: ">20 次", actual: 29 })] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "info", cells: ["G21"], expected: ">20次", actual: "29" });
    expect(findings[0].message["zh-CN"]).toBe("「专家评审会次数」实际完成值 29 为预期指标值 >20次 的 145%，指标值可能设置偏低");
    expect(findings[0].message["en-US"]).toContain("is 145% of the target >20次");
  });

  it("starts at exactly 130%, and ignores ceilings and reverse indicators", () => {
    const indicators = [
      indicator({ name: "at130", target: "≥100次", actual: 130 }),
      indicator({ name: "below", target: "≥100次", actual: 129 }),
      indicator({ name: "成本", level2: "成本", target: "≤100万元", actual: 50 }),
      indicator({ name: "投诉率", target: "5%", actual: "1%" }),
    ];
    expect(runRule(rule, makeForm({ indicators })).map((f) => [f.subject, f.message["en-US"].match(/\d+%/)?.[0]])).toEqual([
      ["at130", "130%"],
    ]);
  });
});
