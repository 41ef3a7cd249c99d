import rule from "../../../src/core/rules/unit-mismatch";
import { indicator, makeForm } from "../../support/form-factory";
import { runRule } from "../../support/run-rule";

describe("unit-mismatch", () => {
  it("warns when actual and target carry units that do not convert", () => {
    const indicators = [
      indicator({ name: "项目完成时间", target: "≤10个月", actual: "12天" }),
      indicator({ name: "邀请代表列席常委会会议人数", target: ">50人次", actual: "36人" }),
    ];
    const findings = runRule(rule, makeForm({ indicators }));
    expect(findings.map((f) => [f.severity, f.cells[0], f.expected, f.actual])).toEqual([
      ["warning", "G21", "≤10个月", "12天"],
      ["warning", "G22", ">50人次", "36人"],
    ]);
    expect(findings[1].message["zh-CN"]).toBe(
      "「邀请代表列席常委会会议人数」实际完成值 36人 与预期指标值 >50人次 的单位不一致（人 / 人次）",
    );
  });

  it("does not fire when units agree, convert, or the actual is bare", () => {
    const indicators = [
      indicator({ name: "a", target: "≤90万元", actual: "900000元" }),
      indicator({ name: "b", target: ">50 人次", actual: 60 }),
      indicator({ name: "c", target: ">90%", actual: "95%" }),
    ];
    expect(runRule(rule, makeForm({ indicators }))).toEqual([]);
  });
});
