/**
 * `ziping check [options] <file.xlsx ...>`: parse the arguments, check the files, print the report.
 * `run` returns the exit code instead of exiting, so tests call it in-process and bin/ziping.js sets
 * process.exitCode (letting a large JSON report drain to a pipe before node exits).
 */
import { readFileSync } from "fs";
import * as path from "path";
import { Command, CommanderError, Option } from "commander";
import type { Lang } from "../core/model";
import type { CheckOptions as RuleOptions } from "../core/rules/rule";
import type { CheckRequest } from "./check-files";
import { ignoreClosedPipe } from "./closed-pipe";
import type { TextStyle } from "./format-text";
import { collectReports, DEFAULT_TIMEOUT_SECONDS, expandInputs, parseJobs, parseTimeout, runReview, type WorkerEntry } from "./review";
import { cliStrings } from "./strings";

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env?: NodeJS.ProcessEnv;
  /**
   * Where files are checked: by default the compiled (or, from the sources, tsx-loaded) worker; null
   * checks in this thread with no --timeout, which in-process tests use to avoid a thread per run.
   */
  workers?: WorkerEntry | null;
}

interface CheckOptions {
  format: "text" | "json";
  out?: string;
  insertTotals?: boolean;
  summary?: boolean;
  lang: "zh" | "en";
  report: string[];
  jobs?: number;
  timeout: number;
  profile?: "central" | "hubei";
  explainOverAchievement?: boolean;
  capByRate?: boolean;
  fillScores?: boolean;
  guards?: boolean;
}

const LANGS: Record<CheckOptions["lang"], Lang> = { zh: "zh-CN", en: "en-US" };

function version(): string {
  // Two levels up from src/cli (tests) and from dist/cli (the built command) alike.
  const pkg = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

class UsageError extends Error {}

async function check(args: string[], options: CheckOptions, io: Io): Promise<number> {
  const lang = LANGS[options.lang];
  const s = cliStrings[lang];
  if (!options.out) {
    if (options.insertTotals) throw new UsageError(s.needsOut("--insert-totals"));
    if (options.summary) throw new UsageError(s.needsOut("--summary"));
    if (options.fillScores) throw new UsageError(s.needsOut("--fill-scores"));
    if (options.guards) throw new UsageError(s.needsOut("--guards"));
  }
  const expanded = await expandInputs(args, lang, options.report);
  if ("error" in expanded) throw new UsageError(expanded.error);
  const files = expanded.files;
  const rules: RuleOptions = {
    ...(options.profile ? { profile: options.profile } : {}),
    ...(options.explainOverAchievement ? { explainOverAchievement: true } : {}),
    ...(options.capByRate ? { capByExecutionRate: true } : {}),
  };
  const request: CheckRequest = {
    lang,
    outDir: options.out,
    insertTotals: options.insertTotals,
    summary: options.summary,
    fillScores: options.fillScores,
    guards: options.guards,
    options: rules,
  };
  const env = io.env ?? process.env;
  const style: TextStyle = { color: Boolean(io.stdout.isTTY) && !env.NO_COLOR };
  // One path for every run: without --report or --jobs the files are checked one at a time, printed
  // file by file as they finish. Even then in a worker thread: only a thread can be stopped when a
  // file is still not read at the deadline (exceljs cannot be interrupted).
  const jobs = options.jobs ?? (options.report.length > 0 ? undefined : 1);
  return runReview(
    files,
    {
      request,
      format: options.format,
      color: style.color,
      reports: options.report,
      jobs,
      entry: io.workers,
      timeoutMs: options.timeout * 1000,
    },
    io,
  );
}

function program(io: Io, done: (code: number) => void): Command {
  const root = new Command();
  root
    .name("ziping")
    .description("自评表校验 — check 绩效自评表 workbooks (.xlsx, .xls)")
    .version(version())
    .exitOverride()
    .configureOutput({ writeOut: (str) => io.stdout.write(str), writeErr: (str) => io.stderr.write(str) });

  root
    .command("check")
    .description("check forms; print findings; optionally write annotated copies")
    .argument("<files...>", ".xlsx or .xls workbooks, or directories to search for them")
    .addOption(new Option("--format <format>", "text: findings by file and sheet; json: for tools").choices(["text", "json"]).default("text"))
    .option("--out <dir>", "write annotated copies of .xlsx inputs into DIR (same file names; never overwrites an input)")
    .option("--insert-totals", "with --out: insert or repair the 金额合计 row with live SUM formulas")
    .option("--summary", "with --out: write the 校验摘要 rows below the form")
    .addOption(new Option("--lang <lang>", "message language").choices(["zh", "en"]).default("zh"))
    .option("--report <file>", "write a review summary, one row per form (.xlsx or .csv; may be repeated)", collectReports, [])
    .addOption(new Option("--profile <profile>", "scoring rules (default: guessed from the layout, else central)").choices(["central", "hubei"]))
    .option("--explain-over-achievement", "an actual at 130% or more of its target must be explained (Guangxi)")
    .option("--cap-by-rate", "cap 总分 by the execution rate (70–80% → 89, 60–70% → 79, 50–60% → 69, below 50% → 59)")
    .option("--fill-scores", "with --out: write the computed 得分 into blank score cells")
    .option("--guards", "with --out: keep checking in the copy — every checkable cell turns red or amber the moment a mistake is typed into it (Excel, WPS, LibreOffice)")
    .option("--jobs <n>", "check N files at a time in worker threads (default with --report: one fewer than the cores, at least 1)", parseJobs)
    .option("--timeout <seconds>", "give up on a file not read and checked within SECONDS", parseTimeout, DEFAULT_TIMEOUT_SECONDS)
    .addHelpText("after", "\nexit 0: no error-severity finding; 1: at least one error; 2: an input could not be read or holds no form")
    .action(async (files: string[], options: CheckOptions) => {
      done(await check(files, options, io));
    });
  return root;
}

/** The process's own streams, where a reader that closes the pipe early ends the output quietly. */
function processIo(): Io {
  ignoreClosedPipe(process.stdout);
  ignoreClosedPipe(process.stderr);
  return { stdout: process.stdout, stderr: process.stderr };
}

/** Run the command line with `argv` (the arguments after `ziping`); resolves to the exit code. */
export async function run(argv: string[], io: Io = processIo()): Promise<number> {
  let code = 0;
  const root = program(io, (c) => {
    code = c;
  });
  if (argv.length === 0) {
    root.outputHelp({ error: true });
    return 2;
  }
  try {
    await root.parseAsync(argv, { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`ziping: ${error.message}\n`);
      return 2;
    }
    // Help and --version end here with exit code 0; a bad option or a missing file argument with 1,
    // which the command line reports as 2 (could not run the check).
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
}

if (require.main === module) {
  run(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
