/**
 * The performance budgets, next to the figures they judge. A figure without a budget is shown for
 * context (the ratios built from it carry the budget).
 */
import type { CliDetail } from "./cli";
import type { EngineDetail } from "./engine";
import type { SyncDetail } from "./syncs";
import type { BundleDetail } from "./bundle";
import type { LiveMarksDetail } from "./live-marks";

export type Verdict = "pass" | "miss" | "—";

export interface Line {
  section: string;
  figure: string;
  value: string;
  budget: string;
  verdict: Verdict;
}

const judge = (ok: boolean): Verdict => (ok ? "pass" : "miss");

export function syncLines(s: SyncDetail): Line[] {
  const exactly = (figure: string, value: number, want: number): Line => ({
    section: "syncs",
    figure,
    value: String(value),
    budget: `= ${want}`,
    verdict: judge(value === want),
  });
  const atMost = (figure: string, value: number, max: number): Line => ({
    section: "syncs",
    figure,
    value: String(value),
    budget: `≤ ${max}`,
    verdict: judge(value <= max),
  });
  return [
    exactly("check (seed)", s.check, 2),
    exactly("checkNoChange (seed)", s.checkNoChange, 1),
    atMost("clear", s.clear, 2),
    atMost("insertTotals", s.insertTotals, 2),
    atMost("summary", s.summary, 2),
    exactly("checkLarge (2,000 rows)", s.checkLarge, 2),
    exactly("  unchanged re-check (2,000 rows)", s.checkLargeNoChange, 1),
  ];
}

export const VS_LOAD_BUDGET = 0.05;
export const SCALING_BUDGET = 12;

export function engineLines(e: EngineDetail): Line[] {
  const [seed, small, large] = e.forms;
  const info = (figure: string, value: string): Line => ({ section: "engine", figure, value, budget: "", verdict: "—" });
  return [
    info("seedMicros (seed, CPU µs)", String(e.seedMicros)),
    info(`rows1k (${small.rows} rows, CPU ms)`, e.rows1k.toFixed(2)),
    info(`rows10k (${large.rows} rows, CPU ms)`, e.rows10k.toFixed(1)),
    { section: "engine", figure: "scaling10x", value: e.scaling10x.toFixed(2), budget: `≤ ${SCALING_BUDGET}`, verdict: judge(e.scaling10x <= SCALING_BUDGET) },
    info("  scaling10x, 64 MB young generation (GC aside)", e.scaling10xRoomyHeap.toFixed(2)),
    {
      section: "engine",
      figure: `vsLoad (${small.rows} rows: engine ÷ exceljs load)`,
      value: e.vsLoad.toFixed(3),
      budget: `≤ ${VS_LOAD_BUDGET}`,
      verdict: judge(e.vsLoad <= VS_LOAD_BUDGET),
    },
    info(`  exceljs load, ${small.rows} rows (CPU ms)`, small.load.toFixed(1)),
    info(`  vsLoad on the seed (${seed.engine.toFixed(2)} ÷ ${seed.load.toFixed(1)} ms)`, (seed.engine / seed.load).toFixed(3)),
    info(`  vsLoad, ${large.rows} rows (${large.engine.toFixed(0)} ÷ ${large.load.toFixed(0)} ms)`, (large.engine / large.load).toFixed(3)),
  ];
}

export const BARE_LOAD_BUDGET = 1.3;
export const SPEEDUP_BUDGET = 1.6;
/** Peak memory counts as flat when twice the files need at most this much more. */
export const FLAT_MEMORY_SLACK = 1.1;

export function cliLines(c: CliDetail): Line[] {
  const info = (figure: string, value: string): Line => ({ section: "cli", figure, value, budget: "", verdict: "—" });
  const flat = c.peakRssMoreMB <= c.peakRssMB * FLAT_MEMORY_SLACK;
  return [
    info("files", String(c.files)),
    {
      section: "cli",
      figure: "vsBareLoad (CPU, --jobs 1 ÷ bare exceljs)",
      value: c.vsBareLoad.toFixed(3),
      budget: `≤ ${BARE_LOAD_BUDGET}`,
      verdict: judge(c.vsBareLoad <= BARE_LOAD_BUDGET),
    },
    info("  bare exceljs load (CPU s / wall s)", `${(c.bare.cpuMs / 1000).toFixed(2)} / ${(c.bare.wallMs / 1000).toFixed(2)}`),
    info("  ziping --jobs 1 (CPU s / wall s)", `${(c.single.cpuMs / 1000).toFixed(2)} / ${(c.single.wallMs / 1000).toFixed(2)}`),
    // V8's compiler and GC threads: cores a one-thread run already keeps busy.
    info("  cores busy with --jobs 1 (CPU ÷ wall)", (c.single.cpuMs / c.single.wallMs).toFixed(2)),
    {
      section: "cli",
      figure: `parallelSpeedup (wall, --jobs 1 ÷ --jobs ${c.jobs})`,
      value: c.parallelSpeedup.toFixed(2),
      budget: c.jobs >= 2 ? `≥ ${SPEEDUP_BUDGET}` : "(1 core)",
      verdict: c.jobs >= 2 ? judge(c.parallelSpeedup >= SPEEDUP_BUDGET) : "—",
    },
    info(`  ziping --jobs ${c.jobs} (CPU s / wall s)`, `${(c.parallel.cpuMs / 1000).toFixed(2)} / ${(c.parallel.wallMs / 1000).toFixed(2)}`),
    // The same speedup for exceljs alone, in separate processes: the most this machine gives the work.
    info(`  bare exceljs, ${c.jobs} processes over ${c.jobs} shares (speedup)`, c.bareSplitSpeedup.toFixed(2)),
    info(`  peak RSS --jobs ${c.jobs}, ${c.fewerFiles} files (MB)`, String(c.peakRssFewerMB)),
    {
      section: "cli",
      figure: `peakRssMB (--jobs ${c.jobs}, ${c.files} files)`,
      value: String(c.peakRssMB),
      budget: `flat: ${c.moreFiles} files ≤ ${FLAT_MEMORY_SLACK}×`,
      verdict: judge(flat),
    },
    info(`  peak RSS --jobs ${c.jobs}, ${c.moreFiles} files (MB)`, String(c.peakRssMoreMB)),
    info("  peak RSS --jobs 1 (MB)", String(Math.round(c.single.maxRssMB))),
  ];
}

export const GUARDS_BUDGET = 1.5;

export function liveMarkLines(m: LiveMarksDetail): Line[] {
  const info = (figure: string, value: string): Line => ({ section: "marks", figure, value, budget: "", verdict: "—" });
  return [
    info(`LibreOffice open + recalculate, ${m.rows} rows, marks only (CPU ms)`, m.plainMs.toFixed(0)),
    info(`  … with guards (CPU ms)`, m.guardedMs.toFixed(0)),
    {
      section: "marks",
      figure: "guardedVsPlain (LibreOffice, with ÷ without guards)",
      value: m.guardedVsPlain.toFixed(2),
      budget: `≤ ${GUARDS_BUDGET}`,
      verdict: judge(m.guardedVsPlain <= GUARDS_BUDGET),
    },
    info("conditional-format rules, marks only", String(m.plainRules)),
    info(`  … with guards (covering ${m.guardedCells} cells)`, String(m.guardedRules)),
  ];
}

export const BUNDLE_BUDGET_KB = 200;

export function bundleLines(b: BundleDetail): Line[] {
  return [
    {
      section: "bundle",
      figure: `taskpaneGzipKB (${b.scripts.length} scripts)`,
      value: b.taskpaneGzipKB.toFixed(1),
      budget: `≤ ${BUNDLE_BUDGET_KB}`,
      verdict: judge(b.taskpaneGzipKB <= BUNDLE_BUDGET_KB),
    },
  ];
}

/** Columns padded by display width (CJK counts two). */
export function table(lines: Line[]): string {
  const width = (s: string): number => [...s].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1), 0);
  const pad = (s: string, w: number): string => s + " ".repeat(Math.max(0, w - width(s)));
  const head: Line = { section: "section", figure: "figure", value: "value", budget: "budget", verdict: "—" };
  const rows = [head, ...lines];
  const cols: (keyof Line)[] = ["section", "figure", "value", "budget", "verdict"];
  const widths = cols.map((c) => Math.max(...rows.map((r) => width(r[c]))));
  const render = (r: Line): string =>
    cols
      .map((c, i) => (c === "verdict" && r === head ? "" : pad(r[c], widths[i])))
      .join("  ")
      .trimEnd();
  return [render(head), widths.map((w) => "-".repeat(w)).join("  "), ...lines.map(render)].join("\n");
}
