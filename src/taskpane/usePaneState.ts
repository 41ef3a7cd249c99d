/**
 * The pane's state and the actions its buttons run. Actions go through the port only (one at a time,
 * see useRunner); every call that checks passes the scoring settings on show as CheckOptions, so what
 * the pane shows and what it writes are scored the same way. A write that would overwrite what a user
 * typed waits for a yes (state.confirm) and then says which cells it wrote.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { parseA1 } from "../core/grid";
import type { Lang } from "../core/model";
import type { CellChange, SheetCheck, WorkbookPort, WriteAction } from "../excel/port";
import { copyTable, download, exportBytes, type ExportKind } from "./export";
import { findingsTable } from "./findings";
import { useIgnored } from "./hooks/useIgnored";
import { useLiveChecks } from "./hooks/useLiveChecks";
import { useRunner } from "./hooks/useRunner";
import { ignoredStore, type IgnoredStore } from "./ignored";
import type { LanguageStore } from "./language-store";
import { noticeOf } from "./problems";
import { checkOptionsOf, scoringSettingsStore, type ScoringSettings, type ScoringSettingsStore } from "./scoring-settings";
import { initialState, reduce, shown, type Job, type PaneEvent, type PaneState } from "./state";
import { paneStrings } from "./strings";


export interface PaneActions {
  check(): Promise<void>;
  checkAll(): Promise<void>;
  /** Check again what is on show: every sheet after 校验全部工作表, else the active one. */
  recheck(): Promise<void>;
  clear(): Promise<void>;
  /** Preview the write; ask first when it would overwrite something, else write and say where. */
  write(what: WriteAction): Promise<void>;
  confirmWrite(): Promise<void>;
  cancelWrite(): void;
  deleteSummary(): Promise<void>;
  /** Keep the new scoring settings (in the workbook when it can) and check again with them. */
  setScoring(settings: ScoringSettings): Promise<void>;
  selectCell(sheet: string, address: string): Promise<void>;
  setLive(on: boolean): void;
  /** 在表中保留实时校验: on, the sheet is re-checked with guards; off, re-checked without them. */
  setGuards(on: boolean): void;
  setLanguage(lang: Lang): void;
  /** Show a sheet's results and make it the active sheet in Excel. */
  selectSheet(index: number): Promise<void>;
  ignore(key: string): Promise<void>;
  restore(key: string): Promise<void>;
  copyFindings(): Promise<void>;
  exportFindings(kind: ExportKind): Promise<void>;
  dismiss(): void;
}

export interface PaneStores {
  scoring?: ScoringSettingsStore;
  ignored?: IgnoredStore;
  /** Where the language the user chooses is saved (the workbook's settings), so notes and the ribbon follow it. */
  language?: LanguageStore;
}

const WRITE_JOB: Record<WriteAction, Job> = { totals: "insert-totals", summary: "write-summary", scores: "fill-scores" };

/** Rewriting the summary block ziping wrote earlier replaces its own text: that needs no question. */
function overwrites(what: WriteAction, changes: CellChange[], check: SheetCheck | null): CellChange[] {
  const block = what === "summary" ? check?.result.form?.summaryBlock : undefined;
  return changes.filter((c) => {
    if (c.before === "") return false;
    if (!block) return true;
    const { row } = parseA1(c.address);
    return row < block.top || row > block.bottom;
  });
}

// eslint-disable-next-line max-lines-per-function -- one hook owns the pane's state and the actions that change it
export function usePaneState(port: WorkbookPort, stores: PaneStores = {}): { state: PaneState; actions: PaneActions; ignored: ReadonlySet<string> } {
  // Without a workbook to keep them in, the settings last as long as this pane.
  const [memory] = useState(() => ({ scoring: scoringSettingsStore(null), ignored: ignoredStore(null) }));
  const scoringStore = stores.scoring ?? memory.scoring;
  const [state, dispatch] = useReducer(reduce, null, () => initialState(port.displayLanguage(), scoringStore.load()));
  // Read through a ref so an action started right after a change already uses it.
  const latest = useRef(state);
  latest.current = state;
  const options = useCallback(() => checkOptionsOf(latest.current.scoring), []);
  const report = useCallback((error: unknown) => dispatch({ type: "notice", notice: noticeOf(error) }), []);

  // A re-check after the user's edit keeps the live marks of fixed cells (MarkOptions.live): fixing a cell writes nothing.
  const checkActive = useCallback(
    async (): Promise<PaneEvent> => ({ type: "checked", job: "live", checks: [await port.checkActiveSheet(options(), { live: true, guards: latest.current.guards })] }),
    [port, options],
  );
  const runner = useRunner(dispatch, checkActive, () => latest.current.live);
  const { run } = runner;
  const ignored = useIgnored(stores.ignored ?? memory.ignored, report);

  // Reads of sheets over Excel on the web's 5 MB response come block by block: show how far they are.
  useEffect(() => port.onReadProgress?.((progress) => dispatch({ type: "progress", progress })), [port]);

  const onEdit = useCallback(() => {
    if (latest.current.live) void run("live", checkActive);
    else dispatch({ type: "stale" });
  }, [run, checkActive]);
  useLiveChecks(port, state.checks !== null && !state.marksCleared, onEdit, report);

  // eslint-disable-next-line max-lines-per-function -- the pane's actions, each a few lines, built together over the same state
  const actions = useMemo<PaneActions>(() => {
    const check = () =>
      run("check", async () => ({ type: "checked", job: "check", checks: [await port.checkActiveSheet(options(), { guards: latest.current.guards })] }));
    const checkAll = () => run("check-all", async () => ({ type: "checked", job: "check-all", checks: await port.checkAllSheets(options()) }));
    const writeNow = (what: WriteAction): Promise<SheetCheck> =>
      what === "totals" ? port.insertTotals(options()) : what === "summary" ? port.writeSummary(latest.current.lang, options()) : port.fillScores(options());
    const write = (what: WriteAction, confirmed: boolean) =>
      run(WRITE_JOB[what], async (): Promise<PaneEvent> => {
        const { changes, formatsChanged } = await port.previewWrite(what, latest.current.lang, options());
        const asked = overwrites(what, changes, shown(latest.current));
        if (!confirmed && asked.length > 0) return { type: "confirm", confirm: { what, changes: asked, formatsChanged } };
        const written = await writeNow(what);
        return { type: "written", what, cells: written.refused ? [] : changes.map((c) => c.address), checks: [written] };
      });
    const table = () => {
      const { checks, lang } = latest.current;
      return findingsTable(checks ?? [], ignored.keys, paneStrings[lang], lang);
    };
    return {
      check,
      checkAll,
      recheck: () => (latest.current.all ? checkAll() : check()),
      clear: () => run("clear", async () => ({ type: "cleared", sheets: await port.clearAllMarks() })),
      write: (what) => write(what, false),
      confirmWrite: async () => {
        const pending = latest.current.confirm;
        if (pending) await write(pending.what, true);
      },
      cancelWrite: () => dispatch({ type: "confirm", confirm: null }),
      deleteSummary: () =>
        run("delete-summary", async () => {
          const cells = await port.deleteSummary(options());
          return { type: "summary-deleted", cells, checks: [await port.checkActiveSheet(options())] };
        }),
      setScoring: async (settings) => {
        latest.current = { ...latest.current, scoring: settings };
        dispatch({ type: "scoring", settings });
        // Nothing on show yet: the next check uses the settings.
        if (latest.current.checks !== null) {
          if (runner.busy()) runner.recheckAfter();
          else if (latest.current.all) await checkAll();
          else await check();
        }
        // Saved after the re-check, so a failure to save stays on show rather than under its result.
        try {
          await scoringStore.save(settings);
        } catch (error) {
          report(error);
        }
      },
      selectCell: async (sheet, address) => {
        try {
          await port.selectCell(sheet, address);
        } catch (error) {
          report(error);
        }
      },
      setLive: (on) => dispatch({ type: "live", on }),
      setGuards: (on) => {
        dispatch({ type: "guards", on });
        latest.current = { ...latest.current, guards: on };
        // Guards are written (or taken away) by a check: run one when the sheet has been checked.
        if (latest.current.checks !== null) void check();
      },
      setLanguage: (lang) => {
        dispatch({ type: "language", lang });
        stores.language?.save(lang).catch(report);
      },
      selectSheet: async (index) => {
        dispatch({ type: "select", index });
        const sheet = latest.current.checks?.[index]?.result.sheet;
        if (!sheet) return;
        try {
          await port.activateSheet(sheet);
        } catch (error) {
          report(error);
        }
      },
      ignore: async (key) => {
        await ignored.ignore(key);
        dispatch({ type: "notice", notice: { kind: "ignored", key } });
      },
      restore: async (key) => {
        await ignored.restore(key);
        if (latest.current.notice?.kind === "ignored") dispatch({ type: "dismiss" });
      },
      copyFindings: async () => {
        const rows = table();
        try {
          await copyTable(rows);
          dispatch({ type: "notice", notice: { kind: "copied", count: rows.length - 1 } });
        } catch {
          dispatch({ type: "notice", notice: { kind: "copy-failed" } });
        }
      },
      exportFindings: async (kind) => {
        const t = paneStrings[latest.current.lang];
        const file = `${t.exportFileStem}.${kind}`;
        try {
          download(await exportBytes(kind, table(), t.findingsHeading), file);
          dispatch({ type: "notice", notice: { kind: "exported", file } });
        } catch (error) {
          report(error);
        }
      },
      dismiss: () => dispatch({ type: "dismiss" }),
    };
  }, [port, run, runner, options, scoringStore, report, ignored]);

  return { state, actions, ignored: ignored.keys };
}
