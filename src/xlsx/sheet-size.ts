/**
 * The one bound both readers (.xlsx and .xls) put on a sheet: the grid is dense, so one stray value
 * far from the form would make it billions of cells.
 */
import { rangeA1, type CellRange } from "../core/grid";
import { formatCount, type ReadLimits } from "./limits";
import { WorkbookReadError } from "./read-error";

export function checkSheetCells(sheet: string, used: CellRange, limits: Pick<ReadLimits, "sheetCells">): void {
  const cells = (used.bottom - used.top + 1) * (used.right - used.left + 1);
  if (cells <= limits.sheetCells) return;
  const range = rangeA1(used);
  throw new WorkbookReadError("too-large", {
    "zh-CN": `工作表「${sheet}」的已用区域 ${range} 共 ${formatCount(cells)} 个单元格，上限为 ${formatCount(limits.sheetCells)}；请删除远离表格的多余内容后再检查`,
    "en-US": `sheet '${sheet}' uses ${range}, ${formatCount(cells)} cells; the limit is ${formatCount(limits.sheetCells)} — delete stray content far from the form and check again`,
  });
}
