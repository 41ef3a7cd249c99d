/**
 * `npm run bench`: every performance figure in one run — syncs per pane action, the engine against
 * exceljs, the command over an inbox, the task pane's download — printed with its budget and
 * written to bench/results.json. Ratios are the point: they survive a noisy machine.
 *
 *   npm run bench                       everything; writes bench/results.json
 *   npm run bench -- --only engine,syncs  some sections; prints only
 *   npm run bench -- --files 50         a smaller inbox for the command (prints only)
 *   npm run bench -- --only marks        LibreOffice on a 2,000-row copy with and without guards
 *
 * Never a test: nothing here asserts a time.
 */
import { execFile } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";
import { bundleLines, cliLines, engineLines, liveMarkLines, syncLines, table, type Line } from "./budgets";
import { measureBundle, type BundleDetail } from "./bundle";
import { cores, measureCli, type CliDetail } from "./cli";
import { measureEngine, type EngineDetail } from "./engine";
import { measureLiveMarks, type LiveMarksDetail } from "./live-marks";
import { countSyncs, type SyncDetail } from "./syncs";

const ROOT = path.resolve(__dirname, "..");
const RESULTS = path.join(__dirname, "results.json");
const SECTIONS = ["engine", "syncs", "cli", "marks", "bundle"] as const;
type Section = (typeof SECTIONS)[number];

export interface Results {
  syncs: { check: number; checkNoChange: number; clear: number; insertTotals: number; summary: number; checkLarge: number };
  engine: { seedMicros: number; rows1k: number; rows10k: number; scaling10x: number; vsLoad: number };
  cli: { files: number; vsBareLoad: number; parallelSpeedup: number; peakRssMB: number };
  bundle: { taskpaneGzipKB: number };
  marks: { rows: number; guardedVsPlain: number; plainRules: number; guardedRules: number; guardedCells: number };
}

interface Args {
  only: Section[];
  files: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { only: [...SECTIONS], files: 200 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--only") {
      const names = (argv[++i] ?? "").split(",").filter(Boolean);
      for (const n of names) if (!(SECTIONS as readonly string[]).includes(n)) throw new Error(`--only: unknown section ${n} (${SECTIONS.join(", ")})`);
      args.only = names as Section[];
    } else if (a === "--files") {
      args.files = Number(argv[++i]);
      if (!Number.isInteger(args.files) || args.files < 4) throw new Error("--files: a whole number, 4 or more");
    } else {
      throw new Error(`unknown argument ${a}`);
    }
  }
  return args;
}

const log = (line: string): void => {
  process.stderr.write(`bench: ${line}\n`);
};

async function buildCli(): Promise<void> {
  log("building the command (npm run build:cli)");
  await promisify(execFile)(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT });
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  let engine: EngineDetail | undefined;
  let syncs: SyncDetail | undefined;
  let cli: CliDetail | undefined;
  let bundle: BundleDetail | undefined;
  let marks: LiveMarksDetail | undefined;

  // The engine first, while this process is fresh; webpack last, since it leaves a large heap behind.
  if (args.only.includes("engine")) {
    log("engine: seed, 1,000 and 10,000 task rows (CPU time, medians)");
    engine = await measureEngine();
  }
  if (args.only.includes("syncs")) {
    log("syncs: fake Excel host, 5 MB response cap");
    syncs = await countSyncs();
  }
  if (args.only.includes("cli")) {
    await buildCli();
    log(`cli: ${args.files} workbooks, --jobs 1 and --jobs ${cores()} against a bare exceljs read`);
    cli = await measureCli({ files: args.files, log: (l) => log(`cli: ${l}`) });
  }
  if (args.only.includes("marks")) {
    log("marks: LibreOffice opening a 2,000-row annotated copy with and without guards (CPU time, medians)");
    marks = await measureLiveMarks();
  }
  if (args.only.includes("bundle")) {
    log("bundle: production webpack build of the task pane");
    bundle = await measureBundle();
  }

  const lines: Line[] = [
    ...(syncs ? syncLines(syncs) : []),
    ...(engine ? engineLines(engine) : []),
    ...(cli ? cliLines(cli) : []),
    ...(marks ? liveMarkLines(marks) : []),
    ...(bundle ? bundleLines(bundle) : []),
  ];
  const machine = `${os.cpus()[0]?.model ?? "cpu"} × ${cores()}, node ${process.version}, load ${os.loadavg()[0].toFixed(1)}`;
  process.stdout.write(`\n${table(lines)}\n\n${machine}; ${((Date.now() - started) / 1000).toFixed(0)} s\n`);

  if (!engine || !syncs || !cli || !bundle || !marks || args.files !== 200) {
    process.stdout.write("(partial run: bench/results.json left as it was)\n");
    return;
  }
  const results: Results = {
    syncs: {
      check: syncs.check,
      checkNoChange: syncs.checkNoChange,
      clear: syncs.clear,
      insertTotals: syncs.insertTotals,
      summary: syncs.summary,
      checkLarge: syncs.checkLarge,
    },
    engine: {
      seedMicros: engine.seedMicros,
      rows1k: engine.rows1k,
      rows10k: engine.rows10k,
      scaling10x: engine.scaling10x,
      vsLoad: engine.vsLoad,
    },
    cli: { files: cli.files, vsBareLoad: cli.vsBareLoad, parallelSpeedup: cli.parallelSpeedup, peakRssMB: cli.peakRssMB },
    bundle: { taskpaneGzipKB: bundle.taskpaneGzipKB },
    marks: {
      rows: marks.rows,
      guardedVsPlain: Number(marks.guardedVsPlain.toFixed(2)),
      plainRules: marks.plainRules,
      guardedRules: marks.guardedRules,
      guardedCells: marks.guardedCells,
    },
  };
  await fs.writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`wrote ${path.relative(process.cwd(), RESULTS)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
