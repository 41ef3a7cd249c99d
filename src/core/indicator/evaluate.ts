/**
 * Does an indicator's actual meet its target? Exact decimals throughout: a reviewer who sees
 * `89.99%` against `≥90%` must see it reported, and `0` against a ceiling of `0` is met (no ratio is
 * ever divided by a zero target).
 */
import Big from "big.js";
import type { Actual, Operator, Target } from "../model";
import { convertUnit } from "../parse/units";
import { normalise } from "../text";

export type IndicatorStatus =
  | "met"
  | "unmet"
  | "above-range"
  | "far-exceeded"
  | "partial"
  | "qualitative"
  | "missing"
  | "unreadable"
  | "unit-mismatch";

export interface Evaluation {
  status: IndicatorStatus;
  /** The operator applied: as written, or `ge` / `le` (reverse) when none was written. */
  op?: Operator;
  /** actual ÷ target, for at-least, greater and equal targets whose value is not 0. */
  ratio?: Big;
  /** actual converted to the target's unit/scale, when numeric */
  actualValue?: Big;
}

/** At least 130% of an at-least target: reviewers ask why the target was set so low. */
export const FAR_EXCEEDED_RATIO = new Big("1.3");

/** Judged once per row and check by FormFacts (form-facts.ts), which the rules, the summary and the scores share. */
export function evaluate(target: Target, actual: Actual, reverse: boolean): Evaluation {
  return judge(target, actual, reverse);
}

function judge(target: Target, actual: Actual, reverse: boolean): Evaluation {
  // A blank actual is the finding that matters most, whatever the target looks like.
  if (actual.kind === "blank") return { status: "missing" };
  if (actual.kind === "unreadable") return { status: "unreadable" };
  // No target written but something reported: a person has to judge it.
  if (target.kind === "blank") return { status: "qualitative" };
  if (target.kind === "unreadable") return { status: "unreadable" };
  if (target.kind === "qualitative") return judgeQualitative(target.text, actual);
  // A quantity target needs a number: `完成` against `≤30万元` cannot be checked.
  if (actual.kind !== "number") return { status: "unreadable" };

  const value = inUnit(actual.value, actual.unit, target.unit);
  if (value === null) return { status: "unit-mismatch" };

  if (target.kind === "range") {
    const status = value.lt(target.low) ? "unmet" : value.gt(target.high) ? "above-range" : "met";
    return { status, actualValue: value };
  }

  const op: Operator = target.explicitOp ? target.op : reverse ? "le" : "ge";
  const met = compare(value, op, target.value, target.decimals);
  const atLeast = op === "ge" || op === "gt";
  const ratio = (atLeast || op === "eq") && !target.value.eq(0) ? value.div(target.value) : undefined;
  const farExceeded =
    met && atLeast && !reverse && target.value.gt(0) && value.gte(target.value.times(FAR_EXCEEDED_RATIO));
  return { status: farExceeded ? "far-exceeded" : met ? "met" : "unmet", op, ratio, actualValue: value };
}

function compare(value: Big, op: Operator, target: Big, decimals: number): boolean {
  switch (op) {
    case "gt":
      return value.gt(target);
    case "ge":
      return value.gte(target);
    case "lt":
      return value.lt(target);
    case "le":
      return value.lte(target);
    case "eq":
      // `=100%` is met by what rounds to 100 at the precision the target is written with.
      return value.round(decimals).eq(target);
  }
}

/** Units agree, one side has none (it took the other's), or they convert exactly. */
function inUnit(value: Big, from: string | null, to: string | null): Big | null {
  if (from === null || to === null || from === to) return value;
  return convertUnit(value, from, to);
}

function judgeQualitative(targetText: string, actual: Exclude<Actual, { kind: "blank" | "unreadable" }>): Evaluation {
  // `高` against `高`, `效果明显` against `效果明显`: the actual restates the target. Checked before
  // grades, because `低` restating a target of `低` (投诉 kept low) is met, not the grade 低. A deadline
  // year read as a number (`2019年` against `2019年`) restates it just the same.
  if (normalise(actual.raw) === normalise(targetText)) return { status: "met" };
  if (actual.kind === "grade") return { status: actual.grade };
  return { status: "qualitative" };
}
