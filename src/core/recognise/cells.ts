/**
 * Small readings of a Grid that recognition repeats: the cell a person means (merge anchors), the
 * cells that start in a row (so a label merged down the side is read once, on its first row), and
 * the contiguous run of header cells a table spans.
 */
import { a1, type Grid } from "../grid";
import type { CellRef } from "../model";
import { isSummaryMarker } from "../model";

/**
 * A cell reference that spells out its A1 address only when something reads it (a finding, a mark):
 * a large form holds five per task row for as long as it is checked, and the address strings were a
 * fifth of what each row kept alive.
 */
class CellAt implements CellRef {
  constructor(
    readonly row: number,
    readonly col: number,
  ) {}

  get address(): string {
    return a1(this.row, this.col);
  }
}

export function cellRef(grid: Grid, row: number, col: number): CellRef {
  const m = grid.mergeAt(row, col);
  return m ? new CellAt(m.top, m.left) : new CellAt(row, col);
}

/** True when (row, col) is the first row of its merged area (or not merged). */
export function startsInRow(grid: Grid, row: number, col: number): boolean {
  return grid.anchorRow(row, col) === row;
}

/** Non-empty cells whose merged area starts at (row, col), left to right, each merged area once. */
export function cellsStartingIn(
  grid: Grid,
  row: number,
  from = grid.left,
  to = grid.right,
): { col: number; text: string }[] {
  const out: { col: number; text: string }[] = [];
  for (let col = from; col <= to; col++) {
    if (!grid.isAnchor(row, col)) continue;
    const text = grid.text(row, col);
    if (text !== "") out.push({ col, text });
  }
  return out;
}

/** Columns of a row, each merged area once (at its left column), with the text a person sees there. */
export function headerCells(grid: Grid, row: number): { col: number; text: string }[] {
  const out: { col: number; text: string }[] = [];
  forEachHeaderCell(grid, row, (col, text) => out.push({ col, text }));
  return out;
}

/** headerCells without the list, for scans that visit every row of a sheet looking for a header. */
export function forEachHeaderCell(grid: Grid, row: number, visit: (col: number, text: string) => void): void {
  for (let col = grid.left; col <= grid.right; col++) {
    if (grid.anchorCol(row, col) !== col) continue;
    const text = grid.text(row, col);
    if (text !== "") visit(col, text);
  }
}

export function rowIsBlank(grid: Grid, row: number, from = grid.left, to = grid.right): boolean {
  for (let col = from; col <= to; col++) if (grid.text(row, col) !== "") return false;
  return true;
}

/** The first row at or below `from` whose cells start with the ziping summary marker, or null. */
export function summaryMarkerRow(grid: Grid, from = grid.top): number | null {
  for (let row = from; row <= grid.bottom; row++) {
    for (let col = grid.left; col <= grid.right; col++) {
      if (isSummaryMarker(grid.text(row, col))) return row;
    }
  }
  return null;
}

/**
 * The columns a table's header occupies: from its known columns outwards while the header rows
 * have text (a side label such as 年度主要任务完成情况 in column A belongs to the table; a note two
 * columns away does not).
 */
export function headerSpan(grid: Grid, rows: number[], cols: number[]): { left: number; right: number } {
  let left = Math.min(...cols);
  let right = Math.max(...cols);
  const filled = (col: number): boolean => rows.some((r) => grid.text(r, col) !== "");
  while (left - 1 >= grid.left && filled(left - 1)) left--;
  while (right + 1 <= grid.right && filled(right + 1)) right++;
  return { left, right };
}
