/**
 * The score the rules give one indicator (docs/forms.md, "Scoring profiles"): full 分值 when met; proportional when an
 * at-least target is missed; for a missed ceiling the profile's formula; a band of 分值 for a
 * qualitative grade. A target of 0 is never divided by: a ceiling of 0 is met by 0 and earns 0
 * beyond it.
 */
import Big from "big.js";
import { evaluate, type Evaluation } from "../indicator/evaluate";
import type { Grade, IndicatorRow, Operator } from "../model";
import { earns, num, pts, type Explanation } from "./explain";
import type { ScoringProfile } from "./profiles";

export type IndicatorScore =
  | { kind: "exact"; value: Big; weight: Big; explain: Explanation }
  | { kind: "band"; low: Big; high: Big; weight: Big; grade: Grade; explain: Explanation }
  | {
      kind: "none";
      /**
       * `missing`: no actual, so the rules give 0; `judge`: free text or nothing to compare, a person
       * scores it; `unreadable`: a value that cannot be read; `no-weight`: the row has no 分值.
       */
      reason: "missing" | "judge" | "unreadable" | "no-weight";
    };

const ZERO = new Big(0);
const ONE = new Big(1);
const TWO = new Big(2);

/** The row's 分值, when it is a readable amount. */
export function weightOf(row: IndicatorRow): Big | null {
  return row.weight?.value.kind === "amount" ? row.weight.value.value : null;
}

export function scoreIndicator(row: IndicatorRow, profile: ScoringProfile, outcome: Evaluation = evaluate(row.target, row.actual, row.reverse)): IndicatorScore {
  const weight = weightOf(row);
  if (!weight) return { kind: "none", reason: "no-weight" };
  // An empty template line (经济效益指标 with nothing under it) has nothing to score.
  if (row.target.kind === "blank" && row.actual.kind === "blank") return { kind: "none", reason: "judge" };

  switch (outcome.status) {
    case "missing":
      return { kind: "none", reason: "missing" };
    case "unreadable":
    case "unit-mismatch":
      return { kind: "none", reason: "unreadable" };
    case "qualitative":
      return { kind: "none", reason: "judge" };
    case "partial":
      return band(profile, "partial", weight);
    case "met":
    case "far-exceeded":
    case "above-range":
      if (row.target.kind === "qualitative") return band(profile, "met", weight);
      return { kind: "exact", value: weight, weight, explain: full(weight) };
    case "unmet":
      if (row.target.kind === "qualitative") return band(profile, "unmet", weight);
      return missed(row, outcome, profile, weight);
  }
}

function full(weight: Big): Explanation {
  return { "zh-CN": `该指标已达成，应得满分 ${num(weight)} 分`, "en-US": `the indicator is met, so it earns the full ${num(weight)} points` };
}

const GRADE_NAME: Record<Grade, Explanation> = {
  met: { "zh-CN": "达成", "en-US": "met" },
  partial: { "zh-CN": "部分达成", "en-US": "partly met" },
  unmet: { "zh-CN": "未达成", "en-US": "not met" },
};

function percent(fraction: Big): string {
  return `${fraction.times(100).toFixed(0)}%`;
}

function band(profile: ScoringProfile, grade: Grade, weight: Big): IndicatorScore {
  const [lo, hi] = profile.bands[grade];
  const low = weight.times(lo);
  const high = weight.times(hi);
  const share = `${percent(lo)}–${percent(hi)}`;
  return {
    kind: "band",
    low,
    high,
    weight,
    grade,
    explain: {
      "zh-CN": `${GRADE_NAME[grade]["zh-CN"]}，得分应在 ${pts(low)}–${pts(high)} 之间（分值 ${num(weight)} 的 ${share}）`,
      "en-US": `${GRADE_NAME[grade]["en-US"]}, so between ${pts(low)} and ${pts(high)} (${share} of ${num(weight)})`,
    },
  };
}

/** Between 0 and 分值. */
function clamp(value: Big, weight: Big): Big {
  if (value.lt(0)) return ZERO;
  return value.gt(weight) ? weight : value;
}

function missed(row: IndicatorRow, outcome: Evaluation, profile: ScoringProfile, weight: Big): IndicatorScore {
  const actual = outcome.actualValue;
  if (!actual) return { kind: "none", reason: "unreadable" };
  const w = num(weight);

  if (row.target.kind === "range") {
    // Below the range: what share of its lower end was reached.
    return proportional(actual, row.target.low, row.target.unit, weight);
  }
  if (row.target.kind !== "quantity") return { kind: "none", reason: "judge" };
  const target = row.target.value;
  const unit = row.target.unit;
  const op: Operator = outcome.op ?? (row.reverse ? "le" : "ge");
  const a = num(actual, unit);
  const t = num(target, unit);

  const atMost = op === "le" || op === "lt" || (op === "eq" && actual.gt(target));
  if (!atMost) return proportional(actual, target, unit, weight);

  if (target.lte(0)) {
    return {
      kind: "exact",
      value: ZERO,
      weight,
      explain: {
        "zh-CN": `目标值为 ${t}，实际 ${a} 超出目标，应得 0 分`,
        "en-US": `the target is ${t} and the actual ${a} is above it, so it earns 0`,
      },
    };
  }
  if (profile.atMost === "inverse") {
    const value = clamp(target.div(actual).times(weight), weight);
    return { kind: "exact", value, weight, explain: earns(`${t} ÷ ${a} × ${w} = ${pts(value)}`) };
  }
  if (actual.gte(target.times(TWO))) {
    return {
      kind: "exact",
      value: ZERO,
      weight,
      explain: { "zh-CN": `实际 ${a} ≥ 2 × 目标值 ${t}，应得 0 分`, "en-US": `the actual ${a} ≥ 2 × the target ${t}, so it earns 0` },
    };
  }
  const value = clamp(ONE.minus(actual.minus(target).div(target)).times(weight), weight);
  return { kind: "exact", value, weight, explain: earns(`(1 − (${a} − ${t}) ÷ ${t}) × ${w} = ${pts(value)}`) };
}

function proportional(actual: Big, target: Big, unit: string | null, weight: Big): IndicatorScore {
  if (target.lte(0)) {
    const a = num(actual, unit);
    const t = num(target, unit);
    return {
      kind: "exact",
      value: ZERO,
      weight,
      explain: { "zh-CN": `实际 ${a} 未达到目标值 ${t}，应得 0 分`, "en-US": `the actual ${a} is short of the target ${t}, so it earns 0` },
    };
  }
  const value = clamp(actual.div(target).times(weight), weight);
  return {
    kind: "exact",
    value,
    weight,
    explain: earns(`${num(actual, unit)} ÷ ${num(target, unit)} × ${num(weight)} = ${pts(value)}`),
  };
}
