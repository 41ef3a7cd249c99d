/**
 * The part of reading a sheet that does not depend on the file format: cells found one by one (each
 * reader walks its own library's model) become a GridData spanning the cells and merged areas, after
 * the sheet-size bound is checked on that extent.
 */
import type { CellRange, CellValue, GridData } from "../core/grid";
import type { ReadLimits } from "./limits";
import { checkSheetCells } from "./sheet-size";

/** One non-empty cell as a reader found it, 0-based. */
export interface RawCell {
  row: number;
  col: number;
  value: CellValue;
  format: string;
  formula: string | null;
}

export interface RawSheet {
  name: string;
  cells: RawCell[];
  merges: CellRange[];
  hiddenRows: number[];
  hiddenCols: number[];
  protected: boolean;
  /** Column widths in character units by sheet column (GridData.columnWidths). */
  columnWidths?: (number | null)[];
}

/** Columns whose width is kept: a `<col>` may span all 16,384, and the summary needs only the first. */
export const WIDTH_COLUMNS = 1024;

export function gridFromRawSheet(sheet: RawSheet, limits: Pick<ReadLimits, "sheetCells">): GridData {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const extend = (r0: number, c0: number, r1: number, c1: number): void => {
    top = Math.min(top, r0);
    left = Math.min(left, c0);
    bottom = Math.max(bottom, r1);
    right = Math.max(right, c1);
  };
  for (const c of sheet.cells) extend(c.row, c.col, c.row, c.col);
  for (const m of sheet.merges) extend(m.top, m.left, m.bottom, m.right);

  const grid: GridData = {
    sheet: sheet.name,
    origin: { row: bottom < 0 ? 0 : top, col: bottom < 0 ? 0 : left },
    values: [],
    formats: [],
    formulas: [],
    merges: sheet.merges,
    hiddenRows: sheet.hiddenRows,
    hiddenCols: sheet.hiddenCols,
    protected: sheet.protected,
    ...(sheet.columnWidths ? { columnWidths: sheet.columnWidths } : {}),
  };
  if (bottom < 0) return grid;

  checkSheetCells(sheet.name, { top, left, bottom, right }, limits);
  const height = bottom - top + 1;
  const width = right - left + 1;
  const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  const formats: (string | null)[][] = Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
  for (const c of sheet.cells) {
    values[c.row - top][c.col - left] = c.value;
    formats[c.row - top][c.col - left] = c.format;
    formulas[c.row - top][c.col - left] = c.formula;
  }
  grid.values = values;
  grid.formats = formats;
  grid.formulas = formulas;
  return grid;
}
