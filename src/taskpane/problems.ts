/**
 * The pane's one place for problems: a port call that threw becomes the banner that explains it, and
 * a Problem (src/core/problem.ts) becomes the pane's words. A problem the adapter recognised (protected
 * sheet, cell-edit mode, a sheet too large, an Excel too old) says what to do; a write that failed
 * part-way says how to remove what got there; anything else from Office asks for a retry. Office's own
 * words are kept as a detail for whoever helps, never as the message.
 */
import { OFFICE_PROBLEM_CODES, problem, ProblemError, wordProblem, type OfficeProblemCode, type Problem } from "../core/problem";
import type { Notice } from "./state";
import type { PaneStrings } from "./strings";

const OFFICE_CODES: readonly string[] = OFFICE_PROBLEM_CODES;

function isOfficeProblem(p: Problem): p is Problem<OfficeProblemCode> {
  return OFFICE_CODES.includes(p.code);
}

export function noticeOf(error: unknown): Notice {
  if (error instanceof ProblemError && isOfficeProblem(error.problem)) return { kind: "problem", problem: error.problem };
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: "problem", problem: problem("office-failed", { detail }, error) };
}

/** Office failed rather than refused: the banner is an error, with Office's words under it. */
export function isFailure(p: Problem<OfficeProblemCode>): p is Problem<"write-interrupted" | "office-failed"> {
  return p.code === "write-interrupted" || p.code === "office-failed";
}

export function problemText(p: Problem<OfficeProblemCode>, t: PaneStrings): string {
  return wordProblem(t.problem, p);
}
