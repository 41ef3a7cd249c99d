/**
 * A fake Excel host for the Office.js adapter: `fake.run` stands in for Excel.run, `fake.supports`
 * for Office's requirement-set check. It counts context.sync() calls (a sync with nothing queued
 * costs no round trip in Office.js, but is counted here all the same), applies queued commands at
 * sync time in order (stopping at the first failure, without rolling back, as Excel does), fires
 * onChanged events after a sync, enforces protection, cell-edit mode, API versions and the 5 MB
 * response cap of Excel on the web, and can fail a chosen sync. No Node-only modules: the browser
 * harness bundles it too.
 */
import type { GridData } from "../../../src/core/grid";
import type { LibraryHas } from "../../../src/excel/capabilities";
import type { SettingsHost } from "../../../src/excel/document-settings";
import type { HostChangedEventArgs, HostContext, HostRun } from "../../../src/excel/host";
import { cellName, contains, parseRect, rectName, splitSheet, type Rect } from "./addresses";
import { evaluate } from "./formulas";
import { moveCondition } from "../../../src/core/plan";
import { FakeRequestContext, type ChangeHandler, type FakeHostAccess, type HandlerScope, type QueuedOp } from "./proxies";
import {
  DEFAULT_FORMAT,
  FakeOfficeError,
  SheetState,
  WorkbookState,
  type AnnotationKind,
  type CellFormat,
  type CellValue,
} from "./workbook";

export { FakeOfficeError } from "./workbook";
export type { CellFormat, CellValue, SheetState } from "./workbook";

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set the host supports (default 1.18). */
  apiVersion?: string;
  /** Office.context.displayLanguage (default zh-CN). */
  displayLanguage?: string;
  /** Bytes a sync may load (Excel on the web: 5 MB); Infinity models the desktop. */
  payloadLimit?: number;
  /** Author of notes and comments the add-in writes. */
  author?: string;
  /**
   * The office.js the add-in loaded: whether it implements `Excel.<className>.prototype.<member>`.
   * Default: one that implements everything (the CDN's current build); the requirement sets answer
   * from the host, independently (isSetSupported).
   */
  library?: LibraryHas;
}

export interface SheetSetup {
  /** Values, number formats, formulas and merges (the grid's origin is honoured). */
  grid?: GridData;
  /** Cell fills the user applied: `{ "A1": "#FFFF00", "E5:H9": "#DDEEFF" }`. */
  fills?: Record<string, string>;
  bold?: string[];
  /** Horizontal alignments the user set: `{ "E5:H10": "Right" }`. */
  alignments?: Record<string, string>;
  /** The user's own notes and threaded comments. */
  notes?: Record<string, string>;
  comments?: Record<string, string>;
  protected?: boolean;
}

export interface SyncFailure {
  code: string;
  message?: string;
  /** Commands that change the document applied before the failure (Excel does not roll them back). */
  afterWrites?: number;
  /** Syncs (carrying commands) that succeed first: 1 lets a read through and fails the write. */
  afterSyncs?: number;
}

export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

function versionAtLeast(have: string, want: string): boolean {
  const [hm, hn] = have.split(".").map(Number);
  const [wm, wn] = want.split(".").map(Number);
  return hm > wm || (hm === wm && hn >= wn);
}

function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

export class FakeExcel implements FakeHostAccess {
  readonly doc = new WorkbookState();
  readonly apiVersion: string;
  readonly displayLanguage: string;
  readonly author: string;
  readonly payloadLimit: number;
  /** context.sync() calls since creation or the last resetSyncCount(). */
  syncCount = 0;
  /**
   * The user's undo stack, newest last: Excel keeps what the add-in's API calls write on the same stack
   * as the user's own edits, so Ctrl+Z steps back through both. Each sync that changed the document is
   * one entry (without mergeUndoGroup, ExcelApi 1.20, each sync is undone on its own).
   * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities
   */
  readonly undoStack: { by: "addin" | "user"; writes: number }[] = [];
  /** Errors thrown by event handlers (Office would only log them; tests assert there are none). */
  readonly handlerErrors: unknown[] = [];
  private cellEditMode = false;
  private cellEditCode = "InvalidOperationInCellEditMode";
  private failures: SyncFailure[] = [];
  private handlers = new Map<number, { scope: HandlerScope; handler: ChangeHandler }>();
  private handlerIds = 0;
  private payloadBytes = 0;

  constructor(options: FakeExcelOptions = {}) {
    this.apiVersion = options.apiVersion ?? "1.18";
    this.displayLanguage = options.displayLanguage ?? "zh-CN";
    this.author = options.author ?? "ziping";
    this.payloadLimit = options.payloadLimit ?? WEB_PAYLOAD_LIMIT;
    this.libraryHas = options.library ?? (() => true);
  }

  /** Excel.run: a fresh context per batch; commands still queued when the batch ends go in one last sync, as Office.js does. */
  readonly run: HostRun = async <T>(batch: (context: HostContext) => Promise<T>): Promise<T> => {
    const context = new FakeRequestContext(this);
    const result = await batch(context);
    if (context.pending > 0) await context.sync();
    return result;
  };

  /** What the loaded office.js implements (FakeExcelOptions.library). */
  readonly libraryHas: LibraryHas;

  /** Office.context.requirements.isSetSupported. */
  readonly supports = (name: string, version: string): boolean => name === "ExcelApi" && versionAtLeast(this.apiVersion, version);

  // -------------------------------------------------------------------------------------------
  // Setting up

  addSheet(name: string, setup: SheetSetup = {}): SheetState {
    if (this.doc.sheetByName(name)) throw new Error(`fake-excel: a sheet named ${name} exists`);
    const sheet = new SheetState(this.doc.nextId("sheet"), name);
    this.doc.sheets.push(sheet);
    if (!this.doc.activeId) this.doc.activeId = sheet.id;
    const { grid } = setup;
    if (grid) {
      grid.values.forEach((row, i) =>
        row.forEach((value, j) => {
          const r = grid.origin.row + i;
          const c = grid.origin.col + j;
          const formula = grid.formulas?.[i]?.[j] ?? null;
          const format = grid.formats?.[i]?.[j];
          if (value === null && !formula && (!format || format === "General")) return;
          const cell = sheet.cell(r, c);
          cell.value = value === undefined ? null : value;
          cell.formula = formula;
          if (format) cell.format.numberFormat = format;
        }),
      );
      // Formats can reach past the values (a formatted but empty column).
      grid.formats?.forEach((row, i) =>
        row.forEach((format, j) => {
          if (format && format !== "General") sheet.cell(grid.origin.row + i, grid.origin.col + j).format.numberFormat = format;
        }),
      );
      sheet.merges = grid.merges.map((m) => ({ ...m }));
      // A grid gives widths in characters; Excel keeps them as pixels of the default font (7 per
      // character plus 5 of padding), which Office.js reports in points (0.75 of a pixel).
      grid.columnWidths?.forEach((chars, col) => {
        if (typeof chars === "number") sheet.columnWidths.set(col, Math.round((chars * 7 + 5) * 0.75 * 100) / 100);
      });
    }
    for (const [address, color] of Object.entries(setup.fills ?? {})) {
      const rect = parseRect(address);
      for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) sheet.cell(r, c).format.fill = color.toUpperCase();
    }
    for (const [address, alignment] of Object.entries(setup.alignments ?? {})) {
      const rect = parseRect(address);
      for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) sheet.cell(r, c).format.horizontalAlignment = alignment;
    }
    for (const address of setup.bold ?? []) {
      const rect = parseRect(address);
      for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) sheet.cell(r, c).format.bold = true;
    }
    const annotate = (kind: AnnotationKind, entries: Record<string, string>): void => {
      for (const [address, content] of Object.entries(entries)) {
        const { top, left } = parseRect(address);
        sheet.annotations.push({ id: this.doc.nextId(kind), kind, row: top, col: left, content, author: "用户", replies: [], deleted: false });
      }
    };
    annotate("note", setup.notes ?? {});
    annotate("comment", setup.comments ?? {});
    sheet.protected = setup.protected ?? false;
    return sheet;
  }

  activate(name: string): void {
    this.doc.activeId = this.sheet(name).id;
  }

  protect(name: string, on = true): void {
    this.sheet(name).protected = on;
  }

  /**
   * While on, every sync that carries commands fails, with InvalidOperationInCellEditMode or (as the
   * docs also name it) InvalidOperation with a message about edit mode.
   * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
   */
  setCellEditMode(on: boolean, code: "InvalidOperationInCellEditMode" | "InvalidOperation" = "InvalidOperationInCellEditMode"): void {
    this.cellEditMode = on;
    this.cellEditCode = code;
  }

  /** The next sync that carries commands fails as described (queue several for several syncs). */
  failNextSync(failure: SyncFailure): void {
    this.failures.push(failure);
  }

  /** Add-in writes on the undo stack since the user's last edit (what Ctrl+Z would take back first). */
  get addinWritesSinceUserEdit(): number {
    let n = 0;
    for (let i = this.undoStack.length - 1; i >= 0 && this.undoStack[i].by === "addin"; i--) n += this.undoStack[i].writes;
    return n;
  }

  resetSyncCount(): void {
    this.syncCount = 0;
  }

  /** The user types `value` into a cell (formulas start with `=`): the sheet changes and onChanged fires. */
  userEdit(sheetName: string, address: string, value: CellValue): void {
    const sheet = this.sheet(sheetName);
    this.doc.changes = [];
    const rect = parseRect(address);
    this.doc.enter(sheet, rect, [[value === null ? "" : value]], false);
    this.undoStack.push({ by: "user", writes: 1 });
    this.doc.recalc();
    this.dispatch();
  }

  /** A colleague replies to the thread on a cell (threaded comments keep their replies with them). */
  reply(sheetName: string, address: string, content: string): void {
    const { top, left } = parseRect(address);
    const thread = this.sheet(sheetName).annotationAt(top, left);
    if (!thread || thread.kind !== "comment") throw new Error(`fake-excel: no thread at ${address}`);
    thread.replies.push(content);
  }

  /** The replies of the thread on a cell ([] when there is none). */
  replies(sheetName: string, address: string): string[] {
    const { top, left } = parseRect(address);
    return [...(this.sheet(sheetName).annotationAt(top, left)?.replies ?? [])];
  }

  /**
   * Office.context.document.settings as one runtime sees it. The pane and the ribbon's function file
   * run in separate runtimes that share only the workbook: each loads the saved settings when it
   * starts and sees the other's saves only after refreshAsync.
   * https://learn.microsoft.com/office/dev/add-ins/testing/runtimes
   * https://learn.microsoft.com/javascript/api/office/office.settings
   */
  runtimeSettings(): SettingsHost {
    const saved = this.doc.settings;
    let copy = new Map(saved);
    const ok = (callback: (result: { status: unknown }) => void): void => void setTimeout(() => callback({ status: "succeeded" }), 0);
    return {
      get: (name) => (copy.has(name) ? structuredClone(copy.get(name)) : null),
      set: (name, value) => void copy.set(name, structuredClone(value)),
      saveAsync: (callback) => {
        saved.clear();
        for (const [k, v] of copy) saved.set(k, v);
        ok(callback);
      },
      refreshAsync: (callback) => {
        copy = new Map(saved);
        ok(callback);
      },
    };
  }

  // -------------------------------------------------------------------------------------------
  // Looking at the document

  sheet(name: string): SheetState {
    const s = this.doc.sheetByName(name);
    if (!s) throw new Error(`fake-excel: no sheet ${name}`);
    return s;
  }

  get activeSheet(): SheetState {
    return this.doc.sheetById(this.doc.activeId)!;
  }

  get selection(): { sheet: string; address: string } | null {
    const s = this.doc.selection;
    return s ? { sheet: this.doc.sheetById(s.sheetId)!.name, address: rectName(s.rect) } : null;
  }

  cell(sheetName: string, address: string): { value: CellValue; formula: string | null; format: CellFormat } {
    const { top, left } = parseRect(splitSheet(address).ref);
    const c = this.sheet(sheetName).peek(top, left);
    return { value: c?.value ?? null, formula: c?.formula ?? null, format: { ...(c?.format ?? DEFAULT_FORMAT) } };
  }

  /** Every cell's own format that differs from Excel's default, by address. */
  formats(sheetName: string): Record<string, CellFormat> {
    const out: Record<string, CellFormat> = {};
    for (const { row, col, cell } of this.sheet(sheetName).entries()) {
      const f = cell.format;
      if (f.numberFormat !== "General" || f.fill !== null || f.bold) out[cellName(row, col)] = { ...f };
    }
    return out;
  }

  /** Values and formulas by address (non-empty cells only). */
  contents(sheetName: string): Record<string, { value: CellValue; formula: string | null }> {
    const out: Record<string, { value: CellValue; formula: string | null }> = {};
    for (const { row, col, cell } of this.sheet(sheetName).entries()) {
      if (cell.value !== null || cell.formula !== null) out[cellName(row, col)] = { value: cell.value, formula: cell.formula };
    }
    return out;
  }

  conditionalFormats(sheetName: string): { formula: string; fill: string | null; address: string }[] {
    return this.sheet(sheetName).conditionalFormats.map((cf) => ({
      formula: cf.formula,
      fill: cf.fill,
      address: cf.ranges.map(rectName).join(", "),
    }));
  }

  annotations(sheetName: string): { address: string; kind: AnnotationKind; content: string; author: string }[] {
    return this.sheet(sheetName)
      .annotations.map((a) => ({ address: cellName(a.row, a.col), kind: a.kind, content: a.content, author: a.author }))
      .sort((x, y) => x.address.localeCompare(y.address, "en", { numeric: true }));
  }

  merges(sheetName: string): string[] {
    return this.sheet(sheetName).merges.map(rectName);
  }

  /** The fill a person sees: the first conditional format that applies, else the cell's own (null = none). */
  displayedFill(sheetName: string, address: string): string | null {
    const sheet = this.sheet(sheetName);
    const { top, left } = parseRect(address);
    const here: Rect = { top, left, bottom: top, right: left };
    const read = (r: number, c: number): CellValue => sheet.peek(r, c)?.value ?? null;
    for (const cf of sheet.conditionalFormats) {
      if (cf.type !== "Custom" || !cf.ranges.some((r) => contains(r, here))) continue;
      // Relative references are written for the top-left cell of the format's range and read from
      // each cell at the same offset (the example on
      // https://learn.microsoft.com/javascript/api/office-scripts/excelscript/excelscript.conditionalformatrule
      // writes its rule for getCell(0, 0)). With several areas: the first area's top-left.
      const anchor = cf.ranges[0];
      const formula = moveCondition(cf.formula, top - anchor.top, left - anchor.left);
      if (evaluate(formula, read) === true) return cf.fill;
    }
    return sheet.formatAt(top, left).fill;
  }

  /** The sheet as GridData, read the way Excel reports it (valuesOnly used range). */
  gridData(sheetName: string): GridData {
    const sheet = this.sheet(sheetName);
    const used = sheet.usedRect(true);
    if (!used) return { sheet: sheet.name, origin: { row: 0, col: 0 }, values: [], formats: [], formulas: [], merges: [] };
    const values: CellValue[][] = [];
    const formats: (string | null)[][] = [];
    const formulas: (string | null)[][] = [];
    for (let r = used.top; r <= used.bottom; r++) {
      const v: CellValue[] = [];
      const f: (string | null)[] = [];
      const fx: (string | null)[] = [];
      for (let c = used.left; c <= used.right; c++) {
        const cell = sheet.peek(r, c);
        v.push(cell?.value === "" ? null : (cell?.value ?? null));
        f.push(cell?.format.numberFormat ?? "General");
        fx.push(cell?.formula ?? null);
      }
      values.push(v);
      formats.push(f);
      formulas.push(fx);
    }
    return { sheet: sheet.name, origin: { row: used.top, col: used.left }, values, formats, formulas, merges: sheet.merges.map((m) => ({ ...m })) };
  }

  // -------------------------------------------------------------------------------------------
  // FakeHostAccess: used by the proxies

  require(version: string, api: string): void {
    if (!versionAtLeast(this.apiVersion, version)) {
      throw new FakeOfficeError("ApiNotFound", `${api} needs ExcelApi ${version}; this host has ${this.apiVersion}.`);
    }
  }

  addHandler(scope: HandlerScope, handler: ChangeHandler): number {
    const id = ++this.handlerIds;
    this.handlers.set(id, { scope, handler });
    return id;
  }

  removeHandler(id: number): void {
    this.handlers.delete(id);
  }

  get handlerCount(): number {
    return this.handlers.size;
  }

  payload(value: unknown): void {
    this.payloadBytes += utf8Length(JSON.stringify(value) ?? "");
    if (this.payloadBytes > this.payloadLimit) {
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `The response exceeds ${this.payloadLimit} bytes.`);
    }
  }

  async execute(_context: FakeRequestContext, ops: QueuedOp[]): Promise<void> {
    this.syncCount++;
    // A sync is a round trip: callers resume on a later microtask, never synchronously.
    await Promise.resolve();
    if (ops.length === 0) return;
    if (this.cellEditMode) {
      throw new FakeOfficeError(this.cellEditCode, "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.");
    }
    const failure = this.failures[0] && (this.failures[0].afterSyncs ?? 0) === 0 ? this.failures.shift() : undefined;
    if (!failure && this.failures[0]) this.failures[0] = { ...this.failures[0], afterSyncs: this.failures[0].afterSyncs! - 1 };
    const fail = (): never => {
      throw new FakeOfficeError(failure!.code, failure!.message ?? `injected failure: ${failure!.code}`);
    };
    this.payloadBytes = 0;
    this.doc.changes = [];
    let writes = 0;
    try {
      for (const op of ops) {
        if (failure && op.write && writes === (failure.afterWrites ?? 0)) fail();
        op.run();
        if (op.write) writes++;
      }
      if (failure) fail();
    } finally {
      if (writes > 0) this.undoStack.push({ by: "addin", writes });
      if (this.doc.changes.length > 0) this.doc.recalc();
      this.dispatch();
    }
  }

  /** onChanged for the changes of the last sync or user edit, delivered asynchronously as Office does. */
  private dispatch(): void {
    const changes = this.doc.changes;
    this.doc.changes = [];
    const knowsSource = versionAtLeast(this.apiVersion, "1.14");
    for (const change of changes) {
      const args: HostChangedEventArgs & Record<string, unknown> = {
        type: "WorksheetChanged",
        address: change.address,
        worksheetId: change.sheetId,
        changeType: change.changeType,
        source: "Local",
        ...(knowsSource ? { triggerSource: change.byAddin ? "ThisLocalAddin" : "Unknown" } : {}),
      };
      for (const { scope, handler } of this.handlers.values()) {
        if (scope !== "workbook" && scope.sheetId !== change.sheetId) continue;
        setTimeout(() => {
          handler(args).catch((e: unknown) => this.handlerErrors.push(e));
        }, 0);
      }
    }
  }
}
