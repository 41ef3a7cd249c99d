/**
 * The host-free view of one worksheet that every adapter (Office.js, exceljs, tests) builds and the
 * engine reads. Coordinates are absolute, 0-based sheet coordinates (row 0 = Excel row 1, col 0 = A),
 * so addresses in findings are the user's addresses whatever part of the sheet was read.
 */

/** A cell's raw value as Excel holds it. Error values are kept as their text (`#REF!`), as Office.js does. */
export type CellValue = string | number | boolean | null;

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface GridData {
  sheet: string;
  /** Sheet coordinates of values[0][0] (the used range's top-left). */
  origin: { row: number; col: number };
  /** Raw values, row-major; ragged rows are allowed (missing = null). */
  values: CellValue[][];
  /** Number formats aligned with `values` ("General" or undefined when unknown). */
  formats?: (string | null | undefined)[][];
  /** Formulas aligned with `values` (`=SUM(E5:E9)`), null where the cell holds a constant. */
  formulas?: (string | null | undefined)[][];
  /** Merged areas in sheet coordinates. */
  merges: CellRange[];
  /** Rows/columns hidden by the user (sheet coordinates); recognition still reads them. */
  hiddenRows?: number[];
  hiddenCols?: number[];
  protected?: boolean;
  /**
   * Column widths in Excel's character units (the width of one digit of the Normal style; Excel's
   * default is 8.43), indexed by sheet column (0 = A). Absent when the reader could not tell; a column
   * missing from a present array has the default width. The 校验摘要 block places its labels by them.
   */
  columnWidths?: (number | null | undefined)[];
}

/** Excel's standard column width in character units, for a column a file gives no width. */
export const DEFAULT_COLUMN_WIDTH = 8.43;

/** A column's width in character units, from widths a reader gave: the default where it gave none. */
export function columnWidthIn(widths: NonNullable<GridData["columnWidths"]>, col: number): number {
  const w = widths[col];
  return typeof w === "number" && Number.isFinite(w) && w >= 0 ? w : DEFAULT_COLUMN_WIDTH;
}

/**
 * A column's width in pixels as character units: Excel draws a column 7 pixels a character of the
 * default Calibri 11 plus 5 of padding (64 px = 8.43).
 */
export function charactersFromPixels(pixels: number): number {
  return Math.max(0, (pixels - 5) / 7);
}

const COLUMN_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** 0-based column index → `A`, `Z`, `AA`, … */
export function columnName(col: number): string {
  let name = "";
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = COLUMN_LETTERS[rem] + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** Column names of the first columns, computed once: every finding, mark and cell reference names one. */
const COLUMN_NAMES: string[] = Array.from({ length: 702 }, (_, col) => columnName(col));

/** 0-based (row, col) → `H10`. */
export function a1(row: number, col: number): string {
  return (col < COLUMN_NAMES.length ? COLUMN_NAMES[col] : columnName(col)) + String(row + 1);
}

/** `H10` → { row: 9, col: 7 }; `$H$10` accepted. */
export function parseA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address.trim());
  if (!m) throw new Error(`not an A1 address: ${address}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** `A1:H1` or `H10` → a CellRange (0-based, sheet coordinates), corners in either order. */
export function parseRange(range: string): CellRange {
  const [from, to = from] = range.split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function rangeA1(r: CellRange): string {
  const tl = a1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${a1(r.bottom, r.right)}`;
}

/**
 * Read-only access to a GridData. Cells covered by a merged area read as the area's top-left cell,
 * because that is what a person sees in them.
 */
export class Grid {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /**
   * Merged areas by row (index row − top): the few areas crossing each row. Looked up for nearly
   * every cell recognition reads; a map keyed by every merged cell cost more, and grew with the sheet.
   */
  private readonly mergesByRow: (CellRange[] | undefined)[];
  /** Areas reaching outside the rows read (a merge may run past the used range): looked up by scanning. */
  private readonly mergesOutside: CellRange[] = [];

  constructor(readonly data: GridData) {
    this.sheet = data.sheet;
    this.top = data.origin.row;
    this.left = data.origin.col;
    let width = 0;
    // Indexed: it runs once per grid, unoptimised, and for…of would allocate an iterator result per row.
    for (let i = 0; i < data.values.length; i++) width = Math.max(width, data.values[i].length);
    this.bottom = this.top + data.values.length - 1;
    this.right = this.left + width - 1;
    // Sized once: grown one row at a time it was copied over and over on a long form.
    this.mergesByRow = new Array<CellRange[] | undefined>(data.values.length);
    this.indexMerges(data.merges);
  }

  get rowCount(): number {
    return this.data.values.length;
  }

  get colCount(): number {
    return this.right - this.left + 1;
  }

  /**
   * Walks the rows once, keeping the areas that cross the current row; rows crossed by the same areas
   * share one list (a side label merged down a 10,000-row form is one list, not 10,000).
   */
  private indexMerges(merges: CellRange[]): void {
    const starting = new Map<number, CellRange[]>();
    for (const m of merges) {
      if (m.top < this.top || m.bottom > this.bottom) this.mergesOutside.push(m);
      if (m.bottom < this.top || m.top > this.bottom) continue;
      const from = Math.max(m.top, this.top);
      let list = starting.get(from);
      if (!list) starting.set(from, (list = []));
      list.push(m);
    }
    if (starting.size === 0) return;
    let active: CellRange[] = [];
    for (let r = this.top; r <= this.bottom; r++) {
      const added = starting.get(r);
      let ended = false;
      for (let i = 0; i < active.length; i++) if (active[i].bottom < r) ended = true;
      if (added || ended) {
        const kept = ended ? active.filter((m) => m.bottom >= r) : active;
        active = added ? kept.concat(added) : kept;
      }
      if (active.length > 0) this.mergesByRow[r - this.top] = active;
    }
  }

  /** The merged area covering (row, col), if any. */
  mergeAt(row: number, col: number): CellRange | undefined {
    const crossing = row >= this.top && row <= this.bottom ? this.mergesByRow[row - this.top] : this.outsideAt(row);
    if (crossing === undefined) return undefined;
    // Overlapping merges are invalid in Excel; were a file to hold them, the one that starts lower wins.
    for (let i = crossing.length - 1; i >= 0; i--) {
      const m = crossing[i];
      if (col >= m.left && col <= m.right) return m;
    }
    return undefined;
  }

  private outsideAt(row: number): CellRange[] | undefined {
    const crossing = this.mergesOutside.filter((m) => row >= m.top && row <= m.bottom);
    return crossing.length > 0 ? crossing : undefined;
  }

  /** True when (row, col) is the top-left cell of its merged area, or not merged: where a value lives. */
  isAnchor(row: number, col: number): boolean {
    const m = this.mergeAt(row, col);
    return m === undefined || (m.top === row && m.left === col);
  }

  /** The first column of the merged area covering (row, col), or `col`. */
  anchorCol(row: number, col: number): number {
    const m = this.mergeAt(row, col);
    return m === undefined ? col : m.left;
  }

  /** The first row of the merged area covering (row, col), or `row`. */
  anchorRow(row: number, col: number): number {
    const m = this.mergeAt(row, col);
    return m === undefined ? row : m.top;
  }

  /** The cell a person means by (row, col): the top-left of its merged area, or itself. */
  anchor(row: number, col: number): { row: number; col: number } {
    const m = this.mergeAt(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** The raw value of exactly this cell (no merge resolution). */
  rawValue(row: number, col: number): CellValue {
    const r = this.data.values[row - this.top];
    if (!r) return null;
    const v = r[col - this.left];
    return v === undefined ? null : v;
  }

  /** The value a person sees at (row, col): merged cells show their area's top-left value. */
  value(row: number, col: number): CellValue {
    // Not through anchor(): this runs for every cell recognition reads, and the pair it returns was garbage.
    const m = this.mergeAt(row, col);
    return m ? this.rawValue(m.top, m.left) : this.rawValue(row, col);
  }

  format(row: number, col: number): string | null {
    const m = this.mergeAt(row, col);
    const f = m ? this.data.formats?.[m.top - this.top]?.[m.left - this.left] : this.data.formats?.[row - this.top]?.[col - this.left];
    return f ?? null;
  }

  formula(row: number, col: number): string | null {
    const f = this.data.formulas?.[row - this.top]?.[col - this.left];
    return f ?? null;
  }

  /** The value as trimmed text ('' for blank), for matching header words and labels. */
  text(row: number, col: number): string {
    const v = this.value(row, col);
    if (v === null || v === undefined) return "";
    return String(v).trim();
  }
}
