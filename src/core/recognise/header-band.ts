/**
 * A table's header may take one to three rows: a group header merged across sub-columns
 * (`年度指标值` over `指标性质 | 指标值 | 度量单位`, `预算数` over `年初预算 | 调整后预算`) with the
 * sub-headers in the row below, and the other headers merged down beside them. Each column is named
 * by its lowest header cell — the sub-header, not the group over it — read with the group it sits under.
 */
import type { Grid } from "../grid";

export interface HeaderLeaf {
  /** The column the leaf starts in (the left column of a merged leaf). */
  col: number;
  text: string;
  /** The text of the group header merged over this leaf and its siblings, if any. */
  group?: string;
}

interface HeaderBand {
  top: number;
  bottom: number;
  leaves: HeaderLeaf[];
}

/** Rows a header takes at most: the header row and two rows of sub-headers. */
const MAX_HEADER_ROWS = 3;

type IsHeaderWord = (text: string, group: string | undefined) => boolean;

/**
 * The header that starts on `top`: the rows below it that hold sub-headers under a group header
 * (every cell starting there a header word by `isHeaderWord`, at least one under a horizontally merged
 * group), and the lowest header text of each column.
 */
export function headerBand(grid: Grid, top: number, limit: number, isHeaderWord: IsHeaderWord): HeaderBand {
  let bottom = top;
  for (let row = top + 1; row <= Math.min(limit, top + MAX_HEADER_ROWS - 1); row++) {
    const verdict = subHeaderRow(grid, top, row, isHeaderWord);
    if (verdict === "no") break;
    // A row wholly covered by headers merged down from above belongs to the header if a row of
    // sub-headers follows it.
    if (verdict === "sub") bottom = row;
  }
  return { top, bottom, leaves: leavesOf(grid, top, bottom) };
}

/**
 * `sub`: the row's own cells are all header words and one at least sits under a group; `covered`: it
 * has no text of its own; `no`: anything else (the first row of the table's body).
 */
function subHeaderRow(grid: Grid, top: number, row: number, isHeaderWord: IsHeaderWord): "sub" | "covered" | "no" {
  let underGroup = false;
  let own = 0;
  for (let col = grid.left; col <= grid.right; col++) {
    if (!grid.isAnchor(row, col)) continue;
    const text = grid.text(row, col);
    if (text === "") continue;
    own++;
    const group = groupOver(grid, top, row, col);
    if (!isHeaderWord(text, group)) return "no";
    if (group !== undefined) underGroup = true;
  }
  if (own === 0) return "covered";
  return underGroup ? "sub" : "no";
}

/** The text of the horizontally merged header cell above (row, col) within the band, nearest first. */
function groupOver(grid: Grid, top: number, row: number, col: number): string | undefined {
  for (let r = row - 1; r >= top; r--) {
    const m = grid.mergeAt(r, col);
    if (m && m.right > m.left && m.bottom < row) {
      const text = grid.text(r, col);
      if (text !== "") return text;
    }
  }
  return undefined;
}

/**
 * Each column's lowest header text, once per merged area. A column under a group whose sub-header is
 * blank has no leaf: the group names its sub-columns, not the blank beside them.
 */
function leavesOf(grid: Grid, top: number, bottom: number): HeaderLeaf[] {
  const leaves: HeaderLeaf[] = [];
  const seen = new Set<string>();
  for (let col = grid.left; col <= grid.right; col++) {
    for (let row = bottom; row >= top; row--) {
      const text = grid.text(row, col);
      if (text === "") continue;
      const m = grid.mergeAt(row, col);
      if (m && m.right > m.left && m.bottom < bottom && hasTextBelow(grid, m.bottom + 1, bottom, m.left, m.right)) break;
      const anchorRow = m ? m.top : row;
      const anchorCol = m ? m.left : col;
      const key = `${anchorRow}:${anchorCol}`;
      if (!seen.has(key)) {
        seen.add(key);
        const group = groupOver(grid, top, anchorRow, col);
        leaves.push(group !== undefined ? { col: anchorCol, text, group } : { col: anchorCol, text });
      }
      break;
    }
  }
  return leaves;
}

function hasTextBelow(grid: Grid, from: number, to: number, left: number, right: number): boolean {
  for (let row = from; row <= to; row++) {
    for (let col = left; col <= right; col++) if (grid.isAnchor(row, col) && grid.text(row, col) !== "") return true;
  }
  return false;
}
