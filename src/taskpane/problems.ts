/**
 * A port call that threw, as the banner that explains it: a refusal the adapter recognised (protected
 * sheet, cell-edit mode, a sheet too large, an Excel too old) says what to do; a write that failed
 * part-way says how to remove what got there; anything else from Office asks for a retry. Office's own
 * words are kept as a detail for whoever helps, never as the message.
 */
import { PortRefusal, PortWriteError } from "../excel/errors";
import type { Notice } from "./state";

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function noticeOf(error: unknown): Notice {
  if (error instanceof PortRefusal) {
    return { kind: "refusal", reason: error.reason, ...(error.detail !== undefined ? { detail: error.detail } : {}) };
  }
  if (error instanceof PortWriteError) return { kind: "failure", during: "write", detail: messageOf(error.cause) };
  return { kind: "failure", during: "host", detail: messageOf(error) };
}
