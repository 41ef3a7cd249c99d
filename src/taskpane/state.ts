/**
 * What the pane shows, as one reducer. Every fact on screen comes from a SheetCheck the port returned;
 * the reducer only decides which result is on show, whether it still matches the sheet, and which
 * banner explains the last action.
 */
import type { FormatChange, Lang, TotalsKept } from "../core/model";
import { problem, type OfficeProblemCode, type Problem } from "../core/problem";
import type { CellChange, ClearedSheet, ReadProgress, SheetCheck, WriteAction } from "../excel/port";
import type { ScoringSettings } from "./scoring-settings";

export type Job =
  | "check"
  | "check-all"
  | "clear"
  | "insert-totals"
  | "write-summary"
  | "fill-scores"
  | "delete-summary"
  | "live";

/** How an action that changed cells went: which cells it wrote. */
export type Notice =
  /** Office refused or failed; src/taskpane/problems.ts words it. */
  | { kind: "problem"; problem: Problem<OfficeProblemCode> }
  | { kind: "cleared"; sheets: ClearedSheet[] }
  /**
   * From the port's check: `formatsChanged`, Text cells given a number format so a formula computes;
   * `kept`, totals left as stated instead of a formula, with why.
   */
  | { kind: "written"; what: WriteAction; cells: string[]; formatsChanged?: FormatChange[]; kept?: TotalsKept[] }
  | { kind: "summary-deleted"; cells: string[] }
  | { kind: "ignored"; key: string }
  | { kind: "copied"; count: number }
  | { kind: "copy-failed" }
  | { kind: "exported"; file: string };

/** A write waiting for the user to say yes: what it would overwrite. */
export interface Confirmation {
  what: WriteAction;
  changes: CellChange[];
  /** Text (`@`) cells the same write gives a number format, said before it happens too. */
  formatsChanged: FormatChange[];
}

export interface PaneState {
  lang: Lang;
  live: boolean;
  /** 在表中保留实时校验: checks also put live conditions (guards) on every checkable cell. */
  guards: boolean;
  /** Scoring profile and regional extras; every port call checks with them. */
  scoring: ScoringSettings;
  busy: Job | null;
  /** One result per sheet checked; null before the first check. */
  checks: SheetCheck[] | null;
  /** Whether `checks` came from 校验全部工作表 (the sheet list stays until the next full check). */
  all: boolean;
  /** Which of `checks` is on show. */
  selected: number;
  /** The sheet changed after the results on show were computed and live checks are off. */
  stale: boolean;
  /** 清除标记 ran since the results on show: they stay, but nothing on the sheet marks them. */
  marksCleared: boolean;
  notice: Notice | null;
  confirm: Confirmation | null;
  /** How far the running action has read a sheet too large for one response; null otherwise. */
  progress: ReadProgress | null;
  /** Bumped on each finished check, so the live region speaks again even when the counts repeat. */
  checkedAt: number;
}

export type PaneEvent =
  | { type: "start"; job: Job }
  | { type: "checked"; job: Job; checks: SheetCheck[] }
  | { type: "written"; what: WriteAction; cells: string[]; checks: SheetCheck[] }
  | { type: "cleared"; sheets: ClearedSheet[] }
  | { type: "summary-deleted"; cells: string[]; checks: SheetCheck[] }
  /** The action on show did not finish; `notice` says why. */
  | { type: "failed"; notice: Notice }
  /** Something beside the action on show (saving settings, copying): the banner only. */
  | { type: "notice"; notice: Notice | null }
  | { type: "confirm"; confirm: Confirmation | null }
  | { type: "language"; lang: Lang }
  | { type: "live"; on: boolean }
  | { type: "guards"; on: boolean }
  | { type: "stale" }
  | { type: "scoring"; settings: ScoringSettings }
  | { type: "select"; index: number }
  | { type: "progress"; progress: ReadProgress }
  | { type: "dismiss" };

export function initialState(lang: Lang, scoring: ScoringSettings): PaneState {
  return {
    lang,
    live: true,
    guards: false,
    scoring,
    busy: null,
    checks: null,
    all: false,
    selected: 0,
    stale: false,
    marksCleared: false,
    notice: null,
    confirm: null,
    progress: null,
    checkedAt: 0,
  };
}

/** A plain check that finds no form shows the empty state; a banner saying the same would repeat it. */
function refusalOf(job: Job, checks: SheetCheck[]): Notice | null {
  for (const check of checks) {
    if (!check.refused) continue;
    const readOnly = job === "check" || job === "check-all" || job === "live";
    if (readOnly && check.refused.code === "no-form") continue;
    return { kind: "problem", problem: check.refused };
  }
  return null;
}

/**
 * Where new results go. A full check replaces the list; any other check re-checks one sheet, which
 * takes its place in a list from 校验全部工作表 (by name) rather than dropping the others.
 */
function merged(state: PaneState, job: Job, checks: SheetCheck[]): Pick<PaneState, "checks" | "all" | "selected"> {
  if (job === "check-all") {
    const withForm = checks.findIndex((c) => c.result.form !== null);
    return { checks, all: true, selected: withForm >= 0 ? withForm : 0 };
  }
  const [check] = checks;
  if (state.all && state.checks && check) {
    const at = state.checks.findIndex((c) => c.result.sheet === check.result.sheet);
    if (at >= 0) return { checks: state.checks.map((c, i) => (i === at ? check : c)), all: true, selected: at };
  }
  return { checks, all: false, selected: 0 };
}

/** Excel refused while a cell was being edited: the results on show still hold; only say why. */
const onlyEditMode = (checks: SheetCheck[]): boolean =>
  checks.length > 0 && checks.every((c) => c.refused?.code === "cell-edit-mode");

function checked(state: PaneState, job: Job, checks: SheetCheck[], notice: Notice | null): PaneState {
  const done = { ...state, busy: null, progress: null, confirm: null };
  if (onlyEditMode(checks)) return { ...done, notice: { kind: "problem", problem: problem("cell-edit-mode", {}) } };
  return {
    ...done,
    ...merged(state, job, checks),
    stale: false,
    marksCleared: false,
    notice: refusalOf(job, checks) ?? notice ?? (job === "live" ? state.notice : null),
    checkedAt: state.checkedAt + 1,
  };
}

export function reduce(state: PaneState, event: PaneEvent): PaneState {
  switch (event.type) {
    case "start":
      return { ...state, busy: event.job, notice: event.job === "live" ? state.notice : null, progress: null };
    case "checked":
      return checked(state, event.job, event.checks, null);
    case "written": {
      const job: Job = event.what === "totals" ? "insert-totals" : event.what === "summary" ? "write-summary" : "fill-scores";
      const formatsChanged = event.checks.flatMap((c) => c.formatsChanged ?? []);
      const kept = event.checks.flatMap((c) => c.totalsKept ?? []);
      return checked(state, job, event.checks, {
        kind: "written",
        what: event.what,
        cells: event.cells,
        ...(formatsChanged.length > 0 ? { formatsChanged } : {}),
        ...(kept.length > 0 ? { kept } : {}),
      });
    }
    case "summary-deleted":
      return checked(state, "delete-summary", event.checks, { kind: "summary-deleted", cells: event.cells });
    case "cleared":
      // The results stay on show (and the sheet list with them) until the next check.
      return { ...state, busy: null, progress: null, marksCleared: true, notice: { kind: "cleared", sheets: event.sheets } };
    case "failed":
      return { ...state, busy: null, progress: null, confirm: null, notice: event.notice };
    case "notice":
      return { ...state, notice: event.notice };
    case "confirm":
      return { ...state, busy: null, progress: null, confirm: event.confirm };
    case "language":
      return { ...state, lang: event.lang };
    case "live":
      return { ...state, live: event.on };
    case "guards":
      return { ...state, guards: event.on };
    case "stale":
      return state.checks ? { ...state, stale: true } : state;
    case "scoring":
      return { ...state, scoring: event.settings };
    case "select":
      return state.checks && event.index >= 0 && event.index < state.checks.length ? { ...state, selected: event.index } : state;
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
