/**
 * Readable sheet specs: a worksheet written the way the printed form looks (rows of cells, merges
 * and formats as A1 ranges), turned into GridData for tests, the sample workbook generator and the
 * browser harness. Everything here is pure: helpers return new specs and never mutate their input.
 *
 * Coordinates: `rows[0][0]` sits at `origin` (default A1); `merges`, `formats` and `columnWidths`
 * are absolute sheet coordinates (columnWidths[0] is column A), so a spec can be pasted anywhere
 * by moving its origin and its ranges together (shiftSpec).
 */
import { DEFAULT_COLUMN_WIDTH, parseA1, parseRange, rangeA1, type CellRange, type CellValue, type GridData } from "../../src/core/grid";

/** A cell with an explicit number format or formula (the value is what Excel would have cached). */
export interface CellObject {
  value: CellValue;
  format?: string;
  formula?: string;
}

export type CellSpec = CellValue | CellObject;

export interface SheetSpec {
  name: string;
  /** Where rows[0][0] goes (`A1` when omitted). */
  origin?: string;
  rows: CellSpec[][];
  /** Merged areas, absolute A1 (`A1:H1`). */
  merges: string[];
  /** Number formats by absolute A1 range (`E5:H10` → `#,##0.00`); a cell's own format wins. */
  formats?: Record<string, string>;
  /** Column widths in Excel character units, absolute: index 0 is column A. */
  columnWidths?: number[];
}

export function isCellObject(cell: CellSpec | undefined): cell is CellObject {
  return typeof cell === "object" && cell !== null;
}

export function cellValue(cell: CellSpec | undefined): CellValue {
  if (cell === undefined) return null;
  return isCellObject(cell) ? cell.value : cell;
}

export { parseRange };

export function specOrigin(spec: SheetSpec): { row: number; col: number } {
  return parseA1(spec.origin ?? "A1");
}

export function toGridData(spec: SheetSpec): GridData {
  const origin = specOrigin(spec);
  const height = spec.rows.length;
  const width = spec.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const values: CellValue[][] = spec.rows.map((r) => r.map(cellValue));
  const formats: (string | null)[][] = Array.from({ length: height }, () => Array<string | null>(width).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: height }, () => Array<string | null>(width).fill(null));

  for (const [range, format] of Object.entries(spec.formats ?? {})) {
    const r = parseRange(range);
    for (let row = Math.max(r.top, origin.row); row <= Math.min(r.bottom, origin.row + height - 1); row++) {
      for (let col = Math.max(r.left, origin.col); col <= Math.min(r.right, origin.col + width - 1); col++) {
        formats[row - origin.row][col - origin.col] = format;
      }
    }
  }
  spec.rows.forEach((r, i) =>
    r.forEach((cell, j) => {
      if (!isCellObject(cell)) return;
      if (cell.format !== undefined) formats[i][j] = cell.format;
      if (cell.formula !== undefined) formulas[i][j] = cell.formula;
    }),
  );

  return {
    sheet: spec.name,
    origin,
    values,
    formats,
    formulas,
    merges: spec.merges.map(parseRange),
    ...(spec.columnWidths ? { columnWidths: [...spec.columnWidths] } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Reading a spec by address (tests and variant builders)

/** The cell written at an absolute address (undefined outside the rows). */
export function cellAt(spec: SheetSpec, address: string): CellSpec | undefined {
  const { row, col } = parseA1(address);
  const o = specOrigin(spec);
  return spec.rows[row - o.row]?.[col - o.col];
}

/** Every non-empty cell with its absolute position. */
export function cellsOf(spec: SheetSpec): { row: number; col: number; cell: CellSpec }[] {
  const o = specOrigin(spec);
  const out: { row: number; col: number; cell: CellSpec }[] = [];
  spec.rows.forEach((r, i) =>
    r.forEach((cell, j) => {
      if (cell !== null && cell !== undefined) out.push({ row: o.row + i, col: o.col + j, cell });
    }),
  );
  return out;
}

/** Absolute address of the first cell whose value (as text, trimmed) equals `text`. */
export function findCell(spec: SheetSpec, text: string): string | undefined {
  for (const { row, col, cell } of cellsOf(spec)) {
    const v = cellValue(cell);
    if (v !== null && String(v).trim() === text) return rangeA1({ top: row, left: col, bottom: row, right: col });
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Rebuilding a spec from positioned cells

interface Placed {
  row: number;
  col: number;
  cell: CellSpec;
}

/** Lay positioned cells out as rows from `origin`, keeping at least `minHeight` × `minWidth`. */
function layout(
  spec: SheetSpec,
  cells: Placed[],
  origin: { row: number; col: number },
  minHeight: number,
  minWidth: number,
): SheetSpec {
  let height = minHeight;
  let width = minWidth;
  for (const c of cells) {
    height = Math.max(height, c.row - origin.row + 1);
    width = Math.max(width, c.col - origin.col + 1);
  }
  const rows: CellSpec[][] = Array.from({ length: height }, () => Array<CellSpec>(width).fill(null));
  for (const c of cells) {
    if (c.row < origin.row || c.col < origin.col) throw new Error(`cell above/left of origin at row ${c.row}`);
    rows[c.row - origin.row][c.col - origin.col] = c.cell;
  }
  return { ...spec, origin: rangeA1({ top: origin.row, left: origin.col, bottom: origin.row, right: origin.col }), rows };
}

function specWidth(spec: SheetSpec): number {
  return spec.rows.reduce((w, r) => Math.max(w, r.length), 0);
}

/**
 * Map ranges through monotone row/column maps (null = the line was deleted). A range keeps its
 * surviving lines; one left with nothing (or, for merges, a single cell) disappears.
 */
function remapRange(
  r: CellRange,
  mapRow: (row: number) => number | null,
  mapCol: (col: number) => number | null,
): CellRange | null {
  const rows: number[] = [];
  for (let i = r.top; i <= r.bottom; i++) {
    const m = mapRow(i);
    if (m !== null) rows.push(m);
  }
  const cols: number[] = [];
  for (let j = r.left; j <= r.right; j++) {
    const m = mapCol(j);
    if (m !== null) cols.push(m);
  }
  if (rows.length === 0 || cols.length === 0) return null;
  return { top: rows[0], bottom: rows[rows.length - 1], left: cols[0], right: cols[cols.length - 1] };
}

function remap(
  spec: SheetSpec,
  mapRow: (row: number) => number | null,
  mapCol: (col: number) => number | null,
  mapWidths: (widths: number[]) => number[],
): SheetSpec {
  const o = specOrigin(spec);
  const height = spec.rows.length;
  const width = specWidth(spec);
  const cells: Placed[] = [];
  for (const c of cellsOf(spec)) {
    const row = mapRow(c.row);
    const col = mapCol(c.col);
    if (row !== null && col !== null) cells.push({ row, col, cell: c.cell });
  }
  // The used range keeps its extent (trailing blank rows included), mapped like the cells.
  const area = remapRange({ top: o.row, left: o.col, bottom: o.row + height - 1, right: o.col + width - 1 }, mapRow, mapCol);
  const origin = area ? { row: area.top, col: area.left } : o;
  const merges: string[] = [];
  for (const m of spec.merges) {
    const r = remapRange(parseRange(m), mapRow, mapCol);
    if (r && (r.top !== r.bottom || r.left !== r.right)) merges.push(rangeA1(r));
  }
  let formats: Record<string, string> | undefined;
  if (spec.formats) {
    formats = {};
    for (const [range, format] of Object.entries(spec.formats)) {
      const r = remapRange(parseRange(range), mapRow, mapCol);
      if (r) formats[rangeA1(r)] = format;
    }
  }
  const out = layout(
    { ...spec, merges, ...(formats ? { formats } : {}), ...(spec.columnWidths ? { columnWidths: mapWidths(spec.columnWidths) } : {}) },
    cells,
    origin,
    area ? area.bottom - area.top + 1 : 0,
    area ? area.right - area.left + 1 : 0,
  );
  return out;
}

const same = (n: number): number => n;

/** Move the whole form (cells, merges, formats, widths) down and right. Offsets must keep it on the sheet. */
export function shiftSpec(spec: SheetSpec, rowOffset: number, colOffset: number): SheetSpec {
  const o = specOrigin(spec);
  if (o.row + rowOffset < 0 || o.col + colOffset < 0) throw new Error("shiftSpec would move the form off the sheet");
  return remap(
    spec,
    (r) => r + rowOffset,
    (c) => c + colOffset,
    (widths) =>
      colOffset >= 0
        ? [...Array<number>(colOffset).fill(DEFAULT_COLUMN_WIDTH), ...widths]
        : widths.slice(-colOffset),
  );
}

/** Delete sheet rows (1-based Excel row number, as a person says it); rows below move up, merges shrink. */
export function deleteRows(spec: SheetSpec, excelRow: number, count = 1): SheetSpec {
  const first = excelRow - 1;
  return remap(
    spec,
    (r) => (r < first ? r : r < first + count ? null : r - count),
    same,
    (w) => w,
  );
}

/** Insert blank sheet rows before `excelRow`; merges spanning the gap grow, as in Excel. */
export function insertRows(spec: SheetSpec, excelRow: number, count = 1): SheetSpec {
  const first = excelRow - 1;
  return remap(spec, (r) => (r < first ? r : r + count), same, (w) => w);
}

/** Insert blank columns before `column` (a letter); merges spanning the gap grow. */
export function insertColumns(spec: SheetSpec, column: string, count = 1): SheetSpec {
  const first = parseA1(`${column}1`).col;
  return remap(
    spec,
    same,
    (c) => (c < first ? c : c + count),
    (widths) => [...widths.slice(0, first), ...Array<number>(count).fill(DEFAULT_COLUMN_WIDTH), ...widths.slice(first)],
  );
}

/** Delete columns starting at `column` (a letter); columns to the right move left. */
export function deleteColumns(spec: SheetSpec, column: string, count = 1): SheetSpec {
  const first = parseA1(`${column}1`).col;
  return remap(
    spec,
    same,
    (c) => (c < first ? c : c < first + count ? null : c - count),
    (widths) => [...widths.slice(0, first), ...widths.slice(first + count)],
  );
}

/**
 * Put cells at absolute addresses (`{ A1: "附件3", K4: "备注" }`), growing the used range (and
 * moving its origin up/left) as needed. `null` clears a cell.
 */
export function withCells(spec: SheetSpec, cells: Record<string, CellSpec>): SheetSpec {
  const o = specOrigin(spec);
  const placed = new Map<string, Placed>();
  for (const c of cellsOf(spec)) placed.set(`${c.row},${c.col}`, c);
  let top = o.row;
  let left = o.col;
  for (const [address, cell] of Object.entries(cells)) {
    const { row, col } = parseA1(address);
    top = Math.min(top, row);
    left = Math.min(left, col);
    if (cell === null) placed.delete(`${row},${col}`);
    else placed.set(`${row},${col}`, { row, col, cell });
  }
  const bottom = o.row + spec.rows.length - 1;
  const right = o.col + specWidth(spec) - 1;
  return layout(spec, [...placed.values()], { row: top, col: left }, bottom - top + 1, right - left + 1);
}

/** Apply `fn` to every non-empty cell (by absolute position); return the same cell to keep it. */
export function mapCells(
  spec: SheetSpec,
  fn: (cell: CellSpec, address: string, row: number, col: number) => CellSpec,
): SheetSpec {
  const o = specOrigin(spec);
  return {
    ...spec,
    rows: spec.rows.map((r, i) =>
      r.map((cell, j) => {
        if (cell === null || cell === undefined) return cell ?? null;
        const row = o.row + i;
        const col = o.col + j;
        return fn(cell, rangeA1({ top: row, left: col, bottom: row, right: col }), row, col);
      }),
    ),
  };
}

/** Replace text inside every string cell (`（元）` → `（万元）`). */
export function replaceText(spec: SheetSpec, from: string | RegExp, to: string): SheetSpec {
  return mapCells(spec, (cell) => {
    const v = cellValue(cell);
    if (typeof v !== "string") return cell;
    const next = typeof from === "string" ? v.split(from).join(to) : v.replace(from, to);
    if (next === v) return cell;
    return isCellObject(cell) ? { ...cell, value: next } : next;
  });
}

/** Column letters → width, for writers (`{ A: 10, B: 14 }` style lookups). */
export function columnWidthEntries(spec: SheetSpec): { col: number; width: number }[] {
  return (spec.columnWidths ?? []).map((width, col) => ({ col, width }));
}
