/**
 * The fake host's document: sheets of cells with values, formulas and formats, merged areas,
 * conditional formats, notes and threaded comments, protection. Mutations behave as Excel's do
 * where ziping depends on it (see each method); the proxies in proxies.ts call them at sync time.
 */
import {
  cellCount,
  cellName,
  contains,
  intersects,
  MAX_COLS,
  MAX_ROWS,
  rectName,
  shiftRectForInsert,
  type Rect,
} from "./addresses";
import { evaluate, shiftFormulaRows } from "./formulas";

export type CellValue = string | number | boolean | null;

export interface CellFormat {
  numberFormat: string;
  /** null = no fill (reads back as #FFFFFF through Office.js). */
  fill: string | null;
  bold: boolean;
  /**
   * Range.format.horizontalAlignment ("General": text left, numbers right). Writing values, formulas
   * or a number format leaves it alone; only format operations (copyFrom Formats, an inserted row's
   * formats from the row above) carry it.
   * https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-horizontalalignment-member
   */
  horizontalAlignment: string;
}

export interface FakeCell {
  value: CellValue;
  formula: string | null;
  format: CellFormat;
}

export const DEFAULT_FORMAT: CellFormat = Object.freeze({ numberFormat: "General", fill: null, bold: false, horizontalAlignment: "General" });

const isDefaultFormat = (f: CellFormat): boolean =>
  f.numberFormat === "General" && f.fill === null && !f.bold && f.horizontalAlignment === "General";

/** An error as Office.js raises it (OfficeExtension.Error: `code`, `message`). */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export interface ConditionalFormatState {
  id: string;
  type: "Custom" | "DataBar" | "ColorScale" | "CellValue";
  formula: string;
  fill: string | null;
  ranges: Rect[];
  deleted: boolean;
}

export type AnnotationKind = "comment" | "note";

export interface AnnotationState {
  id: string;
  kind: AnnotationKind;
  row: number;
  col: number;
  content: string;
  author: string;
  /** A thread's replies (threaded comments only). */
  replies: string[];
  deleted: boolean;
}

export interface ChangeRecord {
  sheetId: string;
  address: string;
  changeType: "RangeEdited" | "RowInserted";
  byAddin: boolean;
}

/** Excel's standard column width (8.43 characters of the default Calibri 11) in points. */
export const STANDARD_COLUMN_POINTS = 48;

export class SheetState {
  readonly cells = new Map<number, FakeCell>();
  merges: Rect[] = [];
  conditionalFormats: ConditionalFormatState[] = [];
  annotations: AnnotationState[] = [];
  protected = false;
  /**
   * Column widths in points, by column; a column not listed has Excel's standard width, 8.43
   * characters of Calibri 11 = 64 px = 48 pt. Range.format.columnWidth reads them (null when the
   * range's columns differ):
   * https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-columnwidth-member
   */
  readonly columnWidths = new Map<number, number>();

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  private key(row: number, col: number): number {
    return row * MAX_COLS + col;
  }

  peek(row: number, col: number): FakeCell | undefined {
    return this.cells.get(this.key(row, col));
  }

  cell(row: number, col: number): FakeCell {
    const key = this.key(row, col);
    let c = this.cells.get(key);
    if (!c) {
      c = { value: null, formula: null, format: { ...DEFAULT_FORMAT } };
      this.cells.set(key, c);
    }
    return c;
  }

  entries(): { row: number; col: number; cell: FakeCell }[] {
    return [...this.cells].map(([key, cell]) => ({ row: Math.floor(key / MAX_COLS), col: key % MAX_COLS, cell }));
  }

  columnWidthAt(col: number): number {
    return this.columnWidths.get(col) ?? STANDARD_COLUMN_POINTS;
  }

  formatAt(row: number, col: number): CellFormat {
    return this.peek(row, col)?.format ?? DEFAULT_FORMAT;
  }

  /**
   * The used range: cells with a value or formula (valuesOnly), or also formatted cells; within
   * `within` when given. Null for an empty sheet (getUsedRangeOrNullObject's null object).
   * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrangeornullobject-member(1)
   */
  usedRect(valuesOnly: boolean, within?: Rect): Rect | null {
    let r: Rect | null = null;
    for (const { row, col, cell } of this.entries()) {
      const used = cell.value !== null || cell.formula !== null || (!valuesOnly && !isDefaultFormat(cell.format));
      if (!used) continue;
      if (within && (row < within.top || row > within.bottom || col < within.left || col > within.right)) continue;
      r = r
        ? { top: Math.min(r.top, row), left: Math.min(r.left, col), bottom: Math.max(r.bottom, row), right: Math.max(r.right, col) }
        : { top: row, left: col, bottom: row, right: col };
    }
    return r;
  }

  annotationAt(row: number, col: number): AnnotationState | undefined {
    return this.annotations.find((a) => !a.deleted && a.row === row && a.col === col);
  }
}

function excelDateSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000);
}

/**
 * What Excel stores when a string is entered into a General cell: numbers (with separators or
 * `%`), dates (`3/16`, `2021-3-16`), booleans. Text-formatted cells keep the string.
 */
export function coerceEntry(input: string): { value: CellValue; numberFormat?: string } {
  const s = input.trim();
  if (s === "") return { value: null };
  if (/^(true|false)$/i.test(s)) return { value: s.toUpperCase() === "TRUE" };
  const num = /^([-+]?)(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?(%?)$/.exec(s);
  if (num && (num[2] || num[3])) {
    const n = Number(`${num[1]}${(num[2] ?? "0").replace(/,/g, "")}${num[3] ?? ""}`);
    return num[4] ? { value: n / 100, numberFormat: "0%" } : { value: n };
  }
  const md = /^(\d{1,2})\/(\d{1,2})$/.exec(s);
  if (md && Number(md[1]) >= 1 && Number(md[1]) <= 12 && Number(md[2]) >= 1 && Number(md[2]) <= 31) {
    return { value: excelDateSerial(new Date().getFullYear(), Number(md[1]), Number(md[2])), numberFormat: "m/d" };
  }
  const ymd = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(s);
  if (ymd) return { value: excelDateSerial(Number(ymd[1]), Number(ymd[2]), Number(ymd[3])), numberFormat: "yyyy/m/d" };
  return { value: input };
}

export class WorkbookState {
  readonly sheets: SheetState[] = [];
  /** The add-in's document settings as saved in the workbook (each runtime keeps its own copy). */
  readonly settings = new Map<string, unknown>();
  activeId = "";
  selection: { sheetId: string; rect: Rect } | null = null;
  /** Changes made during the current sync, dispatched as onChanged events after it. */
  changes: ChangeRecord[] = [];
  private ids = 0;

  nextId(prefix: string): string {
    return `{${prefix}-${++this.ids}}`;
  }

  sheetById(id: string): SheetState | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  sheetByName(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  private assertWritable(sheet: SheetState): void {
    if (sheet.protected) {
      throw new FakeOfficeError("AccessDenied", `The sheet '${sheet.name}' is protected; the change was refused.`);
    }
  }

  private record(sheet: SheetState, rect: Rect, changeType: ChangeRecord["changeType"], byAddin: boolean): void {
    this.changes.push({ sheetId: sheet.id, address: rectName(rect), changeType, byAddin });
  }

  private checkShape(rect: Rect, data: unknown[][]): void {
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    if (data.length !== rows || data.some((r) => r.length !== cols)) {
      throw new FakeOfficeError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size of the range ${rectName(rect)}.`);
    }
  }

  /**
   * `values` / `formulas` setters: null leaves a cell alone; text starting with `=`, `+` or `-` makes a
   * formula unless the cell is Text-formatted (`@`).
   * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member
   * A formula written into a Text cell: that page and the `formulas` member's
   * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member)
   * do not say what happens. Typing one there keeps it as its text, and the fake models the API the
   * same, conservative way: it stays text, shows its source and never computes, until the cell's number
   * format is changed *before* the formula is written (changing it afterwards does not re-enter it).
   */
  enter(sheet: SheetState, rect: Rect, data: CellValue[][], byAddin: boolean): void {
    this.assertWritable(sheet);
    this.checkShape(rect, data);
    data.forEach((line, i) =>
      line.forEach((input, j) => {
        if (input === null) return;
        const cell = sheet.cell(rect.top + i, rect.left + j);
        if (typeof input !== "string") {
          cell.value = input;
          cell.formula = null;
        } else if (cell.format.numberFormat === "@") {
          cell.value = input === "" ? null : input;
          cell.formula = null;
        } else if (input.startsWith("=") && input.length > 1) {
          cell.formula = input;
        } else if (/^[+-]/.test(input) && typeof coerceEntry(input).value === "string") {
          // Text that starts with + or - (not a number) is taken as a formula too, as typing it would be.
          // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member
          cell.formula = `=${input}`;
        } else {
          const { value, numberFormat } = coerceEntry(input);
          cell.value = value;
          cell.formula = null;
          if (numberFormat && cell.format.numberFormat === "General") cell.format.numberFormat = numberFormat;
        }
      }),
    );
    this.record(sheet, rect, "RangeEdited", byAddin);
  }

  setNumberFormats(sheet: SheetState, rect: Rect, data: CellValue[][]): void {
    this.assertWritable(sheet);
    this.checkShape(rect, data);
    data.forEach((line, i) =>
      line.forEach((f, j) => {
        if (f === null) return;
        sheet.cell(rect.top + i, rect.left + j).format.numberFormat = String(f);
      }),
    );
  }

  setFill(sheet: SheetState, rect: Rect, color: string | null): void {
    this.assertWritable(sheet);
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) sheet.cell(r, c).format.fill = color === null ? null : color.toUpperCase();
    }
  }

  clearContents(sheet: SheetState, rect: Rect, byAddin: boolean): void {
    this.assertWritable(sheet);
    for (const { row, col, cell } of sheet.entries()) {
      if (row < rect.top || row > rect.bottom || col < rect.left || col > rect.right) continue;
      cell.value = null;
      cell.formula = null;
    }
    this.record(sheet, rect, "RangeEdited", byAddin);
  }

  /** Whole rows only. Cells, merges, conditional formats and annotations below move down; merges and formats across grow; new rows take the formats of the row above. */
  insertRows(sheet: SheetState, rect: Rect, byAddin: boolean): void {
    this.assertWritable(sheet);
    if (rect.left !== 0 || rect.right !== MAX_COLS - 1) {
      throw new Error("fake-excel: only whole-row insertion is modelled");
    }
    const at = rect.top;
    const n = rect.bottom - rect.top + 1;
    const moved = sheet.entries();
    sheet.cells.clear();
    for (const { row, col, cell } of moved) {
      const target = row >= at ? row + n : row;
      if (target < MAX_ROWS) sheet.cells.set(target * MAX_COLS + col, cell);
    }
    if (at > 0) {
      for (const { row, col, cell } of sheet.entries()) {
        if (row !== at - 1 || isDefaultFormat(cell.format)) continue;
        for (let k = 0; k < n; k++) sheet.cell(at + k, col).format = { ...cell.format };
      }
    }
    sheet.merges = sheet.merges.map((m) => shiftRectForInsert(m, at, n));
    // A conditional format's formula is written for its range's top-left cell; its references move
    // with the cells they name, like a cell's formula, so it still says the same of the same cells
    // (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-insert-member(1):
    // the other cells shift to make space).
    for (const cf of sheet.conditionalFormats) {
      cf.ranges = cf.ranges.map((r) => shiftRectForInsert(r, at, n));
      cf.formula = shiftFormulaRows(cf.formula, at, n);
    }
    for (const a of sheet.annotations) if (a.row >= at) a.row += n;
    for (const { cell } of sheet.entries()) if (cell.formula) cell.formula = shiftFormulaRows(cell.formula, at, n);
    this.record(sheet, rect, "RowInserted", byAddin);
  }

  private assertWholeMerges(sheet: SheetState, rect: Rect): void {
    for (const m of sheet.merges) {
      if (intersects(m, rect) && !contains(rect, m)) {
        throw new FakeOfficeError("InvalidOperation", `Cannot change part of a merged cell (${rectName(m)} crosses ${rectName(rect)}).`);
      }
    }
  }

  /** copyFrom(source, "Formats"): number formats, fills, fonts, merged areas and conditional formats, like Paste Special › Formats. */
  copyFormats(sheet: SheetState, dst: Rect, srcSheet: SheetState, src: Rect): void {
    this.assertWritable(sheet);
    const rows = src.bottom - src.top + 1;
    const cols = src.right - src.left + 1;
    if (dst.bottom - dst.top + 1 !== rows || dst.right - dst.left + 1 !== cols) {
      throw new Error("fake-excel: copyFrom is modelled for equal-sized ranges only");
    }
    this.assertWholeMerges(srcSheet, src);
    this.assertWholeMerges(sheet, dst);
    const dr = dst.top - src.top;
    const dc = dst.left - src.left;
    for (let r = src.top; r <= src.bottom; r++) {
      for (let c = src.left; c <= src.right; c++) {
        const format = { ...srcSheet.formatAt(r, c) };
        const target = sheet.peek(r + dr, c + dc);
        if (target || !isDefaultFormat(format)) sheet.cell(r + dr, c + dc).format = format;
      }
    }
    const translate = (m: Rect): Rect => ({ top: m.top + dr, bottom: m.bottom + dr, left: m.left + dc, right: m.right + dc });
    sheet.merges = sheet.merges.filter((m) => !contains(dst, m));
    for (const m of srcSheet.merges) if (contains(src, m)) sheet.merges.push(translate(m));
    for (const cf of srcSheet.conditionalFormats) {
      for (const r of cf.ranges) {
        if (!intersects(r, src)) continue;
        const part = { top: Math.max(r.top, src.top), bottom: Math.min(r.bottom, src.bottom), left: Math.max(r.left, src.left), right: Math.min(r.right, src.right) };
        const copy = translate(part);
        if (srcSheet === sheet) cf.ranges.push(copy);
        else sheet.conditionalFormats.push({ ...cf, id: this.nextId("cf"), ranges: [copy] });
      }
    }
  }

  addConditionalFormat(sheet: SheetState, ranges: Rect[]): ConditionalFormatState {
    this.assertWritable(sheet);
    const cf: ConditionalFormatState = { id: this.nextId("cf"), type: "Custom", formula: "", fill: null, ranges: ranges.map((r) => ({ ...r })), deleted: false };
    // New conditional formats take the top priority.
    sheet.conditionalFormats.unshift(cf);
    return cf;
  }

  deleteConditionalFormat(sheet: SheetState, cf: ConditionalFormatState): void {
    this.assertWritable(sheet);
    if (cf.deleted) throw new FakeOfficeError("ItemNotFound", "The conditional format was deleted.");
    cf.deleted = true;
    sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c !== cf);
  }

  addAnnotation(sheet: SheetState, kind: AnnotationKind, rect: Rect, content: string, author: string): AnnotationState {
    this.assertWritable(sheet);
    if (cellCount(rect) !== 1) throw new FakeOfficeError("InvalidArgument", "A note or comment goes on one cell.");
    if (sheet.annotationAt(rect.top, rect.left)) {
      throw new FakeOfficeError("InvalidArgument", `The cell ${cellName(rect.top, rect.left)} already has a note or comment.`);
    }
    const a: AnnotationState = { id: this.nextId(kind), kind, row: rect.top, col: rect.left, content, author, replies: [], deleted: false };
    sheet.annotations.push(a);
    return a;
  }

  deleteAnnotation(sheet: SheetState, a: AnnotationState): void {
    this.assertWritable(sheet);
    if (a.deleted) throw new FakeOfficeError("ItemNotFound", "The note or comment was deleted.");
    a.deleted = true;
    sheet.annotations = sheet.annotations.filter((x) => x !== a);
  }

  /** Recompute every formula (a few passes settle chains such as 执行率 over the totals row). */
  recalc(): void {
    for (let pass = 0; pass < 3; pass++) {
      for (const sheet of this.sheets) {
        const read = (row: number, col: number): CellValue => sheet.peek(row, col)?.value ?? null;
        for (const { cell } of sheet.entries()) if (cell.formula) cell.value = evaluate(cell.formula, read);
      }
    }
  }
}
