/**
 * The WorkbookPort over Office.js (or the fake host): read the active sheet in one sync
 * (read-workbook.ts), let the engine check and plan, write the plan and the changed marks in one
 * more (check-and-write.ts). Engine functions come in as parameters so the adapter can be tested
 * without them; index.ts wires the real ones.
 *
 * Syncs: check 2 (1 when nothing changed); insert totals / write summary / fill scores 2, their marks
 * computed from the grid as it will be (the plan applied in memory), so no third sync re-reads the
 * sheet; clear marks 2 (1 when there is nothing to clear); check all sheets 3. More when the user's own
 * notes must be located before ziping adds its own (once per session and layout), when merged areas
 * lie below row 4,096 or crowd a band, and for used ranges beyond the read window or, on the web,
 * over 5 MB (then the cells are read in blocks of rows).
 */
import type { SheetResult } from "../core/engine";
import type { Lang } from "../core/model";
import type { CheckOptions } from "../core/rules/rule";
import { detectCapabilities, officeSupports, type Capabilities, type LibraryHas, type SupportsSet } from "./capabilities";
import { a1 } from "../core/grid";
import { rowsAddress } from "./addresses";
import { checkAndWrite, prepare, type Action, type Engine, type Session } from "./check-and-write";
import { clearMarksOn } from "./clear-marks";
import { fail, problem } from "../core/problem";
import { isCellEditMode } from "./errors";
import type { HostRun } from "./host";
import type { DocumentSettings } from "./document-settings";
import { chosenLanguage, displayLanguage as officeDisplayLanguage } from "./language";
import type { MarkOptions, ReadProgress, SheetCheck, WorkbookPort, WriteAction } from "./port";
import { cellText, changedCells } from "./preview";
import { readSheets } from "./read-workbook";
import { watchEdits } from "./watch";

export type { Engine } from "./check-and-write";

export interface ExcelPortOptions {
  /** Requirement-set test (default: Office.context.requirements.isSetSupported). */
  supports?: SupportsSet;
  /** Whether the loaded office.js has a member (default: looks in the global Excel namespace). */
  libraryHas?: LibraryHas;
  /** Office's display language (default: Office.context.displayLanguage). */
  displayLanguage?: () => Lang;
  /** Language of the notes ziping writes (default: the language the user chose, else the display language). */
  noteLanguage?: () => Lang;
  /**
   * The workbook's add-in settings, where the pane saves the user's language (language.ts): it wins
   * over Office's display language for the notes and the ribbon's message. Default: none.
   */
  settings?: DocumentSettings | null;
}

const ACTIONS: Record<WriteAction, Action> = { totals: { insertTotals: true }, summary: { summary: true }, scores: { fillScores: true } };

const emptyResult = (): SheetResult => ({ sheet: "", kind: null, form: null, findings: [], totals: null, indicators: null });

// eslint-disable-next-line max-lines-per-function -- the port is one object literal of methods sharing the host run and its caches
export function createPort(engine: Engine, run: HostRun, options: ExcelPortOptions = {}): WorkbookPort {
  // Asked on first use, not at creation: Office answers requirement-set questions only after onReady.
  let known: Capabilities | null = null;
  const office = options.displayLanguage ?? officeDisplayLanguage;
  const language = (): Lang => chosenLanguage(options.settings) ?? office();
  const session: Session = {
    engine,
    caps: () => (known ??= detectCapabilities(options.supports ?? officeSupports(), options.libraryHas)),
    noteLanguage: options.noteLanguage ?? language,
    ledgers: new Map(),
    lastResult: null,
  };
  /** The pane's listeners for block reads (onReadProgress). */
  const progressListeners = new Set<(progress: ReadProgress) => void>();
  const readOptions = {
    get caps() {
      return session.caps();
    },
    progress: (p: ReadProgress) => progressListeners.forEach((listener) => listener(p)),
  };

  const refusedInEditMode = (): SheetCheck => ({
    result: session.lastResult ?? emptyResult(),
    refused: problem("cell-edit-mode", {}),
    marked: 0,
  });

  async function onActiveSheet(action: Action, checkOptions: CheckOptions = {}): Promise<SheetCheck> {
    try {
      return await run(async (context) => {
        const targets = await readSheets(context, [context.workbook.worksheets.getActiveWorksheet()], readOptions);
        const [check] = await checkAndWrite(session, context, targets, action, checkOptions);
        return check;
      });
    } catch (error) {
      if (isCellEditMode(error)) return refusedInEditMode();
      throw error;
    }
  }

  /** Runs a batch that returns no SheetCheck: cell-edit mode becomes a refusal the pane explains. */
  async function refusingInEditMode<T>(batch: () => Promise<T>): Promise<T> {
    try {
      return await batch();
    } catch (error) {
      if (isCellEditMode(error)) throw fail("cell-edit-mode", {}, error);
      throw error;
    }
  }

  return {
    checkActiveSheet: (checkOptions, marks: MarkOptions = {}) =>
      onActiveSheet({ ...(marks.live ? { live: true } : {}), ...(marks.guards ? { guards: true } : {}) }, checkOptions),
    insertTotals: (checkOptions) => onActiveSheet({ insertTotals: true }, checkOptions),
    writeSummary: (lang, checkOptions) => onActiveSheet({ summary: true, lang }, checkOptions),
    fillScores: (checkOptions) => onActiveSheet({ fillScores: true }, checkOptions),

    async checkAllSheets(checkOptions = {}) {
      try {
        return await run(async (context) => {
          const sheets = context.workbook.worksheets;
          sheets.load("items/name");
          await context.sync();
          return checkAndWrite(session, context, await readSheets(context, sheets.items, readOptions), {}, checkOptions);
        });
      } catch (error) {
        if (isCellEditMode(error)) return [refusedInEditMode()];
        throw error;
      }
    },

    async clearMarks() {
      const [cleared] = await refusingInEditMode(() =>
        run((context) => clearMarksOn(session, context, [context.workbook.worksheets.getActiveWorksheet()], { nameLocked: false })),
      );
      return cleared?.cells ?? 0;
    },

    clearAllMarks: () =>
      refusingInEditMode(() =>
        run(async (context) => {
          const sheets = context.workbook.worksheets;
          sheets.load("items/name");
          await context.sync();
          return clearMarksOn(session, context, sheets.items);
        }),
      ),

    previewWrite: (action, lang, checkOptions = {}) =>
      refusingInEditMode(() =>
        run(async (context) => {
          const [target] = await readSheets(context, [context.workbook.worksheets.getActiveWorksheet()], readOptions);
          const p = prepare(session, target, { ...ACTIONS[action], lang }, checkOptions);
          if (!p.result.form) throw fail("no-form", {});
          if (p.state.protected) throw fail("sheet-protected", {});
          const { totals, formatsChanged = [] } = p.planned.plan;
          return { changes: changedCells(p.state.grid, p.predicted, totals?.mode === "insert" ? totals.row : undefined), formatsChanged };
        }),
      ),

    deleteSummary: (checkOptions = {}) =>
      refusingInEditMode(() =>
        run(async (context) => {
          const sheet = context.workbook.worksheets.getActiveWorksheet();
          const [{ state }] = await readSheets(context, [sheet], readOptions);
          const form = engine.check(state.grid, checkOptions).form;
          if (!form) throw fail("no-form", {});
          const block = form.summaryBlock;
          if (!block) return [];
          if (state.protected) throw fail("sheet-protected", {});
          const cells: string[] = [];
          const { grid } = state;
          const right = grid.origin.col + grid.values.reduce((w, r) => Math.max(w, r.length), 0);
          for (let row = block.top; row <= block.bottom; row++) {
            for (let col = grid.origin.col; col < right; col++) if (cellText(grid, row, col) !== "") cells.push(a1(row, col));
          }
          sheet.getRange(rowsAddress(block.top, block.bottom)).clear("Contents");
          await context.sync();
          return cells;
        }),
      ),

    activateSheet: (name) =>
      refusingInEditMode(() =>
        run(async (context) => {
          context.workbook.worksheets.getItem(name).activate();
          await context.sync();
        }),
      ),

    selectCell: (sheetName, address) =>
      refusingInEditMode(() =>
        run(async (context) => {
          const sheet = context.workbook.worksheets.getItem(sheetName);
          sheet.activate();
          sheet.getRange(address).select();
          await context.sync();
        }),
      ),

    watchEdits: (onEdit, debounceMs) => watchEdits(run, onEdit, debounceMs),

    displayLanguage: () => language(),

    onReadProgress(listener) {
      progressListeners.add(listener);
      return () => {
        progressListeners.delete(listener);
      };
    },
  };
}
