/**
 * The pane's state and the actions its buttons run. Actions go through the port only; a failure is
 * shown in a banner (never dropped), and at most one action runs at a time. Every call that checks
 * passes the scoring settings on show as CheckOptions, so what the pane shows and what it writes
 * are scored the same way.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import type { Lang } from "../core/model";
import type { SheetCheck, WorkbookPort } from "../excel/port";
import { checkOptionsOf, scoringSettingsStore, type ScoringSettings, type ScoringSettingsStore } from "./scoring-settings";
import { initialState, reduce, type Job, type PaneState } from "./state";

export interface PaneActions {
  check(): Promise<void>;
  checkAll(): Promise<void>;
  clear(): Promise<void>;
  insertTotals(): Promise<void>;
  writeSummary(): Promise<void>;
  fillScores(): Promise<void>;
  /** Keep the new scoring settings (in the workbook when it can) and check again with them. */
  setScoring(settings: ScoringSettings): Promise<void>;
  selectCell(sheet: string, address: string): Promise<void>;
  setLive(on: boolean): void;
  setLanguage(lang: Lang): void;
  selectSheet(index: number): void;
  dismiss(): void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Debounce for live re-checks, on top of the adapter's own handling of bursts of events. */
export const LIVE_DEBOUNCE_MS = 400;

export function usePaneState(
  port: WorkbookPort,
  given?: ScoringSettingsStore,
): { state: PaneState; actions: PaneActions } {
  // Without a workbook to keep them in, the settings last as long as this pane.
  const [memory] = useState(() => scoringSettingsStore(null));
  const store = given ?? memory;
  const [state, dispatch] = useReducer(reduce, null, () => initialState(port.displayLanguage(), store.load()));
  const running = useRef(false);
  /** An edit arrived while another action ran: re-check once it is done. */
  const editPending = useRef(false);
  /** The scoring settings changed while another action ran: re-check once it is done, live or not. */
  const settingsPending = useRef(false);
  // Read through refs so an action started right after a change already uses it.
  const scoringRef = useRef(state.scoring);
  const options = useCallback(() => checkOptionsOf(scoringRef.current), []);
  const checksRef = useRef(state.checks);
  checksRef.current = state.checks;
  const langRef = useRef(state.lang);
  langRef.current = state.lang;
  const liveRef = useRef(state.live);
  liveRef.current = state.live;

  const run: (job: Job, work: () => Promise<SheetCheck[] | number>) => Promise<void> = useCallback(
    async (job: Job, work: () => Promise<SheetCheck[] | number>): Promise<void> => {
      if (running.current) {
        if (job === "live") editPending.current = true;
        return;
      }
      running.current = true;
      dispatch({ type: "start", job });
      let cleared = false;
      try {
        const outcome = await work();
        if (typeof outcome === "number") {
          cleared = true;
          dispatch({ type: "cleared", count: outcome });
        } else {
          dispatch({ type: "checked", job, checks: outcome });
        }
      } catch (error) {
        dispatch({ type: "failed", message: messageOf(error) });
      } finally {
        running.current = false;
      }
      // A user's edit (or a settings change) during the action is checked now, unless the action removed the marks.
      if (editPending.current || settingsPending.current) {
        const asked = settingsPending.current;
        editPending.current = false;
        settingsPending.current = false;
        if (!cleared && (asked || liveRef.current)) await run("live", async () => [await port.checkActiveSheet(options())]);
      }
    },
    [port, options],
  );

  // Reads of sheets over Excel on the web's 5 MB response come block by block: show how far they are.
  useEffect(() => port.onReadProgress?.((progress) => dispatch({ type: "progress", progress })), [port]);

  // Live re-checks follow a check the user asked for; after 清除标记 they wait for the next one.
  const armed = state.checks !== null;
  useEffect(() => {
    if (!state.live || !armed) return undefined;
    let stop: (() => Promise<void>) | null = null;
    let ended = false;
    const report = (error: unknown) => dispatch({ type: "failed", message: messageOf(error) });
    const onEdit = () => void run("live", async () => [await port.checkActiveSheet(options(), { live: true })]);
    port.watchEdits(onEdit, LIVE_DEBOUNCE_MS).then((stopWatching) => {
      if (ended) stopWatching().catch(report);
      else stop = stopWatching;
    }, report);
    return () => {
      ended = true;
      if (stop) stop().catch(report);
    };
  }, [state.live, armed, port, run, options]);

  const actions = useMemo<PaneActions>(
    () => ({
      check: () => run("check", async () => [await port.checkActiveSheet(options())]),
      checkAll: () => run("check-all", () => port.checkAllSheets(options())),
      clear: () => run("clear", () => port.clearMarks()),
      insertTotals: () => run("insert-totals", async () => [await port.insertTotals(options())]),
      writeSummary: () => run("write-summary", async () => [await port.writeSummary(langRef.current, options())]),
      fillScores: () => run("fill-scores", async () => [await port.fillScores(options())]),
      setScoring: async (settings) => {
        scoringRef.current = settings;
        dispatch({ type: "scoring", settings });
        // Nothing on show yet: the next check uses the settings.
        const shown = checksRef.current;
        if (shown !== null) {
          if (running.current) settingsPending.current = true;
          else if (shown.length > 1) await run("check-all", () => port.checkAllSheets(options()));
          else await run("check", async () => [await port.checkActiveSheet(options())]);
        }
        // Saved after the re-check, so a failure to save stays on show rather than under its result.
        try {
          await store.save(settings);
        } catch (error) {
          dispatch({ type: "error", message: messageOf(error) });
        }
      },
      selectCell: async (sheet, address) => {
        try {
          await port.selectCell(sheet, address);
        } catch (error) {
          dispatch({ type: "failed", message: messageOf(error) });
        }
      },
      setLive: (on) => dispatch({ type: "live", on }),
      setLanguage: (lang) => dispatch({ type: "language", lang }),
      selectSheet: (index) => dispatch({ type: "select", index }),
      dismiss: () => dispatch({ type: "dismiss" }),
    }),
    [port, run, options, store],
  );

  return { state, actions };
}
