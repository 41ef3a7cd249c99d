/**
 * `ziping check … --report FILE` (and `--jobs N`): the check command over many files, spread over
 * worker threads, printing the same text or JSON the sequential command prints (file by file, in
 * input order), and writing the review summary — one row per form, one per file that could not be
 * checked — to each --report file (.xlsx or .csv), atomically and never over an input.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import type { Lang, Severity } from "../../core/model";
import { sameFile, writeFileAtomic } from "../../xlsx/write";
import type { CheckRequest } from "../check-files";
import { problem } from "../../core/problem";
import { problemText } from "../problems";
import { cliStrings } from "../strings";
import { runJobs, type WorkerEntry } from "./pool";
import { claimCopies, type FileOutcome, type JobSettings } from "./process-file";
import { ProgressBar } from "./progress";
import type { ReviewRow } from "./review-row";
import { reviewStrings } from "./strings";
import { reviewCsv } from "./write-csv";

export interface ReviewStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ReviewIo {
  stdout: ReviewStream;
  stderr: ReviewStream;
}

export interface ReviewOptions {
  request: CheckRequest;
  format: "text" | "json";
  color: boolean;
  /** Review summary files to write (.xlsx or .csv); may be empty (then this is just a parallel check). */
  reports: string[];
  /** Worker threads (default: defaultJobs()). */
  jobs?: number;
  /** Where the worker script is; tests point it elsewhere (null: the main thread, no deadline). */
  entry?: WorkerEntry | null;
  /** Wall-clock milliseconds one file may take before it is given up. */
  timeoutMs?: number;
}

export type ReportFormat = "xlsx" | "csv";

function reportFormat(file: string): ReportFormat | null {
  const ext = path.extname(file).toLowerCase();
  return ext === ".xlsx" ? "xlsx" : ext === ".csv" ? "csv" : null;
}

/** Why the --report paths cannot be used, or null. Checked before any file is read. */
async function reportProblem(reports: string[], inputs: string[], lang: Lang): Promise<string | null> {
  const s = reviewStrings[lang];
  for (const report of reports) {
    if (reportFormat(report) === null) return s.reportExtension(report);
    let exists = true;
    try {
      await fs.stat(report);
    } catch {
      exists = false;
    }
    for (const input of inputs) {
      const clash = exists ? await sameFile(report, input) : path.resolve(report) === path.resolve(input);
      if (clash) return problemText(problem("report-is-input", { path: report }), lang);
    }
  }
  return null;
}

/**
 * Worker threads when --jobs is not given: one core fewer than the machine has, at least one. A
 * worker keeps more than its own core busy — V8 compiles its hot code on background threads, about
 * 0.9 of a core beside a checking thread (bench/cli.ts) — so a worker per core only makes them wait
 * for each other: on 2 cores, two workers took longer than one.
 */
export function defaultJobs(cores: number = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length): number {
  return Math.max(1, cores - 1);
}

const bold = (color: boolean, text: string): string => (color ? `\u001b[1m${text}\u001b[0m` : text);

async function writeReport(file: string, rows: ReviewRow[], lang: Lang): Promise<void> {
  // exceljs only when an .xlsx summary is asked for (see processFile on what loading costs).
  const bytes =
    reportFormat(file) === "csv"
      ? Buffer.from(reviewCsv(rows, lang), "utf8")
      : await (require("./write-xlsx") as typeof import("./write-xlsx")).reviewXlsx(rows, lang);
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFileAtomic(file, bytes);
}

export async function runReview(files: string[], options: ReviewOptions, io: ReviewIo): Promise<number> {
  const { lang } = options.request;
  const reports = [...new Set(options.reports)];
  const refusal = await reportProblem(reports, files, lang);
  if (refusal !== null) {
    io.stderr.write(`ziping: ${refusal}\n`);
    return 2;
  }

  const settings: JobSettings = { request: options.request, format: options.format, color: options.color, inputs: files };
  const progress = io.stderr.isTTY && files.length > 0 ? new ProgressBar(io.stderr, files.length) : null;
  const say = (stream: ReviewStream, text: string): void => {
    if (progress) progress.print(stream, text);
    else stream.write(text);
  };

  const rows: ReviewRow[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let failed = 0;
  let jsonEntries = 0;
  const onOutcome = (outcome: FileOutcome): void => {
    if (options.format === "json") {
      say(io.stdout, `${jsonEntries === 0 ? "[\n" : ",\n"}${outcome.stdout}`);
      jsonEntries++;
    } else {
      say(io.stdout, outcome.stdout);
    }
    say(io.stderr, outcome.stderr);
    rows.push(...outcome.rows);
    for (const severity of ["error", "warning", "info"] as const) counts[severity] += outcome.counts[severity];
    if (outcome.failed) failed++;
    progress?.tick();
  };

  progress?.start();
  try {
    await runJobs(claimCopies(files, options.request.outDir), {
      jobs: options.jobs ?? defaultJobs(),
      settings,
      onOutcome,
      entry: options.entry,
      timeoutMs: options.timeoutMs,
    });
  } finally {
    progress?.stop();
  }

  if (options.format === "json") {
    io.stdout.write(jsonEntries === 0 ? "[]\n" : "\n]\n");
  } else {
    io.stdout.write(`${bold(options.color, cliStrings[lang].overall(files.length, counts.error, counts.warning, counts.info, failed))}\n`);
  }

  let reportFailed = false;
  for (const report of reports) {
    try {
      await writeReport(report, rows, lang);
      // JSON on stdout stays pure JSON; the note goes to stderr there.
      (options.format === "json" ? io.stderr : io.stdout).write(`${reviewStrings[lang].reportWritten(report, rows.length)}\n`);
    } catch (error) {
      reportFailed = true;
      const detail = error instanceof Error ? error.message : String(error);
      io.stderr.write(`ziping: ${problemText(problem("report-not-written", { path: report, detail }, error), lang)}\n`);
    }
  }

  if (failed > 0 || reportFailed) return 2;
  return counts.error > 0 ? 1 : 0;
}
