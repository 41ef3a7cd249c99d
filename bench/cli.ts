/**
 * `ziping check --report` over a generated inbox, run as a reviewer runs it (the built command, a
 * child process), against a bare exceljs read of the same files in a child of its own. Each child
 * runs under /usr/bin/time, which gives its CPU time, wall time and peak resident memory (worker
 * threads included: they live in the same process).
 */
import { execFile } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";
import { writeInbox } from "./forms";
import { median, round } from "./measure";

const run = promisify(execFile);
// The V8 flags bin/ziping.js sets for itself, for the bare read that is ziping's parallel ceiling.
const ZIPING_V8_FLAGS: string[] = require("../bin/v8-flags.js");
const ROOT = path.resolve(__dirname, "..");
const TIME = "/usr/bin/time";

/** What /usr/bin/time says about one child. */
export interface ChildRun {
  wallMs: number;
  cpuMs: number;
  maxRssMB: number;
}

export interface CliFigures {
  files: number;
  vsBareLoad: number;
  parallelSpeedup: number;
  peakRssMB: number;
}

export interface CliDetail extends CliFigures {
  /** Threads of the all-workers run: the machine's cores. */
  jobs: number;
  /** Medians, per run of the whole inbox. */
  bare: ChildRun;
  single: ChildRun;
  parallel: ChildRun;
  /**
   * Bare exceljs in `jobs` processes at once, each reading its share of the files (with ziping's V8
   * flags): wall time of the lot, and the speedup over one process reading them all. What this
   * machine gives this work in parallel, whatever ziping does.
   */
  bareSplitWallMs: number;
  bareSplitSpeedup: number;
  /**
   * Peak memory of the all-workers run over a quarter of the files and over twice as many: V8 sizes
   * its heaps over the first files, after which memory must not grow with the number of files.
   */
  fewerFiles: number;
  peakRssFewerMB: number;
  moreFiles: number;
  peakRssMoreMB: number;
}

/**
 * Reads every .xlsx of a directory with exceljs, one after another, and nothing else. It loads
 * exceljs's Workbook the way ziping does (src/xlsx/exceljs.ts), so the ratio is ziping's own work.
 */
const BARE_LOAD = `
const fs = require("fs");
const path = require("path");
const Workbook = require("exceljs/lib/doc/workbook");
(async () => {
  const dir = process.argv[1];
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".xlsx")).sort();
  for (const f of files) await new Workbook().xlsx.load(fs.readFileSync(path.join(dir, f)));
})().catch((e) => { console.error(e); process.exit(2); });
`;

async function timed(args: string[], okCodes: number[]): Promise<ChildRun> {
  const stats = path.join(os.tmpdir(), `ziping-bench-time-${process.pid}-${Date.now()}.txt`);
  try {
    // %e wall seconds, %U/%S CPU seconds, %M peak resident set in KB.
    await run(TIME, ["-o", stats, "-f", "%e %U %S %M", ...args], { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 }).catch(
      (error: { code?: number }) => {
        // ziping exits 1 when a form has error findings: a finished run all the same.
        if (typeof error.code === "number" && okCodes.includes(error.code)) return;
        throw error;
      },
    );
    const line = (await fs.readFile(stats, "utf8")).trim().split("\n").pop() ?? "";
    const [wall, user, sys, rss] = line.split(/\s+/).map(Number);
    if (![wall, user, sys, rss].every(Number.isFinite)) throw new Error(`unexpected /usr/bin/time output: ${line}`);
    return { wallMs: wall * 1000, cpuMs: (user + sys) * 1000, maxRssMB: rss / 1024 };
  } finally {
    await fs.rm(stats, { force: true });
  }
}

function medianRun(runs: ChildRun[]): ChildRun {
  return {
    wallMs: median(runs.map((r) => r.wallMs)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    maxRssMB: Math.max(...runs.map((r) => r.maxRssMB)),
  };
}

/** The files dealt round-robin into `n` directories. */
async function splitInbox(files: string[], root: string, n: number): Promise<string[]> {
  const dirs = Array.from({ length: n }, (_, i) => path.join(root, String(i)));
  for (const dir of dirs) await fs.mkdir(dir, { recursive: true });
  for (const [i, file] of files.entries()) await fs.copyFile(file, path.join(dirs[i % n], path.basename(file)));
  return dirs;
}

export function cores(): number {
  return typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
}

export interface CliOptions {
  files?: number;
  reps?: number;
  /** Log progress lines (the whole measurement takes minutes). */
  log?: (line: string) => void;
}

/** The command as users run it; `npm run build:cli` must have built dist/ (run.ts does). */
function ziping(dir: string, report: string, jobs: number): string[] {
  return [process.execPath, path.join(ROOT, "bin", "ziping.js"), "check", "--report", report, "--jobs", String(jobs), dir];
}

export async function measureCli({ files = 200, reps = 3, log = () => {} }: CliOptions = {}): Promise<CliDetail> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), "ziping-bench-"));
  try {
    const inbox = path.join(work, "inbox");
    log(`writing ${files} workbooks`);
    const written = await writeInbox(inbox, files);
    const fewer = Math.max(1, Math.floor(files / 4));
    const fewerDir = path.join(work, "fewer");
    await fs.mkdir(fewerDir);
    for (const file of written.slice(0, fewer)) await fs.copyFile(file, path.join(fewerDir, path.basename(file)));
    const again = path.join(work, "again");
    await fs.mkdir(again);
    for (const file of written) await fs.copyFile(file, path.join(again, path.basename(file)));

    const jobs = cores();
    const shares = await splitInbox(written, path.join(work, "share"), jobs);
    const report = path.join(work, "review.csv");
    const bare = (): Promise<ChildRun> => timed([process.execPath, "-e", BARE_LOAD, inbox], [0]);
    const bareFlagged = (dir: string): Promise<ChildRun> => timed([process.execPath, ...ZIPING_V8_FLAGS, "-e", BARE_LOAD, dir], [0]);
    const bareSplit = async (): Promise<number> => Math.max(...(await Promise.all(shares.map(bareFlagged))).map((r) => r.wallMs));
    const single = (): Promise<ChildRun> => timed(ziping(inbox, report, 1), [0, 1]);
    const parallel = (): Promise<ChildRun> => timed(ziping(inbox, report, jobs), [0, 1]);

    // One untimed pass of each warms the file cache; then the three alternate, so load from
    // elsewhere on the machine falls on all of them alike.
    log("warm-up pass");
    await bare();
    await single();
    const runs: Record<"bare" | "single" | "parallel", ChildRun[]> = { bare: [], single: [], parallel: [] };
    const splitWalls: number[] = [];
    const flaggedWalls: number[] = [];
    for (let i = 0; i < reps; i++) {
      log(`repetition ${i + 1}/${reps}`);
      runs.bare.push(await bare());
      runs.single.push(await single());
      runs.parallel.push(await parallel());
      flaggedWalls.push((await bareFlagged(inbox)).wallMs);
      splitWalls.push(await bareSplit());
    }
    log(`peak memory over ${fewer} files`);
    const few: ChildRun[] = [];
    for (let i = 0; i < reps; i++) few.push(await timed(ziping(fewerDir, report, jobs), [0, 1]));
    log(`peak memory over ${files * 2} files`);
    const more = await timed([...ziping(inbox, report, jobs), again], [0, 1]);

    const b = medianRun(runs.bare);
    const s = medianRun(runs.single);
    const p = medianRun(runs.parallel);
    const f = medianRun(few);
    return {
      files,
      // Both single-threaded: CPU time is what each costs, whatever else the machine is doing.
      vsBareLoad: round(s.cpuMs / b.cpuMs, 3),
      // Waiting is the point of threads: wall time.
      parallelSpeedup: round(s.wallMs / p.wallMs, 2),
      peakRssMB: Math.round(p.maxRssMB),
      jobs,
      bare: b,
      single: s,
      parallel: p,
      bareSplitWallMs: median(splitWalls),
      bareSplitSpeedup: round(median(flaggedWalls) / median(splitWalls), 2),
      fewerFiles: fewer,
      peakRssFewerMB: Math.round(f.maxRssMB),
      moreFiles: files * 2,
      peakRssMoreMB: Math.round(more.maxRssMB),
    };
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}
