/**
 * Reading one worksheet: everything the engine and the mark diff need is queued here and arrives
 * in the caller's single context.sync() — values, number formats and formulas of the used range,
 * merged areas, protection, and the marks ziping left there earlier (tagged conditional formats,
 * notes/comments isZipingNote recognises).
 */
import { charactersFromPixels, rangeA1, type CellRange, type CellValue, type GridData } from "../core/grid";
import { MAX_SHEET_CELLS } from "../core/limits";
import { MARK_FORMULA_TAG, isZipingNote, type Severity } from "../core/model";
import { rowsAddress } from "./addresses";
import { readStamp, type FormatStamp } from "./stamp";
import type { AnnotationKind, Capabilities } from "./capabilities";
import type {
  HostAnnotation,
  HostCommentCollection,
  HostConditionalFormat,
  HostConditionalFormatCollection,
  HostNoteCollection,
  HostRange,
  HostRangeAreas,
  HostValue,
  HostWorksheet,
} from "./host";

/**
 * A conditional format ziping added; `severity` is null when the tag is there but unreadable, or the
 * rule is empty (a write cut short between adding the format and setting its rule).
 */
export interface TaggedFormat {
  severity: Severity | null;
  format: HostConditionalFormat;
  /** What the format's tag says about the marks it was written with (stamp.ts); null when unstamped. */
  stamp: FormatStamp | null;
}

/** A note or comment on the sheet, without its cell: Office.js gives a location only one sync later. */
export interface ExistingAnnotation {
  kind: AnnotationKind;
  item: HostAnnotation;
  content: string;
  ours: boolean;
}

export interface SheetState {
  id: string;
  name: string;
  protected: boolean;
  grid: GridData;
  formats: TaggedFormat[];
  annotations: ExistingAnnotation[];
  /** The used range (values only); absent on an empty sheet. */
  extent?: { top: number; left: number; bottom: number; right: number };
  /** First row whose merged areas were not read yet (sheets longer than the merge bands). */
  mergesFrom?: number;
}

/**
 * getMergedAreasOrNullObject fails on a range holding more than 512 merged areas and returns only
 * areas whose top-left cell lies inside the range (office-js#3611), so merges are read in bands of
 * whole rows: every area is found exactly once, in the band holding its top-left cell.
 */
export const MERGE_BAND_ROWS = 64;
/** Bands queued with the first read (4,096 rows); a longer used range costs one more sync. */
const MERGE_BANDS = 64;

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export function severityOfFormula(formula: string): Severity | null | undefined {
  if (!formula.includes(MARK_FORMULA_TAG)) return undefined;
  const m = /ziping:(error|warning|info)\b/.exec(formula);
  return m && SEVERITIES.includes(m[1] as Severity) ? (m[1] as Severity) : null;
}

/**
 * The cells read with the first sync: a used range inside these rows and columns comes in one get of
 * at most `cells` cells (MAX_SHEET_CELLS, well under Excel's 5,000,000-cell limit on a get); a used
 * range reaching further is read in blocks once its extent is known.
 */
export const READ_WINDOW = { rows: 20_000, columns: 100, cells: MAX_SHEET_CELLS, address: "A1:CV20000" } as const;

/** Queue the merged areas of rows from..to (0-based, inclusive), in bands of `bandRows`; read them after a sync. */
export function queueMerges(sheet: HostWorksheet, from: number, to: number, bandRows = MERGE_BAND_ROWS): () => CellRange[] {
  const bands: HostRangeAreas[] = [];
  for (let top = from; top <= to; top += bandRows) {
    const areas = sheet.getRange(rowsAddress(top, Math.min(top + bandRows - 1, to))).getMergedAreasOrNullObject();
    areas.load("areaCount");
    // RangeAreas.address may name only top-left cells (office-js#1590); the areas carry real extents.
    areas.areas.load("items/rowIndex, items/columnIndex, items/rowCount, items/columnCount");
    bands.push(areas);
  }
  return () => {
    const merges: CellRange[] = [];
    for (const band of bands) {
      if (band.isNullObject) continue;
      for (const r of band.areas.items) {
        merges.push({ top: r.rowIndex, left: r.columnIndex, bottom: r.rowIndex + r.rowCount - 1, right: r.columnIndex + r.columnCount - 1 });
      }
    }
    return merges;
  };
}

function queueNotes(notes: HostNoteCollection): () => ExistingAnnotation[] {
  notes.load("items/content, items/authorName");
  return () => notes.items.map((item) => ({ kind: "note" as const, item, content: item.content, ours: isZipingNote(item.content) }));
}

/**
 * Threaded comments (where the host has no notes). Deleting a thread deletes every reply in it, so a
 * thread of ziping's that a colleague has answered counts as theirs: never updated, never deleted,
 * and its cell's message stays in the pane.
 * https://learn.microsoft.com/javascript/api/excel/excel.comment#excel-excel-comment-delete-member(1)
 */
function queueThreads(comments: HostCommentCollection): () => ExistingAnnotation[] {
  comments.load("items/content, items/authorName, items/replies/items/id");
  return () =>
    comments.items.map((item) => ({
      kind: "comment" as const,
      item,
      content: item.content,
      ours: isZipingNote(item.content) && item.replies.items.length === 0,
    }));
}

function queueTaggedFormats(formats: HostConditionalFormatCollection): () => TaggedFormat[] {
  // customOrNullObject: a user's data bar or colour scale has no custom rule and must not fail the read.
  formats.load("items/type, items/customOrNullObject/rule/formula");
  return () => {
    const tagged: TaggedFormat[] = [];
    for (const format of formats.items) {
      if (format.type !== "Custom") continue;
      const formula = format.customOrNullObject.rule.formula;
      const severity = severityOfFormula(formula);
      if (severity !== undefined) tagged.push({ severity, format, stamp: readStamp(formula) });
      // A custom format with no rule is one ziping's write was cut short after adding (Excel keeps
      // what a failed batch applied): no one else leaves a rule empty, and it must not outlive 清除标记.
      else if (isEmptyRule(formula)) tagged.push({ severity: null, format, stamp: null });
    }
    return tagged;
  };
}

function isEmptyRule(formula: string | null | undefined): boolean {
  return formula === null || formula === undefined || formula.trim() === "" || formula.trim() === "=";
}

const blankToNull = (v: HostValue): CellValue => (v === "" || v === undefined ? null : v);

/** Values, number formats and formulas of a block of cells. */
export interface CellBlock {
  values: CellValue[][];
  formats: (string | null)[][];
  formulas: (string | null)[][];
}

/**
 * Queue the cells of `range`. Formulas come only for the cells that hold one (special cells): loading
 * `formulas` for every cell would repeat each text a second time in the response, which Excel on the
 * web caps at 5 MB.
 */
function queueCells(range: HostRange): () => CellBlock {
  range.load("values, numberFormat");
  const special = range.getSpecialCellsOrNullObject("Formulas");
  special.load("areaCount");
  special.areas.load("items/rowIndex, items/columnIndex, items/formulas");
  return () => {
    const values = range.values.map((row) => row.map(blankToNull));
    const formats = range.numberFormat.map((row) => row.map((f) => (typeof f === "string" ? f : null)));
    const isFormula = (f: HostValue): f is string => typeof f === "string" && f.startsWith("=");
    const formulas: (string | null)[][] = values.map((row) => row.map(() => null));
    if (!special.isNullObject) {
      for (const area of special.areas.items) {
        area.formulas.forEach((row, i) =>
          row.forEach((f, j) => {
            const r = area.rowIndex + i - range.rowIndex;
            const c = area.columnIndex + j - range.columnIndex;
            if (isFormula(f) && formulas[r] && c >= 0 && c < formulas[r].length) formulas[r][c] = f;
          }),
        );
      }
    }
    return { values, formats, formulas };
  };
}

/** Queue the cells of sheet rows top..bottom within columns left..right (a block of a large sheet). */
export function queueCellBlock(
  sheet: HostWorksheet,
  area: { top: number; bottom: number; left: number; right: number },
): () => CellBlock {
  const range = sheet.getRange(rangeA1(area));
  range.load("rowIndex, columnIndex");
  return queueCells(range);
}

/** Columns whose widths are read (A … Z): the 校验摘要 block sits under a form's first columns. */
const WIDTH_COLUMNS = 26;

/**
 * Queue the widths of columns A … Z; read them after a sync, in Excel's character units as GridData
 * keeps them. Office.js gives points, 0.75 of a pixel (48 pt = 64 px = 8.43 characters).
 * https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-columnwidth-member
 */
function queueColumnWidths(sheet: HostWorksheet): () => (number | null)[] {
  const formats = Array.from({ length: WIDTH_COLUMNS }, (_, col) => {
    const letter = String.fromCharCode(65 + col);
    return sheet.getRange(`${letter}:${letter}`).format.load("columnWidth");
  });
  return () =>
    formats.map((f) => (typeof f.columnWidth === "number" ? Math.round(charactersFromPixels(f.columnWidth / 0.75) * 100) / 100 : null));
}

/** Excel on the web refused a response (or request) over its size cap. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" && /PayloadSizeLimitExceeded$/.test(code);
}

/**
 * Queue the read of `sheet`; call the returned function after the caller's sync. Without `cells`,
 * only the used range's extent is read (the caller then reads the cells in blocks); without
 * `merges`, the grid has none (clearing marks needs neither).
 */
export function queueSheetRead(
  sheet: HostWorksheet,
  caps: Capabilities,
  { cells = true, merges: withMerges = true } = {},
): () => SheetState {
  sheet.load("name, id");
  sheet.protection.load("protected");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex, columnIndex, rowCount, columnCount");
  // The used cells inside the window: the whole used range whenever it fits (readSheets checks).
  const windowed = cells ? sheet.getRange(READ_WINDOW.address).getUsedRangeOrNullObject(true) : null;
  windowed?.load("rowIndex, columnIndex");
  const block = windowed ? queueCells(windowed) : null;
  const widths = cells ? queueColumnWidths(sheet) : null;
  const merges = withMerges ? queueMerges(sheet, 0, MERGE_BAND_ROWS * MERGE_BANDS - 1) : () => [];
  // The whole sheet's collection: every conditional format that intersects it.
  const formats = queueTaggedFormats(sheet.getRange().conditionalFormats);
  const annotationReads: (() => ExistingAnnotation[])[] = [];
  if (caps.notes) annotationReads.push(queueNotes(sheet.notes));
  // A cell holds a note or a thread, not both: threads must be seen even when ziping writes notes.
  annotationReads.push(queueThreads(sheet.comments));

  return () => {
    const isProtected = sheet.protection.protected;
    let grid: GridData = { sheet: sheet.name, origin: { row: 0, col: 0 }, values: [], formats: [], formulas: [], merges: [], protected: isProtected };
    let extent: SheetState["extent"];
    let mergesFrom: number | undefined;
    if (!used.isNullObject) {
      extent = { top: used.rowIndex, left: used.columnIndex, bottom: used.rowIndex + used.rowCount - 1, right: used.columnIndex + used.columnCount - 1 };
      const inWindow = block && windowed && !windowed.isNullObject;
      const cellsRead = inWindow ? block() : { values: [], formats: [], formulas: [] };
      const origin = inWindow ? { row: windowed.rowIndex, col: windowed.columnIndex } : { row: used.rowIndex, col: used.columnIndex };
      grid = { ...grid, origin, ...cellsRead, merges: merges(), ...(widths ? { columnWidths: widths() } : {}) };
      if (withMerges && extent.bottom >= MERGE_BAND_ROWS * MERGE_BANDS) mergesFrom = MERGE_BAND_ROWS * MERGE_BANDS;
    }
    return {
      id: sheet.id,
      name: sheet.name,
      protected: isProtected,
      grid,
      formats: formats(),
      annotations: annotationReads.flatMap((read) => read()),
      ...(extent ? { extent } : {}),
      ...(mergesFrom !== undefined ? { mergesFrom } : {}),
    };
  };
}
