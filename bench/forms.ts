/**
 * What the benchmarks read: the seed department form grown to any number of task rows (every row
 * its own text and amounts, totals exact, so nothing is cheaper for repeating), and a reviewer's
 * inbox of ordinary submissions in the sample layouts. Deterministic: the same call gives the same
 * forms on every machine.
 */
import { promises as fs } from "fs";
import * as path from "path";
import Big from "big.js";
import { departmentSpecChongqing } from "../tools/samples/chongqing-2021";
import { projectSpecHubeiHuanggang } from "../tools/samples/hubei-huanggang-2020";
import { SEED_TASKS, seedSpec } from "../tools/samples/seed-shenzhen-2021";
import { findCell, insertRows, replaceText, withCells, type CellSpec, type SheetSpec } from "../tools/samples/sheet-spec";
import {
  groupThousands,
  numericAmounts,
  projectSpecAnhui,
  projectSpecHubei,
  projectSpecHunan,
  projectSpecSichuan,
  toTraditional,
  wanYuan,
} from "../tools/samples/variants";
import { workbookFromSpecs } from "../tools/samples/from-spec";
import { parseA1 } from "../src/core/grid";
import { seededRandom } from "../tools/samples/random";


const money = (fen: number): string => groupThousands(new Big(fen).div(100).toFixed(2));

/**
 * The seed form with `tasks` task rows (the seed has 5) between its header and 金额合计: names,
 * contents and completion notes after the seed's own, numbered so that no two rows share a text,
 * amounts in the seed's notation (text, `37,560,000.00`) and a 金额合计 row that is their exact sum.
 */
export function departmentForm(tasks: number, seed = 1): SheetSpec {
  if (tasks < SEED_TASKS.length) throw new Error(`departmentForm: at least ${SEED_TASKS.length} tasks`);
  const random = seededRandom(seed);
  const totalsAt = findCell(seedSpec, "金额合计");
  if (!totalsAt) throw new Error("departmentForm: the seed has no 金额合计 row");
  const totalsRow = parseA1(totalsAt).row + 1;
  const firstRow = totalsRow - SEED_TASKS.length;
  const extra = tasks - SEED_TASKS.length;
  const spec = insertRows(seedSpec, totalsRow, extra);

  const sums = [new Big(0), new Big(0), new Big(0), new Big(0)];
  const cells: Record<string, CellSpec> = {};
  for (let k = 0; k < tasks; k++) {
    const row = firstRow + k;
    const [name, content, done] = SEED_TASKS[k % SEED_TASKS.length];
    const budget = Math.floor(100_000 + random() * 50_000_000) * 100;
    const fiscal = random() < 0.8 ? budget : Math.floor(budget * (0.5 + random() * 0.5));
    const spent = Math.floor(budget * (0.85 + random() * 0.15));
    const spentFiscal = Math.min(fiscal, spent);
    const amounts = [budget, fiscal, spent, spentFiscal];
    if (k >= SEED_TASKS.length) {
      cells[`B${row}`] = `${name}（${k + 1}）`;
      cells[`C${row}`] = `${content.slice(0, 40 + (k % 40))}（第${k + 1}项）`;
      cells[`D${row}`] = `${done.slice(0, 60 + (k % 60))}（第${k + 1}项）`;
      ["E", "F", "G", "H"].forEach((col, i) => (cells[`${col}${row}`] = money(amounts[i])));
    } else {
      // The seed's own rows keep their amounts: the sums start from them.
      amounts.splice(0, 4, ...SEED_TASKS[k][3].map((a) => Number(new Big(a.replace(/,/g, "")).times(100).toFixed(0))));
    }
    amounts.forEach((a, i) => (sums[i] = sums[i].plus(a)));
  }
  const totalsNow = totalsRow + extra;
  ["E", "F", "G", "H"].forEach((col, i) => (cells[`${col}${totalsNow}`] = money(Number(sums[i].toFixed(0)))));
  return withCells(spec, cells);
}

/** The layouts an inbox holds, as reviewers receive them. */
function inboxLayouts(): SheetSpec[] {
  return [
    seedSpec,
    numericAmounts(seedSpec),
    wanYuan(seedSpec),
    wanYuan(seedSpec, { numeric: true, unitIn: "note" }),
    toTraditional(seedSpec),
    projectSpecAnhui(),
    projectSpecHunan(),
    projectSpecSichuan(),
    projectSpecHubei(),
    projectSpecHubeiHuanggang(),
    departmentSpecChongqing(),
  ];
}

/**
 * `count` submissions written as .xlsx into `dir` (created): the sample layouts in turn, each
 * file's title numbered so no two files are the same bytes, and every tenth a department form with
 * 100 tasks. Returns the file paths in order.
 */
export async function writeInbox(dir: string, count: number): Promise<string[]> {
  await fs.mkdir(dir, { recursive: true });
  const layouts = inboxLayouts();
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const base = i % 10 === 9 ? departmentForm(100, i) : layouts[i % layouts.length];
    const spec = replaceText(base, /自评表/, `自评表（${String(i + 1).padStart(3, "0")}）`);
    const file = path.join(dir, `submission-${String(i + 1).padStart(4, "0")}.xlsx`);
    await fs.writeFile(file, Buffer.from(await workbookFromSpecs([spec]).xlsx.writeBuffer()));
    files.push(file);
  }
  return files;
}

/** A workbook holding `spec`, as bytes. */
export async function workbookBytesOf(spec: SheetSpec): Promise<Buffer> {
  return Buffer.from(await workbookFromSpecs([spec]).xlsx.writeBuffer());
}
