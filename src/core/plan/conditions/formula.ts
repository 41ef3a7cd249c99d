/**
 * The pieces live conditions are built from. Every function is one that Excel 2016, Excel on the
 * web, WPS 表格 and LibreOffice Calc share; names are the en-US ones (the file adapter adds `_xlfn.`
 * where the format wants it). References carry no `$`, so a condition written for one cell holds for
 * any cell in the same relative position, and a row inserted above or inside the form moves them all.
 */
import { a1 } from "../../grid";

/** A string literal in a formula. */
function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A cell's number as a person typed it: a number stays a number, text is read with `.` for the
 * decimal point and `,` between thousands (the notation of the forms, whatever the reader's locale).
 */
export function numberValue(textExpr: string): string {
  return `NUMBERVALUE(${textExpr},".",",")`;
}

/**
 * An amount: blank counts as 0, as the rules count it. NUMBERVALUE of an empty cell is 0 in Excel but
 * an error in LibreOffice, so IFERROR makes both 0 (an unreadable amount is its own finding).
 */
export function amount(ref: string): string {
  return `IFERROR(${numberValue(ref)},0)`;
}

/** The sum of the amounts in cells of one column: a range when the rows are contiguous. */
export function amountSum(col: number, rows: number[]): string | null {
  if (rows.length === 0) return null;
  const contiguous = rows.every((r, i) => i === 0 || r === rows[i - 1] + 1);
  if (contiguous) return `SUMPRODUCT(${amount(`${a1(rows[0], col)}:${a1(rows[rows.length - 1], col)}`)})`;
  // Scattered rows (fund lines between 其中 lines): spelled out, while the formula stays short.
  if (rows.length > 30) return null;
  return rows.map((r) => amount(a1(r, col))).join("+");
}

/**
 * Amounts compared at a precision: each side rounded first, as the rules compare them.
 */
export function rounded(expr: string, decimals: number): string {
  return `ROUND(${expr},${decimals})`;
}

/** Text with every unit removed, longest first so 人次 goes before 次. */
export function withoutUnits(ref: string, units: string[]): string {
  const sorted = [...new Set(units.filter((u) => u.length > 0))].sort((a, b) => b.length - a.length);
  return sorted.reduce((expr, unit) => `SUBSTITUTE(${expr},${literal(unit)},"")`, ref);
}

/** The unit written after the last digit of a value (`>50 人次` → 人次), if any. */
export function trailingUnit(raw: string): string | null {
  const m = /\d\s*([^\d\s][^\d]*)$/u.exec(raw.trim());
  const unit = m?.[1].trim();
  return unit ? unit : null;
}

/** Numbers in conditions: plain decimals, never exponents (1e-7 is not a formula number everywhere). */
export function num(value: { toFixed(): string } | number): string {
  return typeof value === "number" ? String(value) : value.toFixed();
}

const REFERENCE = /(?<![A-Za-z0-9_.$"])\$?([A-Z]{1,3})\$?(\d{1,7})(?![A-Za-z0-9_(])/g;

function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/**
 * The condition as seen from its cell (`G25<50` at G25 → `R[0]C[0]<50`): cells whose conditions
 * share a key share one conditional-format rule, written with the top-left cell's formula.
 */
export function relativeKey(condition: string, row: number, col: number): string {
  return condition
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REFERENCE, (_w, letters: string, digits: string) => `R[${Number(digits) - 1 - row}]C[${columnIndex(letters) - col}]`),
    )
    .join("");
}

/**
 * A condition written for one cell, rewritten for another: every reference moves by the same
 * offset, as a spreadsheet reads a conditional format's relative references from each cell.
 */
export function moveCondition(condition: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return condition;
  return condition
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REFERENCE, (_w, letters: string, digits: string) => a1(Number(digits) - 1 + rows, columnIndex(letters) + cols)),
    )
    .join("");
}
