/**
 * The exceljs side of reading: an .xlsx file (or its bytes) → one GridData per worksheet, the same
 * plain data the Office.js adapter builds, so the engine sees a file exactly as it sees the open
 * workbook. Values are what Excel stores (a formula's cached result, a date's serial number), never
 * the displayed text.
 */
import { readFileSync, statSync } from "fs";
import type ExcelJS from "exceljs";
import { Workbook } from "./exceljs";
import { parseRange, type CellValue, type GridData } from "../core/grid";
import { droppedParts, type DroppedPart } from "./dropped-parts";
import { fromFileFormula } from "./future-functions";
import { ValueType } from "./internals";
import { DEFAULT_LIMITS, type ReadLimits } from "./limits";
import { fail, ProblemError } from "../core/problem";
import { readXls } from "./read-xls";
import { gridFromRawSheet, WIDTH_COLUMNS, type RawCell } from "./raw-grid";
import { storedZip } from "./stored-zip";
import { checkZipBounds } from "./zip-bounds";

export type { DroppedPart } from "./dropped-parts";
export { DEFAULT_LIMITS, type ReadLimits } from "./limits";

export interface ReadOptions {
  /** Tighter (or, for tests, looser) bounds than DEFAULT_LIMITS. */
  limits?: Partial<ReadLimits>;
}

function limitsOf(options: ReadOptions): ReadLimits {
  return { ...DEFAULT_LIMITS, ...options.limits };
}

export interface ReadResult {
  sheets: GridData[];
  /** The loaded workbook, for writing an annotated copy without reading the file twice. */
  workbook: ExcelJS.Workbook;
  /** What the file holds that a copy written by exceljs would not (charts, pivot tables, …). */
  dropped: DroppedPart[];
}

/** An .xlsx workbook, read to be checked and annotated. */
export async function readWorkbook(source: string | Buffer, options: ReadOptions = {}): Promise<ReadResult> {
  const limits = limitsOf(options);
  const { workbook, dropped } = await openPackage(await loadBytes(source, limits), limits);
  return { sheets: workbook.worksheets.map((ws) => sheetToGrid(ws, limits)), workbook, dropped };
}

/**
 * A submission as reviewers receive it: an .xlsx, checked and annotatable, or an Excel 97–2003 .xls,
 * checked only (`workbook` null: annotated copies are written for .xlsx files only). WPS's own .et
 * is refused with the way out (save it as .xlsx or .xls): no parser at hand reads it.
 */
export type Submission = ({ format: "xlsx" } & ReadResult) | { format: "xls"; sheets: GridData[]; workbook: null; dropped: DroppedPart[] };

export async function readSubmission(source: string | Buffer, options: ReadOptions = {}): Promise<Submission> {
  const limits = limitsOf(options);
  const bytes = await loadBytes(source, limits);
  if (typeof source === "string" && WPS_EXTENSION.test(source)) throw fail("wps-et", {});
  if (isCompoundFile(bytes) && !isEncrypted(bytes)) return { format: "xls", sheets: readXls(bytes, limits), workbook: null, dropped: [] };
  const { workbook, dropped } = await openPackage(bytes, limits);
  return { format: "xlsx", sheets: workbook.worksheets.map((ws) => sheetToGrid(ws, limits)), workbook, dropped };
}

/** WPS Spreadsheets' own formats: .et workbooks and .ett templates. */
const WPS_EXTENSION = /\.ett?$/i;

const ZIP_SIGNATURES = [Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from([0x50, 0x4b, 0x05, 0x06])];
/** OLE compound file: legacy .xls, or an encrypted .xlsx wrapped by Office. */
const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

async function loadBytes(source: string | Buffer, limits: ReadLimits): Promise<Buffer> {
  const bytes = typeof source === "string" ? await readBytes(source, limits) : source;
  checkFileSize(bytes.length, limits);
  return bytes;
}

function isCompoundFile(bytes: Buffer): boolean {
  return bytes.subarray(0, 8).equals(CFB_SIGNATURE);
}

/** Office encrypts an .xlsx (and an .xls with a password to open) inside a compound file with these streams. */
function isEncrypted(bytes: Buffer): boolean {
  return bytes.includes(Buffer.from("EncryptionInfo", "utf16le")) || bytes.includes(Buffer.from("EncryptedPackage", "utf16le"));
}

async function openPackage(bytes: Buffer, limits: ReadLimits): Promise<Omit<ReadResult, "sheets">> {
  if (isCompoundFile(bytes)) throw fail(isEncrypted(bytes) ? "encrypted" : "legacy-xls", {});
  if (!ZIP_SIGNATURES.some((sig) => bytes.subarray(0, 4).equals(sig))) {
    throw fail("not-xlsx", {});
  }
  // Before exceljs sees anything: a zip bomb is refused here, unread.
  const parts = checkZipBounds(bytes, limits);
  const dropped = droppedParts(
    parts.map((p) => p.name),
    parts.find((p) => p.name === "xl/workbook.xml")?.data?.toString("utf8") ?? null,
  );
  const stored = storedZip(bytes, parts);
  // The inflated parts are in `stored` now; let them go before exceljs builds its own copies.
  parts.length = 0;
  const workbook = new Workbook();
  try {
    // exceljs's typings ask for its own Buffer alias; a Node Buffer is what it reads.
    await workbook.xlsx.load(stored as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw fail("corrupted", { damage: "package", detail: error instanceof Error ? error.message : String(error) }, error);
  }
  if (workbook.worksheets.length === 0) {
    // A zip that is some other package (a .docx, a plain archive) loads as a workbook without sheets.
    throw fail("no-sheets", {});
  }
  return { workbook, dropped };
}

function checkFileSize(size: number, limits: ReadLimits): void {
  if (size <= limits.fileBytes) return;
  throw fail("too-large", { limit: "file", bytes: size, max: limits.fileBytes });
}

async function readBytes(path: string, limits: ReadLimits): Promise<Buffer> {
  try {
    // Synchronously: the command reads in a worker thread that has nothing else to do meanwhile, and
    // fs.promises.readFile's trips through libuv's pool left that thread idle for a sixth of a small
    // form's time (bench/cli.ts, profiled with --cpu-prof).
    const stat = statSync(path);
    if (!stat.isFile()) throw fail("not-a-file", {});
    // Refused by its size before it is read into memory.
    checkFileSize(stat.size, limits);
    return readFileSync(path);
  } catch (error) {
    if (error instanceof ProblemError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw fail("not-found", {}, error);
    throw error;
  }
}

const MS_PER_DAY = 86400000;
/** 1970-01-01 as an Excel (1900 date system) serial number. */
const UNIX_EPOCH_SERIAL = 25569;

/** A date as the serial number Excel stores in the 1900 date system (exceljs hands dates back as UTC). */
function dateToSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

function richTextToString(value: { richText: { text: string }[] }): string {
  return value.richText.map((run) => run.text).join("");
}

/** An exceljs value (or formula result) → the raw value a GridData holds. */
function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (typeof v.error === "string") return v.error;
    if (Array.isArray(v.richText)) return richTextToString(v as { richText: { text: string }[] });
    if ("hyperlink" in v) return plainValue(v.text);
    if ("formula" in v || "sharedFormula" in v) return plainValue(v.result);
  }
  throw new Error(`unexpected cell value from exceljs: ${JSON.stringify(value)}`);
}

function cellValue(cell: ExcelJS.Cell): CellValue {
  switch (cell.type as number) {
    case ValueType.Null:
    case ValueType.Merge: // the area's value lives in its top-left cell only, as in Excel
      return null;
    case ValueType.Formula:
      // `cell.value` drops a cached result of 0 or ''; `cell.result` does not.
      return plainValue(cell.result);
    default:
      return plainValue(cell.value);
  }
}


export function sheetToGrid(ws: ExcelJS.Worksheet, limits: Pick<ReadLimits, "sheetCells"> = DEFAULT_LIMITS): GridData {
  const merges = ((ws.model as unknown as { merges?: string[] }).merges ?? []).map(parseRange);
  const cells: RawCell[] = [];
  const hiddenRows: number[] = [];
  // findRow, not eachRow({includeEmpty}): reading must not create rows in the workbook.
  for (let rowNumber = 1; rowNumber <= ws.rowCount; rowNumber++) {
    const row = ws.findRow(rowNumber);
    if (!row) continue;
    if (row.hidden) hiddenRows.push(rowNumber - 1);
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = cellValue(cell);
      const formula = cell.type === (ValueType.Formula as number) && cell.formula ? `=${fromFileFormula(cell.formula)}` : null;
      if (value === null && formula === null) return;
      cells.push({ row: rowNumber - 1, col: colNumber - 1, value, format: cell.numFmt || "General", formula });
    });
  }

  const hiddenCols: number[] = [];
  const cols = (ws.model as unknown as { cols?: { min: number; max: number; hidden?: boolean; width?: number }[] }).cols ?? [];
  for (const c of cols) if (c.hidden) for (let i = c.min; i <= c.max; i++) hiddenCols.push(i - 1);
  // `<col width>` is in character units already (ECMA-376 §18.3.1.13); a column without one has the default.
  const columnWidths: (number | null)[] = [];
  for (const c of cols) {
    if (typeof c.width !== "number") continue;
    for (let i = c.min; i <= Math.min(c.max, WIDTH_COLUMNS); i++) columnWidths[i - 1] = c.hidden ? 0 : c.width;
  }

  const grid = gridFromRawSheet({ name: ws.name, cells, merges, hiddenRows, hiddenCols, protected: isProtected(ws), columnWidths }, limits);
  addBlankCellFormats(ws, grid);
  return grid;
}

/**
 * The number formats of blank cells inside the grid, as Excel's Range.numberFormat reports them for
 * every cell of a range: a blank 金额合计 cell formatted as Text (@) is where the plan writes a formula
 * that would not compute, and it must see that on the first write, as it does in the open workbook.
 * General is left as null, the grid's word for it.
 */
function addBlankCellFormats(ws: ExcelJS.Worksheet, grid: GridData): void {
  const { row: top, col: left } = grid.origin;
  const formats = grid.formats ?? [];
  for (let i = 0; i < formats.length; i++) {
    const row = ws.findRow(top + i + 1);
    if (!row) continue;
    const line = formats[i];
    for (let j = 0; j < line.length; j++) {
      if (line[j] !== null) continue;
      const numFmt = row.findCell(left + j + 1)?.numFmt;
      if (numFmt && numFmt !== "General") line[j] = numFmt;
    }
  }
}

/** exceljs keeps `<sheetProtection sheet="1">` as `sheetProtection.sheet` (untyped). */
function isProtected(ws: ExcelJS.Worksheet): boolean {
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  return Boolean(protection && protection.sheet);
}
