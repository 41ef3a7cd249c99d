/**
 * One file's whole share of a run, done where the file is read (a worker thread, or the main thread
 * with --jobs 1): check it, render its text or JSON entry, and build its review rows. Only these
 * strings and rows travel back, never the workbook, so the main thread's memory does not grow with
 * the number or size of the files.
 */
import * as path from "path";
import type { Severity } from "../../core/model";
import { problem } from "../../core/problem";
import { copyPath } from "../../xlsx/write";
import type { CheckRequest, FileReport, RunContext } from "../check-files";
import { toJson } from "../format-json";
import { formatFileText } from "../format-text";
import { problemText } from "../problems";
import { cliStrings } from "../strings";
import { reviewRows, type ReviewRow } from "./review-row";

export interface JobSettings {
  request: CheckRequest;
  format: "text" | "json";
  color: boolean;
  /** Every input of the run: an annotated copy may overwrite none of them. */
  inputs: string[];
}

export interface Job {
  index: number;
  file: string;
  /**
   * With --out: an earlier input whose annotated copy has this file's name. Decided before the run
   * (not by whichever worker writes first), so every --jobs gives the same result.
   */
  claimedBy?: string;
}

export interface FileOutcome {
  index: number;
  file: string;
  /** The file's block of the text report, or its entry of the JSON array (unframed). */
  stdout: string;
  stderr: string;
  rows: ReviewRow[];
  counts: Record<Severity, number>;
  /** The file could not be checked (or its copy not written): exit code 2. */
  failed: boolean;
}

/** `JSON.stringify(array, null, 2)` writes each element like this, so entries can stream one by one. */
function jsonArrayElement(value: unknown): string {
  return `  ${JSON.stringify(value, null, 2).replace(/\n/g, "\n  ")}`;
}

export async function processFile(job: Job, settings: JobSettings): Promise<FileOutcome> {
  const context: RunContext = { inputs: settings.inputs, written: new Map() };
  const { outDir } = settings.request;
  if (job.claimedBy !== undefined && outDir) context.written.set(path.resolve(copyPath(job.file, outDir)), job.claimedBy);
  // Loaded here rather than at the top: the main thread of a parallel run imports this module (for
  // lostOutcome) but never reads a workbook, and the reader (exceljs) and the engine are most of
  // what loading costs, on the same cores the workers are starting on.
  // require, not import(): a worker run from the .ts sources (tests, tsx) has only tsx's require hook.
  const { checkFile } = require("../check-files") as typeof import("../check-files");
  return outcomeOf(job, await checkFile(job.file, settings.request, context), settings);
}

/** A file whose worker died under it: reported like any internal error, and the run goes on. */
export function lostOutcome(job: Job, settings: JobSettings, detail: string): FileOutcome {
  return outcomeOf(job, { file: job.file, error: problem("worker-stopped", { detail }), sheets: [] }, settings);
}

/** A file still unfinished at the run's deadline: its worker was stopped, and the run goes on. */
export function slowOutcome(job: Job, settings: JobSettings, timeoutMs: number): FileOutcome {
  return outcomeOf(job, { file: job.file, error: problem("too-slow", { seconds: timeoutMs / 1000 }), sheets: [] }, settings);
}

function outcomeOf(job: Job, report: FileReport, settings: JobSettings): FileOutcome {
  const lang = settings.request.lang;
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const sheet of report.sheets) for (const f of sheet.findings) counts[f.severity]++;

  // The same lines the sequential command writes to stderr for this file.
  let stderr = "";
  if (settings.format === "json") {
    if (report.error) stderr += `ziping: ${job.file}: ${problemText(report.error, lang)}\n`;
    if (report.dropped) stderr += `ziping: ${job.file}: ${cliStrings[lang].dropped(report.dropped)}\n`;
    if (report.notAnnotated) stderr += `ziping: ${job.file}: ${cliStrings[lang].notAnnotated}\n`;
  }
  if (report.error?.code === "internal" && report.error.cause instanceof Error) {
    stderr += `${report.error.cause.stack ?? report.error.cause.message}\n`;
  }
  const stdout =
    settings.format === "json"
      ? jsonArrayElement(toJson([report], lang)[0])
      : `${formatFileText(report, lang, { color: settings.color })}\n`;
  return { index: job.index, file: job.file, stdout, stderr, rows: reviewRows(report, lang), counts, failed: report.error !== null };
}

/** Who claims each input's annotated copy name: the first input with that name (see Job.claimedBy). */
export function claimCopies(files: string[], outDir: string | undefined): Job[] {
  const first = new Map<string, string>();
  return files.map((file, index) => {
    if (!outDir) return { index, file };
    const target = path.resolve(copyPath(file, outDir));
    const earlier = first.get(target);
    if (earlier === undefined) first.set(target, file);
    return earlier === undefined ? { index, file } : { index, file, claimedBy: earlier };
  });
}
