/**
 * The review summary as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads the
 * Chinese as the local code page), CRLF records and RFC 4180 quoting. Text that Excel would take for
 * a formula (`=…`, `+…`, `-…`, `@…`) gets a leading apostrophe: names and file names come from the
 * submitted forms, and a reviewer opening the CSV must not run what a submitter wrote.
 */
import type { Lang } from "../../core/model";
import { reportHeaders, reportRow, type ReportCell } from "./report-cells";
import type { ReviewRow } from "./review-row";

const BOM = "\uFEFF";
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function cellText(cell: ReportCell): string {
  switch (cell.kind) {
    case "blank":
      return "";
    case "text":
      return FORMULA_START.test(cell.text) ? `'${cell.text}` : cell.text;
    case "number":
      return cell.decimal;
    case "percent":
      return cell.text;
    case "count":
      return String(cell.value);
  }
}

function csvRecord(fields: string[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}

export function reviewCsv(rows: ReviewRow[], lang: Lang): string {
  const records = [csvRecord(reportHeaders(lang))];
  for (const row of rows) records.push(csvRecord(reportRow(row, lang).map(cellText)));
  return BOM + records.join("");
}
