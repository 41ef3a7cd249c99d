import Big from "big.js";
import type { Form, IndicatorTable } from "../../../src/core/model";
import { checkContext } from "../../../src/core/check-context";
import { FormFacts } from "../../../src/core/form-facts";
import { scoreBudget, scoreForm, sectionRows } from "../../../src/core/scoring";
import { budgetPart, gradeLine, indicator, indicatorTable, makeForm, projectMoney, totalLine } from "../../support/form-factory";

function form(opts: {
  budget?: [budget: number, spent: number, weight: number | null, score: number | null];
  rate?: string;
  indicators?: Parameters<typeof indicator>[0][];
  sections?: IndicatorTable["sections"];
  points?: number;
  total?: number | null;
  hubei?: boolean;
}): Form {
  const [budget, spent, weight, score] = opts.budget ?? [100, 95, 10, 9.5];
  const money = projectMoney({
    total: { amounts: [budget, budget, spent], weight, score, ...(opts.rate ? { rate: opts.rate } : {}) },
    lines: [],
    scored: true,
  });
  const indicators = opts.indicators
    ? indicatorTable(opts.indicators.map(indicator), { sections: opts.sections ?? [], weightColumn: true, scoreColumn: true })
    : null;
  return makeForm({
    kind: "project",
    money,
    indicators,
    scoring: {
      budget: budgetPart(money, opts.points),
      ...(opts.total !== undefined ? { total: totalLine(opts.total) } : {}),
      ...(opts.hubei ? { profileHint: "hubei" as const } : {}),
    },
  });
}

const budgetOf = (f: Form) => scoreBudget(f, new FormFacts(f).money);

describe("scoreBudget", () => {
  it("is 执行数 ÷ 预算数 × 分值, from the amounts", () => {
    const b = budgetOf(form({ budget: [1500, 1140, 10, 7.6] }))!;
    expect([b.label, b.rate!.toString(), b.value!.toString(), b.explain!["zh-CN"]]).toEqual([
      "年度资金总额",
      "0.76",
      "7.6",
      "应得 1140 ÷ 1500 × 10 = 7.60 分",
    ]);
  });

  it("is capped at 分值 when more was spent than budgeted", () => {
    const b = budgetOf(form({ budget: [100, 120, 10, 10] }))!;
    expect([b.value!.toString(), b.explain!["zh-CN"], b.explain!["en-US"]]).toEqual([
      "10",
      "应得 120 ÷ 100 × 10 = 12.00 分，以分值 10 为限",
      "it earns 120 ÷ 100 × 10 = 12.00 points, capped at 10",
    ]);
  });

  it("takes 分值 from the heading's points when the line has no 分值 cell (Hubei: 得分(20分*执行率))", () => {
    const b = budgetOf(form({ budget: [1.56, 1.56, null, 20], points: 20 }))!;
    expect([b.weight.toString(), b.value!.toString()]).toEqual(["20", "20"]);
  });

  it("falls back on the stated 执行率 when the amounts cannot give one", () => {
    const b = budgetOf(form({ budget: [0, 0, 10, 9], rate: "90%" }))!;
    expect([b.rate!.toString(), b.value!.toString(), b.explain!["zh-CN"]]).toEqual(["0.9", "9", "应得 90% × 10 = 9.00 分"]);
  });

  it("is null without a weight, and without a value when nothing gives a rate", () => {
    expect(budgetOf(form({ budget: [100, 95, null, null] }))).toBeNull();
    const b = budgetOf(form({ budget: [0, 0, 10, null] }))!;
    expect([b.rate, b.value, b.explain]).toEqual([null, null, null]);
  });
});

describe("scoreForm", () => {
  const met = { level1: "产出指标", target: "≥50个", actual: 50 };

  it("adds the budget part and every indicator, and grades the total", () => {
    const f = form({
      budget: [100, 95, 10, 9.5],
      indicators: [
        { name: "甲", ...met, weight: 50, score: 50 },
        { name: "乙", target: ">50 人次", actual: 36, weight: 30, score: 30 },
        { name: "丙", target: "效果明显", actual: "部分达成", weight: 10, score: 7 },
      ],
      total: 96.5,
    });
    const s = scoreForm(f);
    expect([s.profile.id, s.guessed, s.scored]).toEqual(["central", true, true]);
    // 9.5 + 50 + 36/50×30 (21.6) + 7 (inside 6–8) = 88.1
    expect(s.computedTotal!.toString()).toBe("88.1");
    expect([s.statedSum!.toString(), s.statedTotal!.toString(), s.grade]).toEqual(["96.5", "96.5", "良"]);
  });

  it("keeps a band score inside its band, counts a missing actual as 0 and a person's score as stated", () => {
    const f = form({
      budget: [100, 100, 10, 10],
      indicators: [
        { name: "定性高", target: "效果明显", actual: "达成预期指标", weight: 10, score: 12 },
        { name: "定性空", target: "效果明显", actual: "达成预期指标", weight: 10, score: null },
        { name: "缺", target: "100%", actual: null, weight: 10, score: 10 },
        { name: "文字", target: "效果明显", actual: "群众反映良好", weight: 10, score: 9 },
      ],
    });
    const s = scoreForm(f);
    expect(s.rows.map((r) => r.counted.toString())).toEqual(["10", "10", "0", "9"]);
    expect(s.computedTotal!.toString()).toBe("39");
  });

  it("drops 不适用 indicators and rescales the total to 100", () => {
    const f = form({
      budget: [100, 100, 10, 10],
      indicators: [
        { name: "甲", ...met, weight: 70, score: 70 },
        { name: "乙", target: "100%", actual: "不适用", weight: 20, notApplicable: true },
      ],
    });
    const s = scoreForm(f);
    expect([s.notApplicableWeight.toString(), s.computedTotal!.toString(), s.rows.length]).toEqual(["20", "100", 1]);
  });

  it("caps the total by 执行率 only when asked", () => {
    const f = form({ budget: [100, 75, 10, 7.5], indicators: [{ name: "甲", ...met, weight: 90, score: 90 }] });
    expect(scoreForm(f).computedTotal!.toString()).toBe("97.5");
    const capped = scoreForm(f, { capByExecutionRate: true });
    expect([capped.computedTotal!.toString(), capped.cap!.limit, capped.grade]).toEqual(["89", 89, "良"]);
  });

  it("uses the profile asked for, else the layout's, and says whether it was guessed", () => {
    const f = form({
      hubei: true,
      indicators: [{ name: "成本", target: "≤100万元", actual: 110, weight: 10, score: 9 }],
    });
    expect([scoreForm(f).profile.id, scoreForm(f).guessed]).toEqual(["hubei", true]);
    expect(scoreForm(f).rows[0].counted.toFixed(4)).toBe("9.0909");
    const asked = scoreForm(f, { profile: "central" });
    expect([asked.profile.id, asked.guessed, asked.rows[0].counted.toString()]).toEqual(["central", false, "9"]);
  });

  it("reads the stated grade, and computes nothing for a form without scores", () => {
    const graded = makeForm({
      indicators: indicatorTable([indicator({ name: "甲", target: "1", actual: 1, weight: 100, score: 100 })]),
      scoring: { grade: gradeLine("良好") },
    });
    expect(scoreForm(graded).statedGrade).toEqual({ text: "良好", grade: "良" });
    const unscored = makeForm({ indicators: [indicator({ name: "甲", target: "1", actual: 1 })] });
    const s = scoreForm(unscored);
    expect([s.scored, s.computedTotal, s.grade, s.statedSum]).toEqual([false, null, null, null]);
  });

  it("keeps nothing between calls: a check computes the score once, in its context", () => {
    const f = form({ indicators: [{ name: "甲", ...met, weight: 90, score: 90 }] });
    expect(scoreForm(f)).not.toBe(scoreForm(f));
    expect(scoreForm(f)).toEqual(scoreForm(f));
    const context = checkContext(f, { profile: "hubei" });
    expect(context.score.profile.id).toBe("hubei");
    expect(context.scoring?.computedTotal).toBe(context.score.computedTotal?.toFixed(2));
  });
});

describe("sectionRows", () => {
  const rows = [
    { name: "甲", level1: "产出指标", target: "1", actual: 1 },
    { name: "乙", level1: "产出指标", target: "1", actual: 1 },
    { name: "丙", level1: "效益指标", target: "1", actual: 1 },
    { name: "丁", level1: "产出指标", target: "1", actual: 1 },
  ].map(indicator);

  it("gives a group heading the rows of its 一级指标 inside its block, a block every row to the next block", () => {
    // Block 1 heading on row 19 over 甲, 乙 (rows 20–21); block 2 heading on row 22 over 丙, 丁 (moved to 23–24).
    const built = indicatorTable(rows, {
      sections: [
        { row: 19, name: "年度绩效目标1", points: 60, scope: "block" },
        { row: 20, name: "产出指标", points: 40, scope: "group" },
        { row: 22, name: "年度绩效目标2", points: 40, scope: "block" },
        { row: 23, name: "效益指标" },
      ],
    });
    const table = { ...built, rows: built.rows.map((r) => (r.row >= 22 ? { ...r, row: r.row + 1 } : r)) };
    expect(sectionRows(table).map((s) => [s.section.name, s.rows.map((r) => r.name)])).toEqual([
      ["年度绩效目标1", ["甲", "乙"]],
      ["产出指标", ["甲", "乙"]],
      ["年度绩效目标2", ["丙", "丁"]],
    ]);
    expect(new Big(sectionRows(table)[0].section.points).toString()).toBe("60");
  });
});
