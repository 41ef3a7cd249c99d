import rule from "../../../src/core/rules/weight-sum";
import type { IndicatorTable } from "../../../src/core/model";
import { budgetPart, indicator, indicatorTable, makeForm, projectMoney, ref, totalLine } from "../../support/form-factory";
import { runRule } from "../../support/run-rule";

const money = (weight: number | null, points?: number) => {
  const m = projectMoney({ total: { amounts: [100, 100, 100], weight, score: weight }, lines: [], scored: true });
  return { money: m, budget: budgetPart(m, points) };
};

/** 产出 rows 21–22 under a group heading on row 20, 效益 rows 24–25 under one on row 23. */
function grouped(weights: [number, number, number, number], points: [number, number]): IndicatorTable {
  const built = indicatorTable(
    [
      indicator({ name: "甲", level1: "产出指标", target: "1", actual: 1, weight: weights[0] }),
      indicator({ name: "乙", level1: "产出指标", target: "1", actual: 1, weight: weights[1] }),
      indicator({ name: "丙", level1: "效益指标", target: "1", actual: 1, weight: weights[2] }),
      indicator({ name: "丁", level1: "效益指标", target: "1", actual: 1, weight: weights[3] }),
    ],
    {
      sections: [
        { row: 19, name: "产出指标", points: points[0], scope: "group", cell: ref(19, 1) },
        { row: 21, name: "效益指标", points: points[1], scope: "group", cell: ref(21, 1) },
      ],
    },
  );
  // Make room for the 效益 heading on row 22 (0-based 21).
  return { ...built, rows: built.rows.map((r, i) => (i >= 2 ? { ...r, row: r.row + 1 } : r)) };
}

describe("weight-sum", () => {
  it("fires when a heading's indicators do not add up to its points", () => {
    const { money: m, budget } = money(10);
    const form = makeForm({ kind: "project", money: m, indicators: grouped([30, 30, 20, 10], [50, 30]), scoring: { budget } });
    const findings = runRule(rule, form);
    expect(findings.map((f) => [f.rule, f.subject, f.cells, f.expected, f.actual])).toEqual([
      ["weight-sum", "产出指标", ["B20"], "50", "60"],
    ]);
    expect(findings[0].message["zh-CN"]).toBe("「产出指标」下各指标分值合计 60，与标题所列 50 分不符");
  });

  it("fires when the budget part and the indicators do not add up to 100", () => {
    const { money: m, budget } = money(10);
    const form = makeForm({ kind: "project", money: m, indicators: grouped([25, 25, 20, 10], [50, 30]), scoring: { budget, total: totalLine(95, 90) } });
    const findings = runRule(rule, form);
    expect(findings.map((f) => [f.subject, f.cells, f.expected, f.actual])).toEqual([["总分", ["I40"], "100", "90"]]);
    // The weights are named by the headings they sit under: 25 + 25 under 产出指标, 20 + 10 under 效益指标.
    expect(findings[0].message["zh-CN"]).toBe("「总分」分值合计为 90（预算执行 10 + 产出指标 50 + 效益指标 30），应为 100");
    expect(findings[0].message["en-US"]).toBe("「总分」: the weights add up to 90 (budget execution 10 + 产出指标 50 + 效益指标 30), not 100");
  });

  it("adds Hubei's block points when the indicators have no 分值", () => {
    const table = indicatorTable([indicator({ name: "甲", target: "1", actual: 1, score: 70 })], {
      sections: [{ row: 19, name: "年度绩效目标1", points: 70, scope: "block", cell: ref(18, 0) }],
    });
    const { money: m, budget } = money(null, 20);
    const findings = runRule(rule, makeForm({ kind: "project", money: m, indicators: table, scoring: { budget } }));
    expect(findings.map((f) => [f.cells, f.actual, f.message["zh-CN"]])).toEqual([
      [["A4"], "90", "「分值」分值合计为 90（预算执行 20 + 年度绩效目标1 70），应为 100"],
    ]);
  });

  it("fires when the budget 分值 differs from its heading's points, and when a 合计 row's 分值 is not the sum", () => {
    const { money: m, budget } = money(20, 10);
    const table = indicatorTable([indicator({ name: "甲", target: "1", actual: 1, weight: 80 })]);
    const findings = runRule(rule, makeForm({ kind: "project", money: m, indicators: table, scoring: { budget, total: totalLine(null, 90) } }));
    expect(findings.map((f) => [f.subject, f.cells, f.expected, f.actual])).toEqual([
      ["年度资金总额", ["G5", "A4"], "10", "20"],
      ["总分", ["I40"], "100", "90"],
    ]);
    expect(findings[1].message["zh-CN"]).toBe("「总分」分值合计填 90，各项分值之和为 100");
  });

  it("does not fire on weights that add up (a 合计 of the indicators alone is accepted too), or without weights", () => {
    const { money: m, budget } = money(10, 10);
    const ok = makeForm({ kind: "project", money: m, indicators: grouped([30, 20, 20, 20], [50, 40]), scoring: { budget, total: totalLine(100, 100) } });
    expect(runRule(rule, ok)).toEqual([]);
    const indicatorsOnly = makeForm({ kind: "project", money: m, indicators: grouped([30, 20, 20, 20], [50, 40]), scoring: { budget, total: totalLine(100, 90) } });
    expect(runRule(rule, indicatorsOnly)).toEqual([]);
    expect(runRule(rule, makeForm({ indicators: [indicator({ name: "甲", target: "1", actual: 1 })] }))).toEqual([]);
  });
});
