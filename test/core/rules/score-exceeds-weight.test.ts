import rule from "../../../src/core/rules/score-exceeds-weight";
import { budgetPart, indicator, indicatorTable, makeForm, projectMoney, totalLine } from "../../support/form-factory";
import { runRule } from "../../support/run-rule";

describe("score-exceeds-weight", () => {
  it("fires on an indicator, the budget line and a 总分 scored above their 分值", () => {
    const money = projectMoney({ total: { amounts: [100, 100, 100], weight: 10, score: 12 }, lines: [], scored: true });
    const table = indicatorTable([
      indicator({ name: "补贴渔船数", target: "6", actual: 6, weight: 20, score: 25 }),
      indicator({ name: "发放率", target: "100%", actual: "100%", weight: 20, score: 20 }),
    ]);
    const form = makeForm({ kind: "project", money, indicators: table, scoring: { budget: budgetPart(money), total: totalLine(105, 100) } });
    const findings = runRule(rule, form);
    expect(findings.map((f) => [f.subject, f.cells, f.expected, f.actual])).toEqual([
      ["补贴渔船数", ["J21", "I21"], "20", "25"],
      ["年度资金总额", ["H5", "G5"], "10", "12"],
      ["总分", ["J40", "I40"], "100", "105"],
    ]);
    expect(findings[0].message["zh-CN"]).toBe("「补贴渔船数」得分 25 超过分值 20");
    expect(findings[2].message["en-US"]).toBe("「总分」 105 is more than the weights add up to (100)");
  });

  it("does not fire on a score equal to or below its weight, or without a weight", () => {
    const table = indicatorTable([
      indicator({ name: "甲", target: "6", actual: 6, weight: 20, score: 20 }),
      indicator({ name: "乙", target: "6", actual: 5, weight: 20, score: 16.67 }),
      indicator({ name: "丙", target: "6", actual: 6, weight: null, score: 40 }),
    ]);
    expect(runRule(rule, makeForm({ indicators: table, scoring: { total: totalLine(76.67, 100) } }))).toEqual([]);
  });
});
