/**
 * The score conditions agree with the score rules. Each condition is built from a form as checked,
 * then evaluated (by the fake host's formula evaluator, which follows Excel's function reference) on
 * the values a person might type next; the rules, run on a form holding those values, must report the
 * score cell exactly when the condition is TRUE — so a live mark shows what the next check would say.
 */
import { a1 } from "../../../src/core/grid";
import type { CheckOptions, Form } from "../../../src/core/model";
import { liveChecks } from "../../../src/core/plan";
import scoreExceedsWeight from "../../../src/core/rules/score-exceeds-weight";
import scoreMismatch from "../../../src/core/rules/score-mismatch";
import { evaluate, type Scalar } from "../../support/fake-excel/formulas";
import { indicator, indicatorTable, INDICATOR_COLUMNS, INDICATOR_HEADER_ROW, makeForm, type IndicatorInput } from "../../support/form-factory";
import { runRule } from "../../support/run-rule";

type Values = Pick<IndicatorInput, "actual" | "weight" | "score">;

const ROW = INDICATOR_HEADER_ROW + 1;
const SCORE = a1(ROW, INDICATOR_COLUMNS.score);

function formOf(input: IndicatorInput): Form {
  return makeForm({ indicators: indicatorTable([indicator(input)], { weightColumn: true, scoreColumn: true }) });
}

/** The cells of the one indicator row as a person left them. */
function reader(values: Values): (row: number, col: number) => Scalar {
  const cells = new Map<string, Scalar>([
    [a1(ROW, INDICATOR_COLUMNS.actual), (values.actual as Scalar) ?? null],
    [a1(ROW, INDICATOR_COLUMNS.weight), (values.weight as Scalar) ?? null],
    [a1(ROW, INDICATOR_COLUMNS.score), (values.score as Scalar) ?? null],
  ]);
  return (row, col) => cells.get(a1(row, col)) ?? null;
}

function conditionAt(form: Form, rule: string, options: CheckOptions): string {
  const check = liveChecks(form, options).find((c) => c.rule === rule && a1(c.row, c.col) === SCORE);
  if (!check) throw new Error(`no live ${rule} condition at ${SCORE}`);
  return check.condition;
}

const cases: { name: string; target: string; actual: string | number; weight: number; score: number; edits: Values[]; options?: CheckOptions }[] = [
  {
    name: "an at-least target, met and missed",
    target: ">50 人次",
    actual: 36,
    weight: 10,
    score: 10,
    edits: [
      { actual: 36, weight: 10, score: 7.2 },
      { actual: 36, weight: 10, score: 7.21 },
      { actual: 36, weight: 10, score: 7.3 },
      { actual: 60, weight: 10, score: 10 },
      { actual: "60人次", weight: 10, score: 9 },
      { actual: 50, weight: 10, score: 10 },
      { actual: 36, weight: 10, score: null },
      { actual: null, weight: 10, score: 5 },
      { actual: 36, weight: 10, score: 12 },
      { actual: 36, weight: 8, score: 5.76 },
    ],
  },
  {
    name: "a ceiling overshot, central profile",
    target: "≤100万元",
    actual: 110,
    weight: 10,
    score: 10,
    edits: [
      { actual: 110, weight: 10, score: 9 },
      { actual: 190, weight: 10, score: 1 },
      { actual: 200, weight: 10, score: 0 },
      { actual: 250, weight: 10, score: 1 },
      { actual: 90, weight: 10, score: 10 },
      { actual: 90, weight: 10, score: 9 },
    ],
  },
  {
    name: "a ceiling overshot, Hubei's target ÷ actual",
    target: "≤100万元",
    actual: 110,
    weight: 10,
    score: 9,
    options: { profile: "hubei" },
    edits: [
      { actual: 110, weight: 10, score: 9 },
      { actual: 110, weight: 10, score: 9.09 },
      { actual: 125, weight: 10, score: 8 },
    ],
  },
  {
    name: "a percent target, typed as 72.74%, 0.7274 or 72.74",
    target: "100%",
    actual: "72.74%",
    weight: 2,
    score: 2,
    edits: [
      { actual: "72.74%", weight: 2, score: 1.45 },
      { actual: 0.7274, weight: 2, score: 1.45 },
      { actual: "72.74", weight: 2, score: 2 },
      { actual: "100%", weight: 2, score: 2 },
      { actual: "104%", weight: 2, score: 2 },
      { actual: "104%", weight: 2, score: 1.92 },
    ],
  },
  {
    name: "a range: below it proportional to its low end, above it the full 分值",
    target: "10项-20项",
    actual: 8,
    weight: 5,
    score: 5,
    edits: [
      { actual: 8, weight: 5, score: 4 },
      { actual: 15, weight: 5, score: 5 },
      { actual: 33, weight: 5, score: 5 },
      { actual: 33, weight: 5, score: 4 },
    ],
  },
];

describe("score conditions agree with the score rules", () => {
  for (const c of cases) {
    test(c.name, () => {
      const options = c.options ?? {};
      const original = formOf({ name: "指标", target: c.target, actual: c.actual, weight: c.weight, score: c.score });
      const mismatch = conditionAt(original, "score-mismatch", options);
      const above = conditionAt(original, "score-exceeds-weight", options);
      for (const values of [{ actual: c.actual, weight: c.weight, score: c.score }, ...c.edits]) {
        const edited = formOf({ name: "指标", target: c.target, ...values });
        const reports = (rule: Parameters<typeof runRule>[0]) => runRule(rule, edited, options).some((f) => f.cells.includes(SCORE));
        const read = reader(values);
        expect({ values, mismatch: evaluate(mismatch, read) === true }).toEqual({ values, mismatch: reports(scoreMismatch) });
        expect({ values, above: evaluate(above, read) === true }).toEqual({ values, above: reports(scoreExceedsWeight) });
      }
    });
  }

  test("a qualitative indicator, a 得分系数 beside the score and Hubei's block points have no score condition", () => {
    const qualitative = formOf({ name: "满意度", target: "效果明显", actual: "部分达成", weight: 10, score: 10 });
    expect(liveChecks(qualitative).filter((c) => c.rule === "score-mismatch")).toEqual([]);
    const chongqing = makeForm({
      indicators: indicatorTable([indicator({ name: "甲", target: ">50", actual: 60, weight: 10, score: 10, coefficient: "100%" })]),
    });
    expect(liveChecks(chongqing).filter((c) => c.rule === "score-mismatch")).toEqual([]);
    const hubei = makeForm({ indicators: indicatorTable([indicator({ name: "甲", target: ">50", actual: 60, score: 10 })], { scoreColumn: true }) });
    expect(liveChecks(hubei).filter((c) => c.rule.startsWith("score"))).toEqual([]);
  });
});
