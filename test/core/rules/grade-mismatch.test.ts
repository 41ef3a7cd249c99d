import rule from "../../../src/core/rules/grade-mismatch";
import { gradeLine, indicator, indicatorTable, makeForm, totalLine } from "../../support/form-factory";
import { runRule } from "../../support/run-rule";

function form(grade: string, total: number | null, score = 85) {
  const table = indicatorTable([indicator({ name: "甲", target: "1", actual: 1, weight: 100, score })]);
  return makeForm({ indicators: table, scoring: { grade: gradeLine(grade), ...(total !== null ? { total: totalLine(total) } : {}) } });
}

describe("grade-mismatch", () => {
  it("fires when the stated 等级 is not the band of the stated 总分", () => {
    const findings = runRule(rule, form("优", 85));
    expect(findings.map((f) => [f.subject, f.cells, f.expected, f.actual])).toEqual([["自评等级", ["B41"], "良", "优"]]);
    expect(findings[0].message["zh-CN"]).toBe("「自评等级」填「优」，但总分 85 对应等级为「良」（80–<90）");
  });

  it("grades the sum of the 得分 when no 总分 is stated", () => {
    expect(runRule(rule, form("良", null, 59.5)).map((f) => f.expected)).toEqual(["差"]);
  });

  it("reports a 等级 that is not one of the four words", () => {
    const findings = runRule(rule, form("很好", 95));
    expect(findings.map((f) => [f.expected, f.message["en-US"]])).toEqual([
      ["优", "「自评等级」 says 「很好」, which is not one of 优/良/中/差 (a total of 95 is 「优」)"],
    ]);
  });

  it("does not fire when the grade matches, or without a grade or a total", () => {
    expect(runRule(rule, form("良好", 85))).toEqual([]);
    expect(runRule(rule, form("优", 90))).toEqual([]);
    expect(runRule(rule, form("", 85))).toEqual([]);
    const noScores = makeForm({ indicators: [indicator({ name: "甲", target: "1", actual: 1 })], scoring: { grade: gradeLine("优") } });
    expect(runRule(rule, noScores)).toEqual([]);
  });
});
