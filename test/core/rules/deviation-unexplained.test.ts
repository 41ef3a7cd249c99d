import rule from "../../../src/core/rules/deviation-unexplained";
import { indicator, indicatorTable, makeForm } from "../../support/form-factory";
import { runRule } from "../../support/run-rule";

describe("deviation-unexplained", () => {
  const table = indicatorTable(
    [
      indicator({ name: "邀请代表列席常委会会议人数", target: ">50 人次", actual: 36 }),
      indicator({ name: "专家评审会次数", target: ">20 次", actual: 29, explanation: "无" }),
      indicator({ name: "代表活动次数", target: ">1000人次", actual: 1210 }),
    ],
    { explanationColumn: true },
  );

  it("fires on an unmet indicator with a blank (or 无) explanation, at the explanation cell", () => {
    const findings = runRule(rule, makeForm({ indicators: table }));
    expect(findings.map((f) => [f.severity, f.subject, f.cells])).toEqual([["error", "邀请代表列席常委会会议人数", ["H21", "G21"]]]);
    expect(findings[0].message["zh-CN"]).toBe(
      "「邀请代表列席常委会会议人数」实际完成值 36 未达成预期指标值 >50人次，但未填写偏差原因分析",
    );
  });

  it("with the Guangxi switch, also fires on an actual at 130% or more of its target", () => {
    const findings = runRule(rule, makeForm({ indicators: table }), { explainOverAchievement: true });
    expect(findings.map((f) => [f.severity, f.subject, f.cells])).toEqual([
      ["error", "邀请代表列席常委会会议人数", ["H21", "G21"]],
      ["error", "专家评审会次数", ["H22", "G22"]],
    ]);
    expect(findings[1].message["zh-CN"]).toBe("「专家评审会次数」实际完成值 29 为预期指标值 >20次 的 145%，但未填写偏差原因分析");
  });

  it("does not fire when the deviation is explained", () => {
    const indicators = [
      indicator({ name: "邀请代表列席常委会会议人数", target: ">50 人次", actual: 36, explanation: "受疫情影响，部分会议改为线上" }),
    ];
    expect(runRule(rule, makeForm({ indicators }))).toEqual([]);
  });

  it("does not fire on a form without an explanation column (the seed's layout)", () => {
    const table = indicatorTable([indicator({ name: "邀请代表列席常委会会议人数", target: ">50 人次", actual: 36 })]);
    expect(table.columns.explanation).toBeUndefined();
    expect(runRule(rule, makeForm({ indicators: table }))).toEqual([]);
  });
});
