/**
 * Why something could not be done, as data: a workbook that cannot be read, Office refusing a request,
 * a write that failed, a file the command line cannot check. Adapters (src/xlsx, src/excel) and the
 * command's own file handling produce a Problem and never a sentence; each edge (the command line, the
 * review summary, the task pane, the ribbon command) turns it into words in one place per language,
 * which tsc makes cover every code that edge can receive.
 */

/** Which read limit (src/xlsx/limits.ts, MAX_SHEET_CELLS) a workbook or sheet went over, and by how much. */
export type SizeLimit =
  | { limit: "file"; bytes: number; max: number }
  | { limit: "unpacked"; bytes: number; max: number }
  | { limit: "parts"; count: number; max: number }
  | { limit: "sheet"; sheet: string; range: string; cells: number; max: number };

/** What is wrong inside a damaged workbook, as far as the reader could tell. */
export type Damage =
  | { damage: "zip-end-missing" }
  | { damage: "zip64-record-missing" }
  | { damage: "zip64-record-malformed" }
  | { damage: "zip-entry-malformed"; entry: number; count: number }
  | { damage: "part-header-missing"; part: string }
  | { damage: "part-truncated"; part: string }
  | { damage: "part-bomb"; part: string; declared: number }
  | { damage: "part-not-inflatable"; part: string }
  | { damage: "xls-unreadable" }
  | { damage: "xls-sheet-missing" }
  /** exceljs refused the package; `detail` is its own (English, technical) words. */
  | { damage: "package"; detail: string };

/** Every code with the facts its words need. */
export interface ProblemParams {
  // Reading a workbook (src/xlsx).
  "not-found": Record<string, never>;
  "not-a-file": Record<string, never>;
  "not-xlsx": Record<string, never>;
  "legacy-xls": Record<string, never>;
  /** WPS Spreadsheets' own .et (or .ett) format, which no parser ziping has can read. */
  "wps-et": Record<string, never>;
  encrypted: Record<string, never>;
  corrupted: Damage;
  "no-sheets": Record<string, never>;
  /** Over one of the read limits: refused before it could exhaust memory or time. */
  "too-large": SizeLimit;
  /** A workbook (CLI) or the active sheet (Office) holds no 绩效自评表. */
  "no-form": Record<string, never>;

  // The command line's own handling of files (src/cli).
  "duplicate-output": { other: string };
  "overwrite-input": { target: string };
  "copy-not-written": { detail: string };
  /** Still unfinished at --timeout: its worker was stopped. */
  "too-slow": { seconds: number };
  "worker-stopped": { detail: string };
  /** A bug: `detail` is the exception's message, the stack goes to stderr. */
  internal: { detail: string };

  // The command line's run as a whole (src/cli/review): not one file's failure but the run's.
  /** A folder given on the command line holds no workbook to check. */
  "no-workbooks-in": { dir: string };
  /** --report names one of the inputs: writing it would destroy a submission. */
  "report-is-input": { path: string };
  /** The review summary could not be written; `detail` is the file system's own words. */
  "report-not-written": { path: string; detail: string };

  // Office refusing or failing a request (src/excel).
  /** `sheet` names the sheet when it is not the active one (清除标记 over every sheet). */
  "sheet-protected": { sheet?: string };
  /** Excel refuses every request while a cell is being edited (InvalidOperationInCellEditMode). */
  "cell-edit-mode": Record<string, never>;
  /** This Excel lacks an API the action needs; `needs` names the requirement set. */
  "api-missing": { needs?: string };
  /** Office failed the sync that writes, part-way: some marks may be on the sheet. */
  "write-interrupted": { detail: string };
  /** Office failed for a reason the adapter does not recognise; `detail` is Office's own words. */
  "office-failed": { detail: string };
}

export type ProblemCode = keyof ProblemParams;

/** Codes a workbook reader can raise. */
const READ_PROBLEM_CODES = ["not-found", "not-a-file", "not-xlsx", "legacy-xls", "wps-et", "encrypted", "corrupted", "no-sheets", "too-large"] as const;
export type ReadProblemCode = (typeof READ_PROBLEM_CODES)[number];

/** Codes the command line and its review summary can show for a file. */
export const FILE_PROBLEM_CODES = [...READ_PROBLEM_CODES, "no-form", "duplicate-output", "overwrite-input", "copy-not-written", "too-slow", "worker-stopped", "internal"] as const;
export type FileProblemCode = (typeof FILE_PROBLEM_CODES)[number];

/** Codes the command line can give for the run as a whole, before or after the files are checked. */
export const RUN_PROBLEM_CODES = ["no-workbooks-in", "report-is-input", "report-not-written"] as const;
export type RunProblemCode = (typeof RUN_PROBLEM_CODES)[number];

/** Codes the Office.js adapter returns or throws (the pane and the ribbon command show them). */
export const OFFICE_PROBLEM_CODES = ["sheet-protected", "no-form", "cell-edit-mode", "api-missing", "too-large", "write-interrupted", "office-failed"] as const;
export type OfficeProblemCode = (typeof OFFICE_PROBLEM_CODES)[number];

/** One failure. `cause` is the underlying error, for logs and stack traces only: never shown as the message. */
export type Problem<C extends ProblemCode = ProblemCode> = {
  [K in C]: { code: K; params: ProblemParams[K]; cause?: unknown };
}[C];

export function problem<C extends ProblemCode>(code: C, params: ProblemParams[C], cause?: unknown): Problem<C> {
  return (cause === undefined ? { code, params } : { code, params, cause }) as Problem<C>;
}

/**
 * A Problem thrown across a call that returns something else (a reader, a port method). Its message is
 * the code, for logs; every edge renders `problem` instead.
 */
export class ProblemError<C extends ProblemCode = ProblemCode> extends Error {
  constructor(readonly problem: Problem<C>) {
    super(problem.code);
    this.name = "ProblemError";
  }
}

export function fail<C extends ProblemCode>(code: C, params: ProblemParams[C], cause?: unknown): ProblemError<C> {
  return new ProblemError(problem(code, params, cause));
}

/** An edge's words for some codes (the command line, the pane, the ribbon): each takes its code's params. */
export type ProblemWords<C extends ProblemCode> = { [K in C]: (params: ProblemParams[K]) => string };

/** A problem in an edge's words. */
export function wordProblem<C extends ProblemCode>(words: ProblemWords<C>, p: Problem<C>): string {
  // One code's words take that code's params; TypeScript cannot pair the two through the union.
  const say = words[p.code] as (params: ProblemParams[C]) => string;
  return say(p.params);
}
