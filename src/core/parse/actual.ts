/**
 * 实际完成指标值 / 完成值, read against its target: a bare number takes the target's unit, and
 * against a percent target a bare 0.93 is a fraction (93%) while 95 is percentage points.
 */
import type Big from "big.js";
import type { CellValue } from "../grid";
import type { Actual, Target } from "../model";
import { readGrade } from "./grades";
import { excelDateText, isDateFormat, isErrorText, NO_VALUE, readNumberCell } from "./number";
import { splitOperator } from "./operators";
import { cleanText, readings, readQuantity } from "./quantity";
import { normaliseUnit } from "./units";

export function parseActual(
  value: CellValue,
  format: string | null,
  target: Target,
  split: { unit?: CellValue } = {},
): Actual {
  const splitUnit = typeof split.unit === "string" ? normaliseUnit(split.unit) : null;
  if (value === null || value === undefined) return { kind: "blank", raw: "" };
  if (typeof value === "boolean") return { kind: "grade", grade: value ? "met" : "unmet", raw: String(value) };
  if (typeof value === "number") {
    const raw = String(value);
    // A completion date (时效 indicators) is for a person to compare, shown as a date.
    if (isDateFormat(format)) return { kind: "text", text: excelDateText(value) ?? raw, raw };
    const n = readNumberCell(value, format);
    if (!n) return { kind: "unreadable", raw };
    return number(n.value, n.decimals, n.percent ? "%" : null, target, splitUnit, raw);
  }

  const raw = value;
  if (NO_VALUE.test(raw)) return { kind: "blank", raw };
  if (isErrorText(raw)) return { kind: "unreadable", raw };
  for (const reading of readings(cleanText(raw))) {
    const actual = readActualText(reading, target, splitUnit, raw);
    if (actual) return actual;
  }
  return { kind: "text", text: raw.trim(), raw };
}

function readActualText(text: string, target: Target, splitUnit: string | null, raw: string): Actual | null {
  // `达到95%` as an actual states the value reached; the operator adds nothing to compare.
  const split = splitOperator(text);
  const q = readQuantity(text) ?? (split.conflict ? null : readQuantity(split.rest));
  if (q) return number(q.value, q.decimals, q.unit, target, splitUnit, raw);
  const grade = readGrade(text);
  return grade ? { kind: "grade", grade, raw } : null;
}

function targetUnit(target: Target): string | null {
  return target.kind === "quantity" || target.kind === "range" ? target.unit : null;
}

/** The size of a percent target in points (its upper end for a range), for telling fractions apart. */
function targetPoints(target: Target): Big | null {
  if (target.kind === "quantity") return target.value;
  if (target.kind === "range") return target.high;
  return null;
}

function number(
  value: Big,
  decimals: number,
  unit: string | null,
  target: Target,
  splitUnit: string | null,
  raw: string,
): Actual {
  if (unit !== null) return { kind: "number", value, unit, decimals, raw };
  const implied = splitUnit ?? targetUnit(target);
  const points = targetPoints(target);
  // 0.93 against ≥95% is a fraction; against ≤1% it can only be percentage points.
  if (implied === "%" && points !== null && points.gt(1) && value.abs().lte(1)) {
    return { kind: "number", value: value.times(100), unit: "%", decimals: Math.max(0, decimals - 2), raw };
  }
  return { kind: "number", value, unit: implied, decimals, raw };
}
