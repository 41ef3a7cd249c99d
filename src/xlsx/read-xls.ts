/**
 * Excel 97–2003 workbooks (.xls, BIFF8 in an OLE compound file) → one GridData per worksheet, the
 * same plain data the .xlsx reader and the Office.js adapter build: stored values (a formula's cached
 * result, a date's serial number), number formats, formulas and merged areas. exceljs reads .xlsx
 * only; the SheetJS parser (@e965/xlsx, the registry build of SheetJS 0.20) reads BIFF.
 *
 * Reading is all ziping does with an .xls: annotated copies are written for .xlsx files only. So a
 * blank cell's number format, which the .xlsx reader keeps for the formulas a plan writes, is not
 * read here: SheetJS's stub for a blank cell carries none.
 */
import { read, type CellObject, type ColInfo, type WorkBook, type WorkSheet } from "@e965/xlsx";
import { charactersFromPixels, parseA1, type CellRange, type CellValue, type GridData } from "../core/grid";
import type { ReadLimits } from "./limits";
import { fail } from "../core/problem";
import { gridFromRawSheet, WIDTH_COLUMNS, type RawCell } from "./raw-grid";

export function readXls(bytes: Buffer, limits: Pick<ReadLimits, "sheetCells">): GridData[] {
  let workbook: WorkBook;
  try {
    // cellNF keeps number formats, cellStyles the hidden columns; cellDates off keeps dates as the serials Excel stores.
    workbook = read(bytes, { type: "buffer", cellNF: true, cellFormula: true, cellStyles: true, cellDates: false, cellHTML: false, cellText: false });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // A password to open: BIFF8 encrypts the Workbook stream itself (a FILEPASS record).
    if (/password/i.test(detail)) throw fail("encrypted", {}, error);
    // SheetJS's own words name its internals; the reader is told what failed, the cause keeps the rest.
    throw fail("corrupted", { damage: "xls-unreadable" }, error);
  }
  // Chart sheets and macro sheets have no cells to check; a sheet listed but never found is damage.
  const sheets = workbook.SheetNames.map((name) => [name, workbook.Sheets[name]] as const);
  if (sheets.some(([, ws]) => ws === undefined)) throw fail("corrupted", { damage: "xls-sheet-missing" });
  const worksheets = sheets.filter(([, ws]) => !ws["!type"]);
  if (worksheets.length === 0) throw fail("no-sheets", {});
  return worksheets.map(([name, ws]) => sheetToGrid(name, ws, limits));
}

/** A SheetJS cell → the raw value a GridData holds (an error as its text, `#DIV/0!`, as exceljs gives it). */
function cellValue(cell: CellObject): CellValue {
  switch (cell.t) {
    case "n":
    case "s":
    case "b":
      return cell.v as CellValue;
    case "e":
      return cell.w ?? null;
    case "d":
      // Only with cellDates, which is off; kept as the serial for safety.
      return cell.v instanceof Date ? cell.v.getTime() / 86400000 + 25569 : null;
    default:
      return null;
  }
}

/**
 * A SheetJS column's width in character units: `wch` is characters, `width` the same in the maximum
 * digit width, `wpx` screen pixels (7 to a character of the default font, plus 5 of padding), as
 * SheetJS documents its column properties (https://docs.sheetjs.com/docs/csf/features/colprops).
 */
function xlsColumnWidth(c: ColInfo): number | null {
  if (typeof c.wch === "number") return c.wch;
  if (typeof c.width === "number") return c.width;
  if (typeof c.wpx === "number") return charactersFromPixels(c.wpx);
  return null;
}

function sheetToGrid(name: string, ws: WorkSheet, limits: Pick<ReadLimits, "sheetCells">): GridData {
  const merges: CellRange[] = (ws["!merges"] ?? []).map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }));
  const cells: RawCell[] = [];
  for (const [address, cell] of Object.entries(ws)) {
    if (address.startsWith("!")) continue;
    const c = cell as CellObject;
    const value = cellValue(c);
    const formula = c.f ? `=${c.f}` : null;
    if (value === null && formula === null) continue;
    const { row, col } = parseA1(address);
    cells.push({ row, col, value, format: typeof c.z === "string" ? c.z : "General", formula });
  }

  const hiddenRows: number[] = [];
  (ws["!rows"] ?? []).forEach((r, i) => r?.hidden && hiddenRows.push(i));
  const hiddenCols: number[] = [];
  (ws["!cols"] ?? []).forEach((c, i) => c?.hidden && hiddenCols.push(i));
  const columnWidths: (number | null)[] = [];
  (ws["!cols"] ?? []).slice(0, WIDTH_COLUMNS).forEach((c, i) => {
    const w = c ? xlsColumnWidth(c) : null;
    if (w !== null) columnWidths[i] = c?.hidden ? 0 : w;
  });
  return gridFromRawSheet({ name, cells, merges, hiddenRows, hiddenCols, protected: Boolean(ws["!protect"]), columnWidths }, limits);
}
