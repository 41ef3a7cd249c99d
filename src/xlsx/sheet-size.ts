/**
 * The one bound both readers (.xlsx and .xls) put on a sheet: the grid is dense, so one stray value
 * far from the form would make it billions of cells.
 */
import { rangeA1, type CellRange } from "../core/grid";
import { fail } from "../core/problem";
import type { ReadLimits } from "./limits";

export function checkSheetCells(sheet: string, used: CellRange, limits: Pick<ReadLimits, "sheetCells">): void {
  const cells = (used.bottom - used.top + 1) * (used.right - used.left + 1);
  if (cells <= limits.sheetCells) return;
  throw fail("too-large", { limit: "sheet", sheet, range: rangeA1(used), cells, max: limits.sheetCells });
}
