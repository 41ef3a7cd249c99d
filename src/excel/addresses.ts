/**
 * A1 addresses as the adapter sends and receives them: cell sets grouped into rectangles (so a
 * conditional format covers a few areas, not thousands of cells), split into address lists Excel
 * accepts, and sheet prefixes stripped from addresses Excel returns.
 */
import { a1, parseA1, rangeA1, type CellRange } from "../core/grid";

export interface CellPos {
  row: number;
  col: number;
}

/** A canonical text for a set of cells: equal sets give equal keys. */
export function cellSetKey(cells: CellPos[]): string {
  return [...new Set(cells.map((c) => `${c.row}:${c.col}`))]
    .sort((x, y) => {
      const [xr, xc] = x.split(":").map(Number);
      const [yr, yc] = y.split(":").map(Number);
      return xr - yr || xc - yc;
    })
    .join(",");
}

/**
 * Cover a set of cells with rectangles: vertical runs per column, then runs with the same rows in
 * neighbouring columns joined. Exact (covers those cells and no others), not minimal.
 */
export function rectangles(cells: CellPos[]): CellRange[] {
  const byCol = new Map<number, number[]>();
  for (const { row, col } of cells) {
    const rows = byCol.get(col) ?? [];
    rows.push(row);
    byCol.set(col, rows);
  }
  const runs: CellRange[] = [];
  for (const col of [...byCol.keys()].sort((x, y) => x - y)) {
    const rows = [...new Set(byCol.get(col))].sort((x, y) => x - y);
    let start = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
      runs.push({ top: start, bottom: rows[i - 1], left: col, right: col });
      start = rows[i];
    }
  }
  // Join a run onto the rectangle ending in the previous column with the same rows.
  const open = new Map<string, CellRange>();
  const out: CellRange[] = [];
  for (const run of runs) {
    const key = `${run.top}:${run.bottom}`;
    const prev = open.get(key);
    if (prev && prev.right === run.left - 1) {
      prev.right = run.right;
      continue;
    }
    const rect = { ...run };
    open.set(key, rect);
    out.push(rect);
  }
  return out.sort((x, y) => x.top - y.top || x.left - y.left);
}

/**
 * Address lists for Worksheet.getRanges, each short enough for Excel (a reference list is kept well
 * under the 8,192-character formula limit, since a conditional format's ranges are stored like one).
 */
export function addressChunks(rects: CellRange[], maxLength = 2000): string[] {
  const chunks: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const rect of rects) {
    const address = rangeA1(rect);
    if (current.length > 0 && length + address.length + 2 > maxLength) {
      chunks.push(current.join(", "));
      current = [];
      length = 0;
    }
    current.push(address);
    length += address.length + 2;
  }
  if (current.length > 0) chunks.push(current.join(", "));
  return chunks;
}

/** `'My Sheet'!$G$25` → `G25`; a sheet name may hold `!` or `,` inside its quotes. */
export function localAddress(address: string): string {
  let inQuotes = false;
  let bang = -1;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") inQuotes = !inQuotes;
    else if (ch === "!" && !inQuotes) bang = i;
  }
  return address.slice(bang + 1).replace(/\$/g, "");
}

/** The top-left cell of an address Excel returned (`Sheet1!G25:H25` → G25). */
export function topLeftCell(address: string): string {
  const local = localAddress(address).split(":")[0];
  const { row, col } = parseA1(local);
  return a1(row, col);
}

/** Whole sheet rows `from..to` (0-based, inclusive) as an address: `11:11`. */
export function rowsAddress(from: number, to = from): string {
  return `${from + 1}:${to + 1}`;
}

/** A cell's address after a row was inserted at `insertedRow` (rows from there move down). */
export function shiftAddress(address: string, insertedRow: number | undefined): string {
  if (insertedRow === undefined) return address;
  const { row, col } = parseA1(address);
  return row >= insertedRow ? a1(row + 1, col) : address;
}
