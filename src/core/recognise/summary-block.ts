/**
 * A 校验摘要 block ziping wrote on an earlier run: its first cell starts with SUMMARY_MARKER and its
 * lines follow without a gap. It is not part of the form, and a re-run writes over it.
 */
import type { Grid } from "../grid";
import { rowIsBlank, summaryMarkerRow } from "./cells";

export function findSummaryBlock(grid: Grid): { top: number; bottom: number } | null {
  const top = summaryMarkerRow(grid);
  if (top === null) return null;
  let bottom = top;
  while (bottom + 1 <= grid.bottom && !rowIsBlank(grid, bottom + 1)) bottom++;
  return { top, bottom };
}
