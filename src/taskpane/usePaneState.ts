/**
 * The pane's state and the actions its buttons run. Actions go through the port only; a failure is
 * shown in a banner (never dropped), and at most one action runs at a time.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import type { Lang } from "../core/model";
import type { SheetCheck, WorkbookPort } from "../excel/port";
import { initialState, reduce, type Job, type PaneState } from "./state";

export interface PaneActions {
  check(): Promise<void>;
  checkAll(): Promise<void>;
  clear(): Promise<void>;
  insertTotals(): Promise<void>;
  writeSummary(): Promise<void>;
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

export function usePaneState(port: WorkbookPort): { state: PaneState; actions: PaneActions } {
  const [state, dispatch] = useReducer(reduce, port, (p: WorkbookPort) => initialState(p.displayLanguage()));
  const running = useRef(false);
  /** An edit arrived while another action ran: re-check once it is done. */
  const editPending = useRef(false);
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
      // A user's edit during the action is checked now, unless the action removed the marks.
      if (editPending.current) {
        editPending.current = false;
        if (!cleared && liveRef.current) await run("live", async () => [await port.checkActiveSheet()]);
      }
    },
    [port],
  );

  // Live re-checks follow a check the user asked for; after 清除标记 they wait for the next one.
  const armed = state.checks !== null;
  useEffect(() => {
    if (!state.live || !armed) return undefined;
    let stop: (() => Promise<void>) | null = null;
    let ended = false;
    const report = (error: unknown) => dispatch({ type: "failed", message: messageOf(error) });
    const onEdit = () => void run("live", async () => [await port.checkActiveSheet()]);
    port.watchEdits(onEdit, LIVE_DEBOUNCE_MS).then((stopWatching) => {
      if (ended) stopWatching().catch(report);
      else stop = stopWatching;
    }, report);
    return () => {
      ended = true;
      if (stop) stop().catch(report);
    };
  }, [state.live, armed, port, run]);

  const actions = useMemo<PaneActions>(
    () => ({
      check: () => run("check", async () => [await port.checkActiveSheet()]),
      checkAll: () => run("check-all", () => port.checkAllSheets()),
      clear: () => run("clear", () => port.clearMarks()),
      insertTotals: () => run("insert-totals", async () => [await port.insertTotals()]),
      writeSummary: () => run("write-summary", async () => [await port.writeSummary(langRef.current)]),
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
    [port, run],
  );

  return { state, actions };
}
