/**
 * How the adapter recognises Office's errors. It raises a Problem (src/core/problem.ts) for them and
 * never words it: the pane and the ribbon command do, each in one place.
 */
import { fail, type ProblemError } from "../core/problem";

/**
 * Excel failed the sync that writes, part-way: it applies a batch up to the failing command and keeps
 * what it applied, so some marks (or part of a totals row or summary) may be on the sheet. The pane
 * names the way back (清除标记); the host's error is the cause.
 */
export function writeInterrupted(cause: unknown): ProblemError {
  return fail("write-interrupted", { detail: cause instanceof Error ? cause.message : String(cause) }, cause);
}

function codeOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : "";
}

/**
 * Excel refuses every request while the user is typing in a cell. Microsoft's pages name two codes
 * for it: InvalidOperationInCellEditMode, and the general InvalidOperation with a message about edit
 * mode (the message tells it from other invalid operations, such as writing over part of a merge).
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 */
export function isCellEditMode(error: unknown): boolean {
  const code = codeOf(error);
  if (code === "InvalidOperationInCellEditMode") return true;
  return code === "InvalidOperation" && /edit(ing)?[ -]?mode|编辑模式/i.test(messageOf(error));
}
