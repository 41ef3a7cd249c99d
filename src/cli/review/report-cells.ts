/**
 * A review row as the report's cells, column by column: text, or a number carried as its exact
 * decimal string with the format to show it in. The xlsx writer turns numbers into numeric cells;
 * the CSV writer prints the decimal string (and the rate as `95.51%`, which Excel reads as a percent).
 */
import type { Lang } from "../../core/model";
import type { ReviewRow } from "./review-row";
import { REVIEW_COLUMNS, reviewStrings, type ReviewColumnId } from "./strings";

export type ReportCell =
  | { kind: "text"; text: string }
  /** `decimal` is exact (`146963013.91`); `format` is the Excel number format to show it with. */
  | { kind: "number"; decimal: string; format: string }
  /** A fraction (0.9551) shown as a percentage; `text` is how the form states it (`95.51%`). */
  | { kind: "percent"; fraction: string; text: string; format: string }
  | { kind: "count"; value: number }
  | { kind: "blank" };

const BLANK: ReportCell = { kind: "blank" };
const DECIMAL = /^-?\d+(\.\d+)?$/;

function textCell(value: string | null): ReportCell {
  return value === null || value === "" ? BLANK : { kind: "text", text: value };
}

/** Amounts show two decimals, or as many as the form wrote when it wrote more (万元 to 4 places). */
function amountFormat(decimal: string, base: string): string {
  const decimals = decimal.split(".")[1]?.length ?? 0;
  return decimals > 2 ? `${base}.${"0".repeat(decimals)}` : `${base}.00`;
}

function amountCell(value: string | null): ReportCell {
  if (value === null) return BLANK;
  return DECIMAL.test(value) ? { kind: "number", decimal: value, format: amountFormat(value, "#,##0") } : textCell(value);
}

function scoreCell(value: string | null): ReportCell {
  if (value === null) return BLANK;
  return DECIMAL.test(value) ? { kind: "number", decimal: value, format: amountFormat(value, "0") } : textCell(value);
}

/** `95.51%` → 0.9551 by moving the decimal point in the text, so no float arithmetic touches it. */
export function percentToFraction(points: string): string | null {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(points);
  if (!m) return null;
  const [, sign, int, frac = ""] = m;
  const padded = int.padStart(3, "0");
  const whole = padded.slice(0, -2).replace(/^0+(?=\d)/, "");
  const digits = `${padded.slice(-2)}${frac}`.replace(/0+$/, "");
  return `${sign}${whole}${digits ? `.${digits}` : ""}`;
}

function rateCell(value: string | null): ReportCell {
  if (value === null) return BLANK;
  const m = /^(-?\d+(?:\.\d+)?)%$/.exec(value.trim());
  const fraction = m ? percentToFraction(m[1]) : null;
  if (!m || fraction === null) return textCell(value);
  const decimals = m[1].split(".")[1]?.length ?? 0;
  return { kind: "percent", fraction, text: value.trim(), format: decimals ? `0.${"0".repeat(decimals)}%` : "0%" };
}

/**
 * One line per finding, as a reviewer copies it back to the unit: severity, cell, the message in the
 * report's language, and the rule id last in brackets, so a filter on `[score-mismatch]` finds them.
 */
function problemsText(row: ReviewRow, lang: Lang): string {
  const s = reviewStrings[lang];
  return row.problems.map((p) => s.problemLine(s.severity[p.severity], p.cells.join(","), p.message, p.rule)).join("\n");
}

export function reportHeaders(lang: Lang): string[] {
  return REVIEW_COLUMNS.map((id) => reviewStrings[lang].headers[id]);
}

export function reportCells(row: ReviewRow, lang: Lang): Record<ReviewColumnId, ReportCell> {
  const s = reviewStrings[lang];
  return {
    file: textCell(row.file),
    sheet: textCell(row.sheet),
    status: textCell(s.status[row.status]),
    unitName: textCell(row.unitName),
    projectName: textCell(row.projectName),
    year: textCell(row.year),
    kind: textCell(row.kind ? s.formKind[row.kind] : null),
    unit: textCell(row.unit),
    budget: amountCell(row.budget),
    spent: amountCell(row.spent),
    rate: rateCell(row.rate),
    statedTotal: scoreCell(row.statedTotal),
    computedTotal: scoreCell(row.computedTotal),
    statedGrade: textCell(row.statedGrade),
    grade: textCell(row.grade),
    profile: textCell(row.profile),
    errors: row.status === "failed" && row.sheet === null ? BLANK : { kind: "count", value: row.errors },
    warnings: row.status === "failed" && row.sheet === null ? BLANK : { kind: "count", value: row.warnings },
    unmet: textCell(row.unmet.join("；")),
    problems: textCell(problemsText(row, lang)),
    note: textCell(row.note),
  };
}

export function reportRow(row: ReviewRow, lang: Lang): ReportCell[] {
  const cells = reportCells(row, lang);
  return REVIEW_COLUMNS.map((id) => cells[id]);
}
