/**
 * Live conditions of the indicator table: an actual against its target's operator or range, read the
 * way the engine reads it — a unit after the number (`36人次`) dropped, numbers stored as text read
 * with NUMBERVALUE, and against a percent target `95%`, 0.95 and 95 all meaning 95 points.
 */
import Big from "big.js";
import { FAR_EXCEEDED_RATIO } from "../../indicator/evaluate";
import type { Form, IndicatorRow, Operator } from "../../model";
import { formatTarget } from "../../parse/notation";
import { OPERATOR_SYMBOL } from "../../parse/operators";
import { checkedIndicators } from "../../rules/support/indicators";
import { num, numberValue, trailingUnit, withoutUnits } from "./formula";
import type { LiveCheck } from "./live-check";

/** Float noise of NUMBERVALUE(…)*100 (0.9551*100 = 95.50999…) is rounded away at this many decimals. */
const NOISE_DECIMALS = 9;

/** The actual in the target's scale, or null when only the engine can read it (another unit, a grade). */
export function actualValue(row: IndicatorRow): string | null {
  const { target, actual } = row;
  if (target.kind !== "quantity" && target.kind !== "range") return null;
  if (actual.kind !== "number") return null;
  if (actual.unit !== null && actual.unit !== target.unit) return null;
  const ref = row.actualCell.address;
  const units = [target.unit, trailingUnit(target.raw), trailingUnit(actual.raw)].filter(
    (u): u is string => u !== null && u !== "%" && u !== "％",
  );
  // What is left once the units go must be a number NUMBERVALUE reads (not `约36`, `达到95%`).
  const bare = units.reduce((text, unit) => text.split(unit).join(""), actual.raw).replace(/[%％]\s*$/, "");
  if (!PLAIN_NUMBER.test(bare)) return null;
  if (target.unit !== "%") return numberValue(withoutUnits(ref, units));
  const x = numberValue(withoutUnits(ref, [...units, "%", "％"]));
  const points = target.kind === "quantity" ? target.value : target.high;
  // As the engine reads it: written with a % sign, or above 1, it is points; else a fraction.
  if (!points.gt(1)) return x;
  const percent = `OR(ISNUMBER(SEARCH("%",${ref})),ISNUMBER(SEARCH("％",${ref})))`;
  return `ROUND(IF(OR(${percent},ABS(${x})>1),${x},${x}*100),${NOISE_DECIMALS})`;
}

/** A number as NUMBERVALUE(…, ".", ",") reads it, the same as the engine. */
const PLAIN_NUMBER = /^\s*[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:e[+-]?\d+)?\s*$/i;

const FORMULA_OP: Record<Operator, string> = { gt: ">", ge: ">=", lt: "<", le: "<=", eq: "=" };
const NEGATED: Record<Operator, Operator> = { gt: "le", ge: "lt", lt: "ge", le: "gt", eq: "eq" };

/** Blank is the missing-actual finding, not this one: the condition holds only for a written value. */
function written(row: IndicatorRow, test: string): string {
  return `AND(${row.actualCell.address}<>"",${test})`;
}

function check(row: IndicatorRow, rule: string, severity: LiveCheck["severity"], condition: string, zh: string, en: string): LiveCheck {
  return {
    rule,
    severity,
    row: row.actualCell.row,
    col: row.actualCell.col,
    guard: severity !== "info",
    condition: written(row, condition),
    requirement: { "zh-CN": `「${row.name}」${zh}`, "en-US": `「${row.name}」: ${en}` },
  };
}

/** TRUE while the actual `v` meets its numeric target, as the engine judges it (evaluate.ts). */
export function metCondition(row: IndicatorRow, v: string): string | null {
  const target = row.target;
  if (target.kind === "range") return `${v}>=${num(target.low)}`;
  if (target.kind !== "quantity") return null;
  const op: Operator = target.explicitOp ? target.op : row.reverse ? "le" : "ge";
  const t = num(target.value);
  return op === "eq" ? `ROUND(${v},${target.decimals})=${t}` : `${v}${FORMULA_OP[op]}${t}`;
}

function quantityChecks(row: IndicatorRow, v: string): LiveCheck[] {
  const target = row.target;
  if (target.kind !== "quantity") return [];
  const op: Operator = target.explicitOp ? target.op : row.reverse ? "le" : "ge";
  const t = num(target.value);
  const unmet =
    op === "eq" ? `ROUND(${v},${target.decimals})<>${t}` : `${v}${FORMULA_OP[NEGATED[op]]}${t}`;
  const stated = (target.explicitOp ? "" : OPERATOR_SYMBOL[op]) + formatTarget(target);
  const checks = [check(row, "indicator-unmet", "error", unmet, `实际完成值应 ${stated}`, `the actual should be ${stated}`)];
  const atLeast = op === "ge" || op === "gt";
  if (atLeast && !row.reverse && target.value.gt(0)) {
    const far = new Big(target.value).times(FAR_EXCEEDED_RATIO);
    checks.push(
      check(
        row,
        "indicator-far-exceeded",
        "info",
        `${v}>=${num(far)}`,
        `实际完成值达到预期指标值 ${stated} 的 130% 及以上时，指标值可能设置偏低`,
        `an actual at 130% or more of the target ${stated} suggests the target was set low`,
      ),
    );
  }
  return checks;
}

function rangeChecks(row: IndicatorRow, v: string): LiveCheck[] {
  const target = row.target;
  if (target.kind !== "range") return [];
  const range = formatTarget(target);
  return [
    check(row, "indicator-unmet", "error", `${v}<${num(target.low)}`, `实际完成值应在 ${range} 之内`, `the actual should be within ${range}`),
    check(row, "indicator-exceeds-range", "warning", `${v}>${num(target.high)}`, `实际完成值应在 ${range} 之内`, `the actual should be within ${range}`),
  ];
}

export function indicatorChecks(form: Form): LiveCheck[] {
  const checks: LiveCheck[] = [];
  for (const row of checkedIndicators(form)) {
    const v = actualValue(row);
    if (v === null) continue;
    checks.push(...quantityChecks(row, v), ...rangeChecks(row, v));
  }
  return checks;
}
