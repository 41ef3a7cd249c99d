/**
 * What a write would change, read off the sheet as it is and the grid the engine predicts after the
 * plan: the pane shows it (cell: old → new) and asks before anything a user typed is overwritten.
 */
import { a1, type GridData } from "../core/grid";
import type { CellChange } from "./port";

/** A cell as a person reads it in the formula bar: its formula, else its value; "" when blank. */
export function cellText(grid: GridData, row: number, col: number): string {
  const i = row - grid.origin.row;
  const j = col - grid.origin.col;
  const formula = grid.formulas?.[i]?.[j];
  if (formula) return formula;
  const value = grid.values[i]?.[j];
  return value === null || value === undefined ? "" : String(value);
}

/**
 * Every cell whose text differs between `before` and `after`, addressed as after the write. With a
 * row inserted at `insertedRow`, rows from there on were one higher before it, and the new row was blank.
 */
export function changedCells(before: GridData, after: GridData, insertedRow?: number): CellChange[] {
  const rowBefore = (row: number): number | null =>
    insertedRow === undefined || row < insertedRow ? row : row === insertedRow ? null : row - 1;
  const top = Math.min(before.origin.row, after.origin.row);
  const left = Math.min(before.origin.col, after.origin.col);
  const bottom = Math.max(before.origin.row + before.values.length, after.origin.row + after.values.length) + (insertedRow === undefined ? 0 : 1);
  const width = (g: GridData) => g.origin.col + g.values.reduce((w, r) => Math.max(w, r.length), 0);
  const right = Math.max(width(before), width(after));
  const changes: CellChange[] = [];
  for (let row = top; row < bottom; row++) {
    const source = rowBefore(row);
    for (let col = left; col < right; col++) {
      const was = source === null ? "" : cellText(before, source, col);
      const now = cellText(after, row, col);
      if (was !== now) changes.push({ address: a1(row, col), before: was, after: now });
    }
  }
  return changes;
}
