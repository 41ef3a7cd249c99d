/**
 * The few exceljs internals this adapter relies on, typed in one place. exceljs 4.4 keeps conditional
 * formats as a plain array and a cell's note in `_comment`, but its typings expose neither; deleting a
 * note has no public API at all (assigning `note = undefined` writes an empty note). Keep every such
 * access here so an exceljs upgrade has one file to check.
 */
import type ExcelJS from "exceljs";

export interface ConditionalFormattingModel {
  ref: string;
  rules: ConditionalRuleModel[];
}

export interface ConditionalRuleModel {
  type: string;
  priority?: number;
  formulae?: unknown[];
  style?: Partial<ExcelJS.Style>;
  [key: string]: unknown;
}

interface WorksheetInternals {
  conditionalFormattings: ConditionalFormattingModel[];
}

interface CellInternals {
  _comment?: unknown;
}

export function conditionalFormattings(ws: ExcelJS.Worksheet): ConditionalFormattingModel[] {
  const internals = ws as unknown as WorksheetInternals;
  if (!Array.isArray(internals.conditionalFormattings)) internals.conditionalFormattings = [];
  return internals.conditionalFormattings;
}

export function setConditionalFormattings(ws: ExcelJS.Worksheet, list: ConditionalFormattingModel[]): void {
  (ws as unknown as WorksheetInternals).conditionalFormattings = list;
}

export function deleteNote(cell: ExcelJS.Cell): void {
  (cell as unknown as CellInternals)._comment = undefined;
  // Cell.model's getter copies the note onto the value's own model object, where the writer would
  // still find it; drop it there too.
  delete cellModel(cell).comment;
}

/** The plain text of a note, whether exceljs holds it as a string or as rich text runs. */
export function noteText(cell: ExcelJS.Cell): string | null {
  const note = cell.note as unknown;
  if (note === undefined || note === null) return null;
  if (typeof note === "string") return note;
  const texts = (note as { texts?: { text?: unknown }[] }).texts;
  if (Array.isArray(texts)) return texts.map((t) => (typeof t.text === "string" ? t.text : "")).join("");
  return "";
}

/** Cell and row models as `Worksheet.model` returns them (exceljs types them loosely). */
export interface CellModel {
  address: string;
  type: number;
  value?: unknown;
  formula?: string;
  sharedFormula?: string;
  shareType?: string;
  ref?: string;
  result?: unknown;
  master?: string;
  style?: Partial<ExcelJS.Style>;
  comment?: unknown;
  [key: string]: unknown;
}

export interface RowModel {
  number: number;
  cells: CellModel[];
  min?: number;
  max?: number;
  height?: number;
  style?: Partial<ExcelJS.Style>;
  hidden?: boolean;
  outlineLevel?: number;
  collapsed?: boolean;
}

export interface AnchorModel {
  nativeCol: number;
  nativeColOff: number;
  nativeRow: number;
  nativeRowOff: number;
}

export interface MediaModel {
  type: string;
  imageId: string;
  range?: { tl?: AnchorModel; br?: AnchorModel; [key: string]: unknown };
  [key: string]: unknown;
}

export interface SheetModel {
  name: string;
  rows: RowModel[];
  merges: string[];
  /** What the model setter reads merges from (the getter calls them `merges`). */
  mergeCells?: string[];
  conditionalFormattings: ConditionalFormattingModel[];
  dataValidations: Record<string, { formulae?: unknown[]; [key: string]: unknown } | undefined>;
  media: MediaModel[];
  [key: string]: unknown;
}

export function sheetModel(ws: ExcelJS.Worksheet): SheetModel {
  return ws.model as unknown as SheetModel;
}

export function setSheetModel(ws: ExcelJS.Worksheet, model: SheetModel): void {
  (ws as unknown as { model: SheetModel }).model = model;
}

/** exceljs ValueType numbers (Enums.ValueType), as they appear in cell models. */
export const ValueType = {
  Null: 0,
  Merge: 1,
  Number: 2,
  String: 3,
  Date: 4,
  Hyperlink: 5,
  Formula: 6,
  SharedString: 7,
  RichText: 8,
  Boolean: 9,
  Error: 10,
} as const;

/** A cell's full model (value, formula, result, style, note); its setter keeps a formula result of 0. */
export function cellModel(cell: ExcelJS.Cell): CellModel {
  return (cell as unknown as { model: CellModel }).model;
}

export function setCellModel(cell: ExcelJS.Cell, model: CellModel): void {
  (cell as unknown as { model: CellModel }).model = model;
}
