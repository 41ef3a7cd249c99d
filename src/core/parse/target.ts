/**
 * 预期指标值 / 年度指标值: `>50 人次`, `10项-20项`, `≥100百分比`, `不低于90%`, `100%`, `效果明显`.
 * In split layouts (Sichuan) the operator and unit sit in their own cells; they are passed in.
 */
import type { CellValue } from "../grid";
import type Big from "big.js";
import type { Operator, Target } from "../model";
import { excelDateText, isDateFormat, isErrorText, NO_VALUE, readNumberCell } from "./number";
import { readOperatorCell, splitOperator } from "./operators";
import { cleanText, readings, readQuantity, readRange } from "./quantity";
import { normaliseUnit } from "./units";

export interface SplitCells {
  /** 指标性质 / 计算符号 cell. */
  operator?: CellValue;
  /** 度量单位 / 计量单位 cell. */
  unit?: CellValue;
}

export function parseTarget(value: CellValue, format: string | null, split: SplitCells = {}): Target {
  const splitOp = readOperatorCell(split.operator);
  const splitUnit = typeof split.unit === "string" ? normaliseUnit(split.unit) : null;

  if (value === null || value === undefined) return { kind: "blank", raw: "" };
  if (typeof value === "boolean") return { kind: "unreadable", raw: String(value) };
  if (typeof value === "number") {
    const raw = String(value);
    // A deadline typed as a date (时效 indicators): a person compares dates, not the serial number.
    if (isDateFormat(format)) return { kind: "qualitative", text: excelDateText(value) ?? raw, raw };
    const n = readNumberCell(value, format);
    if (!n) return { kind: "unreadable", raw };
    const unit = n.percent ? "%" : splitUnit;
    return quantity(splitOp, n.value, unit, n.decimals, raw);
  }

  const raw = value;
  if (NO_VALUE.test(raw)) return { kind: "blank", raw };
  if (isErrorText(raw)) return { kind: "unreadable", raw };
  const text = cleanText(raw);
  for (const reading of readings(text)) {
    const target = readTargetText(reading, splitOp, splitUnit, raw);
    if (target) return target;
  }
  return looksQuantitative(text) ? { kind: "unreadable", raw } : { kind: "qualitative", text: raw.trim(), raw };
}

function readTargetText(text: string, splitOp: Operator | null, splitUnit: string | null, raw: string): Target | null {
  const { op, rest, conflict } = splitOperator(text);
  if (conflict) return null;
  const q = readQuantity(rest);
  if (q) return quantity(op ?? splitOp, q.value, q.unit ?? splitUnit, q.decimals, raw);
  // A range has no operator of its own (`≥10-20` is not a target anyone means).
  const r = op === null ? readRange(rest) : null;
  if (r) return { kind: "range", low: r.low, high: r.high, unit: r.unit ?? splitUnit, decimals: r.decimals, raw };
  return null;
}

function quantity(op: Operator | null, value: Big, unit: string | null, decimals: number, raw: string): Target {
  // `2019年` under 时效指标 is a deadline, not at least 2019 years: read as ≥ it would take a finish in
  // 2020 as met. Like a deadline typed as a date, a person compares it; `≤2019年` says how to compare.
  if (op === null && isCalendarYear(value, unit)) return { kind: "qualitative", text: raw.trim(), raw };
  return { kind: "quantity", op: op ?? "ge", explicitOp: op !== null, value, unit, decimals, raw };
}

/** A whole number of 年 no duration target reaches: a year of the calendar. */
function isCalendarYear(value: Big, unit: string | null): boolean {
  return unit === "年" && value.round(0).eq(value) && value.gte(1900) && value.lte(2100);
}

/**
 * Text that failed to read as a number: is it a number written wrong (a warning), or a sentence a
 * person judges (`12月底前完成`, `在项目计划完成时间内完成`, `2021年12月31日前`)?
 */
function looksQuantitative(text: string): boolean {
  if (/[<>=≥≤≦≧]/.test(text)) return true;
  if (!/\d/.test(text)) return false;
  if (/\d{4}[-/.年]|[年月日]|前|底|时间|季度/.test(text)) return false;
  return /^[+-]?[\d.]/.test(text);
}
