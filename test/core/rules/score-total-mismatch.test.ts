import rule from "../../../src/core/rules/score-total-mismatch";
import { budgetPart, indicator, indicatorTable, makeForm, projectMoney, totalLine } from "../../support/form-factory";
import { runRule } from "../../support/run-rule";

function form(total: number | null, scores: (number | null)[], budgetScore: number | null = 10, spent = 100) {
  const money = projectMoney({ total: { amounts: [100, 100, spent], weight: 10, score: budgetScore }, lines: [], scored: true });
  const table = indicatorTable(
    scores.map((score, i) => indicator({ name: `指标${i + 1}`, target: "1", actual: 1, weight: 45, score })),
  );
  return makeForm({ kind: "project", money, indicators: table, scoring: { budget: budgetPart(money), total: totalLine(total) } });
}

describe("score-total-mismatch", () => {
  it("fires when 总分 is not the sum of the stated 得分 (budget part included)", () => {
    const findings = runRule(rule, form(90, [45, 45], 10));
    expect(findings.map((f) => [f.subject, f.cells, f.expected, f.actual])).toEqual([["总分", ["J40"], "100", "90"]]);
    expect(findings[0].message["zh-CN"]).toBe("「总分」应为 100（各项得分之和），表中填写 90");
  });

  it("fires on a blank 总分 when scores are stated", () => {
    const findings = runRule(rule, form(null, [45, 40.5]));
    expect(findings.map((f) => [f.expected, f.actual, f.message["en-US"]])).toEqual([["95.5", "", "「总分」 is blank; the scores add up to 95.5"]]);
  });

  it("reports a 总分 above the 执行率 cap only with that switch on", () => {
    // 执行率 75% → 总分 at most 89; the stated 97.5 is the right sum.
    const capped = form(97.5, [45, 45], 7.5, 75);
    expect(runRule(rule, capped)).toEqual([]);
    const findings = runRule(rule, capped, { capByExecutionRate: true });
    expect(findings.map((f) => [f.expected, f.actual, f.message["zh-CN"]])).toEqual([
      ["≤ 89", "97.5", "「总分」97.5 超过上限：执行率 75.00% 时总分不得超过 89"],
    ]);
    // The capped figure is the right 总分 then, and a blank one should say so.
    expect(runRule(rule, form(89, [45, 45], 7.5, 75), { capByExecutionRate: true })).toEqual([]);
    expect(runRule(rule, form(null, [45, 45], 7.5, 75), { capByExecutionRate: true }).map((f) => f.expected)).toEqual(["89"]);
    expect(runRule(rule, form(80, [45, 45], 7.5, 75), { capByExecutionRate: true }).map((f) => f.expected)).toEqual(["89"]);
  });

  it("does not fire when 总分 is the sum (to 0.01), when nothing is scored, or with 不适用 rescaled to 100", () => {
    expect(runRule(rule, form(100, [45, 45]))).toEqual([]);
    expect(runRule(rule, form(100.005, [45, 45]))).toEqual([]);
    expect(runRule(rule, form(null, [null, null], null))).toEqual([]);
    const money = projectMoney({ total: { amounts: [100, 100, 100], weight: 10, score: 10 }, lines: [], scored: true });
    const table = indicatorTable([
      indicator({ name: "甲", target: "1", actual: 1, weight: 70, score: 70 }),
      indicator({ name: "乙", target: "1", actual: "不适用", weight: 20, notApplicable: true }),
    ]);
    const rescaled = makeForm({ kind: "project", money, indicators: table, scoring: { budget: budgetPart(money), total: totalLine(100) } });
    expect(runRule(rule, rescaled)).toEqual([]);
    const raw = makeForm({ kind: "project", money, indicators: table, scoring: { budget: budgetPart(money), total: totalLine(80) } });
    expect(runRule(rule, raw)).toEqual([]);
  });
});
