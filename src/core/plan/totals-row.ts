/**
 * The 金额合计 row as live formulas. SUM ignores numbers stored as text, and forms exported from PDFs
 * or 一体化 systems often hold `37,560,000.00` as text; for those columns the formula reads each cell
 * with NUMBERVALUE (blank → 0, separators fixed so the user's locale cannot change the result).
 */
import { a1 } from "../grid";
import type { CellWrite, Form, Lang, MoneyTable, WritePlan } from "../model";
import { reportStrings } from "../i18n/report-strings";
import { sumOfParts } from "../money-table";

/** Is the amount at (row, col) stored as text? Decided from the grid when the caller has it. */
export type TextCellTest = (row: number, col: number) => boolean;

function columnFormula(
  table: MoneyTable,
  col: number,
  isText: TextCellTest,
  shift: (row: number) => number,
): CellWrite | null {
  const rows = table.parts.map((p) => shift(p.row));
  if (rows.length === 0) return null;
  const filled = table.parts.filter((p) => p.amounts[col] && p.amounts[col].kind !== "blank");
  // A project form's fund lines are often left blank under a filled 年度资金总额: summing them would erase it.
  if (filled.length === 0) return null;
  const range = `${a1(Math.min(...rows), col)}:${a1(Math.max(...rows), col)}`;
  const anyText = filled.some((p) => isText(p.row, col));
  const sum = sumOfParts(table, col);
  const decimals = sum?.decimals ?? 2;
  return {
    col,
    formula: anyText ? `=SUMPRODUCT(NUMBERVALUE(${range},".",","))` : `=SUM(${range})`,
    ...(sum ? { result: Number(sum.value.toFixed(decimals)) } : {}),
    // Text amounts usually sit in Text-formatted (@) cells, and a formula copied into that format would
    // be shown as its source: give the totals a number format with the decimals the amounts show.
    ...(anyText ? { numberFormat: decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0" } : {}),
  };
}

export function planTotalsRow(form: Form, lang: Lang, isText: TextCellTest): WritePlan["totals"] | undefined {
  const table = form.money;
  if (!table || table.parts.length === 0) return undefined;
  const inserting = table.total === null;
  // Inserting above the fund lines (project forms) moves them down one row before the formula is evaluated.
  const shift = (row: number): number => (inserting && row >= table.totalInsertRow ? row + 1 : row);
  const cells: CellWrite[] = [];
  for (const column of table.columns) {
    const cell = columnFormula(table, column.col, isText, shift);
    if (cell) cells.push(cell);
  }
  if (cells.length === 0) return undefined;
  const lastPart = table.parts[table.parts.length - 1];
  if (table.total) {
    return { mode: "repair", row: table.total.row, formatFrom: lastPart.row, cells };
  }
  // The label stays in Chinese in every UI language: it is the form's own word, and how a re-run recognises the row.
  const strings = reportStrings[lang];
  const label = table.totalPosition === "above" ? strings.fundTotalLabel : strings.totalsLabel;
  return {
    mode: "insert",
    row: table.totalInsertRow,
    formatFrom: shift(lastPart.row),
    cells: [{ col: table.labelCol, value: label }, ...cells],
  };
}
