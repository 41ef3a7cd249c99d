/**
 * What the pane shows, as one reducer. Every fact on screen comes from a SheetCheck the port returned;
 * the reducer only decides which result is on show and which banner explains the last action.
 */
import type { Lang } from "../core/model";
import type { ReadProgress, Refusal, SheetCheck } from "../excel/port";
import type { ScoringSettings } from "./scoring-settings";

export type Job = "check" | "check-all" | "clear" | "insert-totals" | "write-summary" | "fill-scores" | "live";

export type Notice =
  | { kind: "refusal"; reason: Refusal; detail?: string; sheet: string }
  | { kind: "error"; message: string }
  | { kind: "cleared"; count: number }
  | { kind: "written"; what: "totals" | "summary" }
  /** 填写得分: how many cells the port wrote (0: none the rules could fill). */
  | { kind: "filled"; count: number };

export interface PaneState {
  lang: Lang;
  live: boolean;
  /** Scoring profile and regional extras; every port call checks with them. */
  scoring: ScoringSettings;
  busy: Job | null;
  /** One result per sheet checked; null before the first check and after the marks were cleared. */
  checks: SheetCheck[] | null;
  /** Which of `checks` is on show. */
  selected: number;
  notice: Notice | null;
  /** How far the running action has read a sheet too large for one response; null otherwise. */
  progress: ReadProgress | null;
}

export type PaneEvent =
  | { type: "start"; job: Job }
  | { type: "checked"; job: Job; checks: SheetCheck[] }
  | { type: "cleared"; count: number }
  | { type: "failed"; message: string }
  /** A failure outside the action on show (saving the settings): the banner only, busy stays as it is. */
  | { type: "error"; message: string }
  | { type: "language"; lang: Lang }
  | { type: "live"; on: boolean }
  | { type: "scoring"; settings: ScoringSettings }
  | { type: "select"; index: number }
  | { type: "progress"; progress: ReadProgress }
  | { type: "dismiss" };

export function initialState(lang: Lang, scoring: ScoringSettings): PaneState {
  return { lang, live: true, scoring, busy: null, checks: null, selected: 0, notice: null, progress: null };
}

/** A plain check that finds no form shows the empty state; a banner saying the same would repeat it. */
function noticeFor(job: Job, checks: SheetCheck[]): Notice | null {
  for (const check of checks) {
    if (!check.refused) continue;
    const readOnly = job === "check" || job === "check-all" || job === "live";
    if (readOnly && check.refused.reason === "no-form") continue;
    return {
      kind: "refusal",
      reason: check.refused.reason,
      sheet: check.result.sheet,
      ...(check.refused.detail !== undefined ? { detail: check.refused.detail } : {}),
    };
  }
  if (job === "insert-totals") return { kind: "written", what: "totals" };
  if (job === "write-summary") return { kind: "written", what: "summary" };
  if (job === "fill-scores") return { kind: "filled", count: checks[0]?.filled ?? 0 };
  return null;
}

export function reduce(state: PaneState, event: PaneEvent): PaneState {
  switch (event.type) {
    case "start":
      return { ...state, busy: event.job, notice: event.job === "live" ? state.notice : null, progress: null };
    case "checked": {
      const withForm = event.checks.findIndex((c) => c.result.form !== null);
      return {
        ...state,
        busy: null,
        progress: null,
        checks: event.checks,
        selected: withForm >= 0 ? withForm : 0,
        notice: noticeFor(event.job, event.checks),
      };
    }
    case "cleared":
      return { ...state, busy: null, progress: null, checks: null, selected: 0, notice: { kind: "cleared", count: event.count } };
    case "failed":
      return { ...state, busy: null, progress: null, notice: { kind: "error", message: event.message } };
    case "error":
      return { ...state, notice: { kind: "error", message: event.message } };
    case "language":
      return { ...state, lang: event.lang };
    case "live":
      return { ...state, live: event.on };
    case "scoring":
      return { ...state, scoring: event.settings };
    case "select":
      return state.checks && event.index >= 0 && event.index < state.checks.length
        ? { ...state, selected: event.index }
        : state;
    case "progress":
      // Only while an action runs: a late report must not leave a bar behind a finished check.
      return state.busy ? { ...state, progress: event.progress } : state;
    case "dismiss":
      return { ...state, notice: null };
  }
}

/** The result on show, if any. */
export function shown(state: PaneState): SheetCheck | null {
  return state.checks?.[state.selected] ?? null;
}
