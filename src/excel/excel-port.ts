/**
 * The WorkbookPort over Office.js (or the fake host): read the active sheet in one sync, let the
 * engine check and plan, write the plan and the changed marks in one more. Engine functions come
 * in as parameters so the adapter can be tested without them; index.ts wires the real ones.
 *
 * Syncs: check 2 (1 when nothing changed); insert totals / write summary / fill scores 2, their marks computed
 * from the grid as it will be (the plan applied in memory), so no third sync re-reads the sheet;
 * clear marks 2 (1 when there is nothing to clear); check all sheets 3. One more when the user's
 * own notes must be located before ziping adds its own (once per session and layout), when merged
 * areas lie below row 4,096, or when Excel on the web refuses a response over 5 MB (then the cells
 * are read in blocks of rows).
 *
 * Decided before writing: a protected sheet gets nothing (refused 'protected'); a sheet without a
 * form gets nothing either (refused 'no-form'), and marks an earlier check left there stay until
 * 清除标记 — a header half-typed during live checks must not wipe and re-add every note.
 */
import type { SheetResult } from "../core/engine";
import { a1, type GridData } from "../core/grid";
import type { Finding, Lang, Mark, WritePlan } from "../core/model";
import type { PlannedCheck, PlanRequest } from "../core/plan";
import type { CheckOptions } from "../core/rules/rule";
import { MAX_SHEET_CELLS } from "../core/limits";
import { localAddress, rowsAddress } from "./addresses";
import { copiedMerges, queueWrites } from "./apply-plan";
import {
  annotationKind,
  detectCapabilities,
  officeSupports,
  type Capabilities,
  type SupportsSet,
} from "./capabilities";
import { isCellEditMode, PortRefusal, PortWriteError } from "./errors";
import type { HostChangedEventArgs, HostContext, HostEventHandlerResult, HostRun, HostWorksheet } from "./host";
import { displayLanguage as officeDisplayLanguage } from "./language";
import { diffMarks, gridShape, type LocatedAnnotation, type MarkDiff, type MarkLedger } from "./marks";
import type { ClearedSheet, ReadProgress, SheetCheck, WorkbookPort, WriteAction } from "./port";
import { changedCells, cellText } from "./preview";
import { isPayloadTooLarge, queueCellBlock, queueMerges, queueSheetRead, type SheetState } from "./read-sheet";

const ACTIONS: Record<WriteAction, Action> = { totals: { insertTotals: true }, summary: { summary: true }, scores: { fillScores: true } };

/** Rows per block when a sheet is too large for one response (Excel on the web: 5 MB). */
const READ_BLOCK_ROWS = 1024;
import { DEFAULT_DEBOUNCE_MS, EditDebouncer, isOwnChange, OwnWrites } from "./watch";

export interface Engine {
  check(grid: GridData, options: CheckOptions): SheetResult;
  plan(result: SheetResult, request: PlanRequest, grid: GridData): PlannedCheck;
  applyToGrid(grid: GridData, plan: WritePlan): GridData;
  marks(findings: Finding[], lang: Lang): Mark[];
}

export interface ExcelPortOptions {
  /** Requirement-set test (default: Office.context.requirements.isSetSupported). */
  supports?: SupportsSet;
  /** Office's display language (default: Office.context.displayLanguage). */
  displayLanguage?: () => Lang;
  /** Language of the notes ziping writes (default: the display language). */
  noteLanguage?: () => Lang;
}

type Action = Pick<PlanRequest, "insertTotals" | "summary" | "lang" | "fillScores">;

interface Target {
  sheet: HostWorksheet;
  state: SheetState;
}

interface Pending extends Target {
  result: SheetResult;
  planned: PlannedCheck;
  predicted: GridData;
  diff: MarkDiff | null;
  check?: SheetCheck;
}

const emptyResult = (): SheetResult => ({ sheet: "", kind: null, form: null, findings: [], totals: null, indicators: null });

/** Whether a plan writes cell contents (not only marks). */
const writesCells = (plan: WritePlan): boolean => Boolean(plan.totals || plan.summary || plan.fills);

/** Cells the ledger says carry a mark. */
function ledgerCells(ledger: MarkLedger | undefined): number {
  if (!ledger) return 0;
  return Object.values(ledger.formats).reduce((n, f) => n + (f.key ? f.key.split(",").length : 0), 0);
}

export function createPort(engine: Engine, run: HostRun, options: ExcelPortOptions = {}): WorkbookPort {
  // Asked on first use, not at creation: Office answers requirement-set questions only after onReady.
  let known: Capabilities | null = null;
  const capabilities = (): Capabilities => (known ??= detectCapabilities(options.supports ?? officeSupports()));
  const language = options.displayLanguage ?? officeDisplayLanguage;
  const noteLanguage = options.noteLanguage ?? language;
  const ownWrites = new OwnWrites();
  /** What ziping last wrote on each sheet (by worksheet id), to update only what changed. */
  const ledgers = new Map<string, MarkLedger>();
  let lastResult: SheetResult | null = null;
  /** The pane's listeners for block reads (onReadProgress). */
  const progressListeners = new Set<(progress: ReadProgress) => void>();

  /** Sheets longer than the merge bands read in the first sync: one more sync for the rest. */
  async function completeReads(context: HostContext, targets: Target[]): Promise<void> {
    const rest = targets
      .filter((t) => t.state.mergesFrom !== undefined && t.state.extent)
      .map((t) => ({ t, read: queueMerges(t.sheet, t.state.mergesFrom!, t.state.extent!.bottom) }));
    if (rest.length === 0) return;
    await context.sync();
    for (const { t, read } of rest) {
      t.state.grid.merges.push(...read());
      delete t.state.mergesFrom;
    }
  }

  /**
   * Excel on the web refused the one-sync read as too large: read the extent, then the cells in
   * blocks of rows, halving a block that is still too large.
   */
  async function readInBlocks(context: HostContext, sheet: HostWorksheet): Promise<SheetState> {
    const frame = queueSheetRead(sheet, capabilities(), { cells: false });
    await context.sync();
    const state = frame();
    if (!state.extent) return state;
    const { top, left, bottom, right } = state.extent;
    const rowCount = bottom - top + 1;
    const colCount = right - left + 1;
    // Decided from the extent alone, before a single block is read: a stray cell at XFD1048576 would
    // otherwise mean millions of tiny reads.
    if (rowCount * colCount > MAX_SHEET_CELLS) throw new PortRefusal("too-large", `${rowCount} × ${colCount}`);
    const grid = state.grid;
    const report = (rowsRead: number): void => {
      for (const listener of progressListeners) listener({ sheet: state.name, rowsRead, rows: bottom - top + 1 });
    };
    report(0);
    let rows = READ_BLOCK_ROWS;
    for (let from = top; from <= bottom; ) {
      const to = Math.min(from + rows - 1, bottom);
      const read = queueCellBlock(sheet, { top: from, bottom: to, left, right }, capabilities());
      try {
        await context.sync();
      } catch (error) {
        if (!isPayloadTooLarge(error) || rows === 1) throw error;
        rows = Math.ceil(rows / 2);
        continue;
      }
      const block = read();
      grid.values!.push(...block.values);
      grid.formats!.push(...block.formats);
      grid.formulas!.push(...block.formulas);
      from = to + 1;
      report(to - top + 1);
    }
    return state;
  }

  /** One sync for the active sheet's read; more only for very long or (on the web) very large sheets. */
  async function readSheets(context: HostContext, sheets: HostWorksheet[]): Promise<Target[]> {
    const reads = sheets.map((sheet) => ({ sheet, read: queueSheetRead(sheet, capabilities()) }));
    let targets: Target[];
    try {
      await context.sync();
      targets = reads.map(({ sheet, read }) => ({ sheet, state: read() }));
    } catch (error) {
      if (!isPayloadTooLarge(error)) throw error;
      targets = [];
      for (const sheet of sheets) targets.push({ sheet, state: await readInBlocks(context, sheet) });
    }
    await completeReads(context, targets);
    return targets;
  }

  function prepare(target: Target, action: Action, checkOptions: CheckOptions): Pending {
    const { state } = target;
    const result = engine.check(state.grid, checkOptions);
    lastResult = result;
    const planned = engine.plan(result, { ...action, marks: true, options: checkOptions }, state.grid);
    // Notes keep one language whatever language a summary is written in.
    planned.plan.marks = engine.marks(planned.after.findings, noteLanguage());
    const { plan } = planned;
    let predicted = writesCells(plan) ? engine.applyToGrid(state.grid, plan) : state.grid;
    if (plan.totals?.mode === "insert" && capabilities().rangeAreas && result.form) {
      const { row, formatFrom } = plan.totals;
      const source = formatFrom >= row ? formatFrom - 1 : formatFrom;
      const columns = { left: result.form.bounds.left, right: result.form.bounds.right };
      predicted = { ...predicted, merges: [...predicted.merges, ...copiedMerges(state.grid.merges, source, row, columns)] };
    }
    const pending: Pending = { ...target, result, planned, predicted, diff: null };
    return result.form ? { ...pending, diff: diff(pending) } : pending;
  }

  /** The mark writes for a prepared sheet; null when its notes must be located first. */
  function diff(p: Pending, located?: LocatedAnnotation[]): MarkDiff | null {
    const { plan } = p.planned;
    return diffMarks({
      marks: plan.marks,
      state: p.state,
      ledger: ledgers.get(p.state.id),
      located,
      insertedRow: plan.totals?.mode === "insert" ? plan.totals.row : undefined,
      kind: annotationKind(capabilities()),
      formats: capabilities().conditionalFormats,
      rangeAreas: capabilities().rangeAreas,
      shapeBefore: gridShape(p.state.grid),
      shapeAfter: gridShape(p.predicted),
    });
  }

  /** Decide for every sheet before writing anything; then one sync writes all that may be written. */
  async function checkAndWrite(
    context: HostContext,
    targets: Target[],
    action: Action,
    checkOptions: CheckOptions,
  ): Promise<SheetCheck[]> {
    let pending = targets.map((t) => prepare(t, action, checkOptions));
    const refuse = (p: Pending, reason: "protected" | "no-form"): void => {
      p.check = { result: p.result, refused: { reason }, marked: ledgerCells(ledgers.get(p.state.id)) };
    };
    for (const p of pending) {
      // Marks left from an earlier check stay when the form is no longer recognised (say, mid-edit of
      // a header during live checks): removing them is 清除标记's job, not a side effect.
      if (!p.result.form) refuse(p, "no-form");
      else if (p.state.protected && (!p.diff || !p.diff.unchanged || writesCells(p.planned.plan))) {
        refuse(p, "protected");
      }
    }

    // Notes whose cells nobody can vouch for: one sync asks Excel where each one is.
    const toLocate = pending.filter((p) => !p.check && p.diff === null);
    if (toLocate.length > 0) {
      const locations = toLocate.map((p) =>
        p.state.annotations.map((a) => {
          const range = a.item.getLocation();
          range.load("address");
          return { a, range };
        }),
      );
      await context.sync();
      pending = pending.map((p) => {
        const i = toLocate.indexOf(p);
        if (i < 0) return p;
        const located: LocatedAnnotation[] = locations[i].map(({ a, range }) => ({
          address: localAddress(range.address).split(":")[0],
          kind: a.kind,
          content: a.content,
          ours: a.ours,
          item: a.item,
        }));
        return { ...p, diff: diff(p, located) };
      });
    }

    const writes = pending.filter((p) => !p.check && (!p.diff!.unchanged || writesCells(p.planned.plan)));
    for (const p of writes) {
      const form = p.result.form!;
      queueWrites({
        sheet: p.sheet,
        plan: p.planned.plan,
        diff: p.diff!,
        caps: capabilities(),
        grid: p.state.grid,
        columns: { left: form.bounds.left, right: form.bounds.right },
        kind: annotationKind(capabilities()),
      });
    }
    if (writes.length > 0) {
      ownWrites.begin();
      try {
        await context.sync();
      } catch (error) {
        // Excel keeps what it applied before the failure: nothing the ledgers say about these sheets holds now.
        for (const p of writes) ledgers.delete(p.state.id);
        if (isCellEditMode(error)) throw error;
        throw new PortWriteError(error);
      } finally {
        ownWrites.end();
      }
    }

    return pending.map((p) => {
      if (p.check) return p.check;
      ledgers.set(p.state.id, p.diff!.ledger);
      lastResult = p.planned.after;
      const marks = p.planned.plan.marks.length;
      const check: SheetCheck = { result: p.planned.after, marked: capabilities().conditionalFormats ? marks : 0 };
      if (action.fillScores) check.filled = (p.planned.plan.fills ?? []).reduce((n, r) => n + r.cells.length, 0);
      if (p.planned.plan.totalsKept) check.totalsKept = p.planned.plan.totalsKept;
      if (!capabilities().conditionalFormats && marks > 0) check.refused = { reason: "unsupported", detail: "ExcelApi 1.6" };
      return check;
    });
  }

  const refusedInEditMode = (): SheetCheck => ({
    result: lastResult ?? emptyResult(),
    refused: { reason: "cell-edit-mode" },
    marked: 0,
  });

  async function onActiveSheet(action: Action, checkOptions: CheckOptions = {}): Promise<SheetCheck> {
    try {
      return await run(async (context) => {
        const targets = await readSheets(context, [context.workbook.worksheets.getActiveWorksheet()]);
        const [check] = await checkAndWrite(context, targets, action, checkOptions);
        return check;
      });
    } catch (error) {
      if (isCellEditMode(error)) return refusedInEditMode();
      throw error;
    }
  }

  /** Excel refuses every request while a cell is being edited: say so instead of failing. */
  async function inCellEditMode<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isCellEditMode(error)) throw new PortRefusal("cell-edit-mode");
      throw error;
    }
  }

  /** Take ziping's marks off the given sheets in one sync (plus one to read them); refuses a protected sheet that has any. */
  function clearOn(
    sheetsOf: (context: HostContext) => HostWorksheet[] | Promise<HostWorksheet[]>,
    { nameLocked = true } = {},
  ): Promise<ClearedSheet[]> {
    return inCellEditMode(() =>
      run(async (context) => {
        const reads = (await sheetsOf(context)).map((sheet) => queueSheetRead(sheet, capabilities(), { cells: false, merges: false }));
        await context.sync();
        const marked: { state: SheetState; ours: SheetState["annotations"] }[] = [];
        for (const state of reads.map((read) => read())) {
          const ours = state.annotations.filter((a) => a.ours);
          if (state.formats.length === 0 && ours.length === 0) ledgers.delete(state.id);
          else marked.push({ state, ours });
        }
        if (marked.length === 0) return [];
        const locked = marked.find(({ state }) => state.protected);
        if (locked) throw new PortRefusal("protected", nameLocked ? locked.state.name : undefined);
        // Count the cells in the same sync that deletes their formats.
        const counted = marked.map(({ state, ours }) => {
          const ranges = state.formats.map(({ format }) => {
            const r = capabilities().rangeAreas ? format.getRanges() : format.getRangeOrNullObject();
            r.load("cellCount");
            format.delete();
            return r;
          });
          for (const a of ours) a.item.delete();
          return { state, ours, ranges };
        });
        ownWrites.begin();
        try {
          await context.sync();
        } finally {
          ownWrites.end();
        }
        return counted.map(({ state, ours, ranges }) => {
          ledgers.delete(state.id);
          const cells = ranges.reduce((n, r) => n + (r.isNullObject ? 0 : r.cellCount), 0);
          return { sheet: state.name, cells: cells > 0 ? cells : ours.length };
        });
      }),
    );
  }

  return {
    checkActiveSheet: (checkOptions) => onActiveSheet({}, checkOptions),

    insertTotals: (checkOptions) => onActiveSheet({ insertTotals: true }, checkOptions),

    writeSummary: (lang, checkOptions) => onActiveSheet({ summary: true, lang }, checkOptions),

    fillScores: (checkOptions) => onActiveSheet({ fillScores: true }, checkOptions),

    async checkAllSheets(checkOptions = {}) {
      try {
        return await run(async (context) => {
          const sheets = context.workbook.worksheets;
          sheets.load("items/name");
          await context.sync();
          return checkAndWrite(context, await readSheets(context, sheets.items), {}, checkOptions);
        });
      } catch (error) {
        if (isCellEditMode(error)) return [refusedInEditMode()];
        throw error;
      }
    },

    async clearMarks() {
      const [cleared] = await clearOn((context) => [context.workbook.worksheets.getActiveWorksheet()], { nameLocked: false });
      return cleared?.cells ?? 0;
    },

    clearAllMarks: () =>
      clearOn(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        return sheets.items;
      }),

    async previewWrite(action, lang, checkOptions = {}) {
      return inCellEditMode(() =>
        run(async (context) => {
          const [target] = await readSheets(context, [context.workbook.worksheets.getActiveWorksheet()]);
          const p = prepare(target, { ...ACTIONS[action], lang }, checkOptions);
          if (!p.result.form) throw new PortRefusal("no-form");
          if (p.state.protected) throw new PortRefusal("protected");
          const { totals } = p.planned.plan;
          return changedCells(p.state.grid, p.predicted, totals?.mode === "insert" ? totals.row : undefined);
        }),
      );
    },

    async deleteSummary(checkOptions = {}) {
      return inCellEditMode(() =>
        run(async (context) => {
          const sheet = context.workbook.worksheets.getActiveWorksheet();
          const [{ state }] = await readSheets(context, [sheet]);
          const form = engine.check(state.grid, checkOptions).form;
          if (!form) throw new PortRefusal("no-form");
          const block = form.summaryBlock;
          if (!block) return [];
          if (state.protected) throw new PortRefusal("protected");
          const cells: string[] = [];
          const { grid } = state;
          const right = grid.origin.col + grid.values.reduce((w, r) => Math.max(w, r.length), 0);
          for (let row = block.top; row <= block.bottom; row++) {
            for (let col = grid.origin.col; col < right; col++) if (cellText(grid, row, col) !== "") cells.push(a1(row, col));
          }
          sheet.getRange(rowsAddress(block.top, block.bottom)).clear("Contents");
          ownWrites.begin();
          try {
            await context.sync();
          } finally {
            ownWrites.end();
          }
          return cells;
        }),
      );
    },

    activateSheet: (name) =>
      inCellEditMode(() =>
        run(async (context) => {
          context.workbook.worksheets.getItem(name).activate();
          await context.sync();
        }),
      ),

    async selectCell(sheetName, address) {
      try {
        await run(async (context) => {
          const sheet = context.workbook.worksheets.getItem(sheetName);
          sheet.activate();
          sheet.getRange(address).select();
          await context.sync();
        });
      } catch (error) {
        if (isCellEditMode(error)) throw new PortRefusal("cell-edit-mode");
        throw error;
      }
    },

    async watchEdits(onEdit, debounceMs = DEFAULT_DEBOUNCE_MS) {
      if (!capabilities().sheetEvents) throw new PortRefusal("unsupported", "ExcelApi 1.7");
      const debouncer = new EditDebouncer(onEdit, debounceMs);
      let stopped = false;
      const handler = async (args: HostChangedEventArgs): Promise<void> => {
        if (!stopped && !isOwnChange(args, ownWrites, capabilities().triggerSource)) debouncer.changed();
      };
      let registration: HostEventHandlerResult;
      try {
        registration = await run(async (context) => {
          // All sheets (1.9) so switching sheets keeps live checks on; else the sheet active now.
          const source = capabilities().rangeAreas ? context.workbook.worksheets : context.workbook.worksheets.getActiveWorksheet();
          const added = source.onChanged.add(handler);
          await context.sync();
          return added;
        });
      } catch (error) {
        if (isCellEditMode(error)) throw new PortRefusal("cell-edit-mode");
        throw error;
      }
      return async () => {
        stopped = true;
        debouncer.cancel();
        registration.remove();
        await registration.context.sync();
      };
    },

    displayLanguage: () => language(),

    onReadProgress(listener) {
      progressListeners.add(listener);
      return () => {
        progressListeners.delete(listener);
      };
    },
  };
}
