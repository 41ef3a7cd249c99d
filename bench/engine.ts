/**
 * The engine alone — recognise, rules, summary and the write plan — on the seed and on department
 * forms of 1,000 and 10,000 task rows, against exceljs loading the same workbook: the engine should
 * scale linearly and cost little next to reading the file.
 */
import { execFile } from "child_process";
import * as path from "path";
import { promisify } from "util";
import ExcelJS from "exceljs";
import { checkGrid } from "../src/core/engine";
import type { GridData } from "../src/core/grid";
import { planWrites } from "../src/core/plan";
import { seedSpec } from "../tools/samples/seed-shenzhen-2021";
import type { SheetSpec } from "../tools/samples/sheet-spec";
import { readWorkbook } from "../src/xlsx/read";
import { departmentForm, workbookBytesOf } from "./forms";
import { cpuTime, cpuTimeAsync, round, type Repeat } from "./measure";

/**
 * Engine samples last at least this long, so each carries its share of garbage collections: a
 * 10,000-row check is ~30 ms and an old-generation collection lands in one run of several.
 */
const ENGINE_SAMPLE_MS = 100;

export interface EngineFigures {
  seedMicros: number;
  rows1k: number;
  rows10k: number;
  scaling10x: number;
  vsLoad: number;
}

export interface FormTiming {
  name: string;
  rows: number;
  bytes: number;
  /** Engine, CPU ms (median). */
  engine: number;
  /** exceljs `xlsx.load` of the same workbook, CPU ms (median). */
  load: number;
}

export interface EngineDetail extends EngineFigures {
  forms: FormTiming[];
  /**
   * scaling10x again in a child node whose young generation holds a 10,000-row check
   * (--max-semi-space-size=64): how the engine scales when the scavenger does not copy the form
   * model it is still building. The gap to scaling10x is garbage collection.
   */
  scaling10xRoomyHeap: number;
}

/** What the pane and the CLI run per sheet once it is read. */
export function engineRun(grid: GridData): void {
  const result = checkGrid(grid);
  planWrites(result, { marks: true }, grid);
}

async function load(bytes: Buffer): Promise<void> {
  await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer);
}

export async function timeForm(name: string, spec: SheetSpec, repeat: Repeat): Promise<FormTiming> {
  const bytes = await workbookBytesOf(spec);
  // The grid as the CLI reads it from the file, so both sides see the same workbook.
  const [grid] = (await readWorkbook(bytes)).sheets;
  // One after the other, each warmed up just before it is timed: the warm-up pays for the garbage
  // the other left (process.cpuUsage counts V8's concurrent GC threads too). A full collection
  // between them would be cleaner on paper, but V8 then drops compiled code and every run after
  // measures the interpreter.
  const loadTime = await cpuTimeAsync(() => load(bytes), repeat);
  cpuTime(() => engineRun(grid), { warmup: repeat.warmup, reps: 3, minSampleMs: ENGINE_SAMPLE_MS }); // warm-up only
  const engine = cpuTime(() => engineRun(grid), { warmup: 0, reps: repeat.reps, minSampleMs: ENGINE_SAMPLE_MS });
  return { name, rows: grid.values.length, bytes: bytes.length, engine: engine.median, load: loadTime.median };
}

export interface EngineOptions {
  /** Task rows of the small and the large form (1,000 and 10,000). */
  small?: number;
  large?: number;
}

/** The same two timings in a child with a young generation of 64 MB per semi-space (engine-roomy-heap.ts). */
async function scalingWithRoomyHeap(small: number, large: number): Promise<number> {
  const child = path.join(__dirname, "engine-roomy-heap.ts");
  const { stdout } = await promisify(execFile)(process.execPath, ["--max-semi-space-size=64", "--import", "tsx", child, String(small), String(large)], {
    cwd: path.join(__dirname, ".."),
  });
  const { rows1k, rows10k } = JSON.parse(stdout) as { rows1k: number; rows10k: number };
  return round(rows10k / rows1k, 2);
}

export async function measureEngine({ small = 1000, large = 10000 }: EngineOptions = {}): Promise<EngineDetail> {
  const seed = await timeForm("seed", seedSpec, { warmup: 50, reps: 31 });
  const rows1k = await timeForm(`${small} tasks`, departmentForm(small), { warmup: 10, reps: 21 });
  const rows10k = await timeForm(`${large} tasks`, departmentForm(large), { warmup: 2, reps: 9 });
  const scaling10xRoomyHeap = await scalingWithRoomyHeap(small, large);
  return {
    scaling10xRoomyHeap,
    seedMicros: Math.round(seed.engine * 1000),
    rows1k: round(rows1k.engine, 2),
    rows10k: round(rows10k.engine, 1),
    scaling10x: round(rows10k.engine / rows1k.engine, 2),
    vsLoad: round(rows1k.engine / rows1k.load, 3),
    forms: [seed, rows1k, rows10k],
  };
}
