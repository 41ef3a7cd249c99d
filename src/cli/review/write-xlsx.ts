/**
 * The review summary as a workbook a reviewer sorts and filters: one header row, frozen, with an
 * autofilter; amounts, rates and scores as numeric cells with their formats; rows with errors filled
 * light red and files that could not be checked grey, so they stand out in a long list.
 */
import type ExcelJS from "exceljs";
import { Workbook } from "../../xlsx/exceljs";
import { MARK_FILL, type Lang } from "../../core/model";
import { columnName } from "../../core/grid";
import { reportHeaders, reportRow, type ReportCell } from "./report-cells";
import type { ReviewRow } from "./review-row";
import { REVIEW_COLUMNS, reviewStrings } from "./strings";

const ERROR_FILL = `FF${MARK_FILL.error.slice(1)}`;
const FAILED_FILL = "FFD9D9D9";
const HEADER_FILL = "FFDDEBF7";
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

/** Columns a terminal or Excel draws two units wide: CJK, Hangul, full-width forms. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6);
    w += wide ? 2 : 1;
  }
  return w;
}

/** What the cell will look like, roughly, for sizing its column. */
function shownText(cell: ReportCell): string {
  switch (cell.kind) {
    case "blank":
      return "";
    case "text":
      return cell.text;
    case "number": {
      const [int, frac] = cell.decimal.split(".");
      const decimals = Math.max(2, frac?.length ?? 0);
      return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${"0".repeat(decimals)}`;
    }
    case "percent":
      return cell.text;
    case "count":
      return String(cell.value);
  }
}

function setCell(target: ExcelJS.Cell, cell: ReportCell): void {
  switch (cell.kind) {
    case "blank":
      return;
    case "text":
      target.value = cell.text;
      // The 问题 column holds one finding a line: shown as lines, from the top of the row.
      if (cell.text.includes("\n")) target.alignment = { vertical: "top", wrapText: true };
      return;
    case "number":
      target.value = Number(cell.decimal);
      target.numFmt = cell.format;
      return;
    case "percent":
      target.value = Number(cell.fraction);
      target.numFmt = cell.format;
      return;
    case "count":
      target.value = cell.value;
      return;
  }
}

function reviewWorkbook(rows: ReviewRow[], lang: Lang): ExcelJS.Workbook {
  const workbook = new Workbook();
  const ws = workbook.addWorksheet(reviewStrings[lang].sheetName, { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] });
  const headers = reportHeaders(lang);
  const widths = headers.map((h) => displayWidth(h) + 2);

  const header = ws.getRow(1);
  headers.forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: "middle", wrapText: true };
  });

  rows.forEach((row, r) => {
    const line = ws.getRow(r + 2);
    const fill = row.status === "failed" ? FAILED_FILL : row.errors > 0 ? ERROR_FILL : null;
    reportRow(row, lang).forEach((cell, c) => {
      const target = line.getCell(c + 1);
      setCell(target, cell);
      if (fill) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
      for (const text of shownText(cell).split("\n")) widths[c] = Math.max(widths[c], displayWidth(text) + 2);
    });
  });

  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w));
  });
  const last = columnName(REVIEW_COLUMNS.length - 1);
  ws.autoFilter = `A1:${last}${rows.length + 1}`;
  return workbook;
}

export async function reviewXlsx(rows: ReviewRow[], lang: Lang): Promise<Buffer> {
  return Buffer.from(await reviewWorkbook(rows, lang).xlsx.writeBuffer());
}
