/**
 * fast-check arbitraries over forms for the hardening properties: the bundled forms (the seed and the
 * four project layouts) as bases, hostile cell edits, neutral content placed around a moved form,
 * and the seed with random task amounts. Grids are built as GridData directly, so a case costs a
 * check, not a workbook.
 */
import Big from "big.js";
import fc from "fast-check";
import type { CellValue, GridData } from "../../src/core/grid";
import { seedSpec } from "../../tools/samples/seed-shenzhen-2021";
import { toGridData, type SheetSpec } from "../../tools/samples/sheet-spec";
import { groupThousands, numericAmounts, projectSpecAnhui, projectSpecHubei, projectSpecHunan, projectSpecSichuan } from "../../tools/samples/variants";

export const BASE_SPECS: SheetSpec[] = [seedSpec, numericAmounts(seedSpec), projectSpecAnhui(), projectSpecHunan(), projectSpecSichuan(), projectSpecHubei()];
export const BASE_GRIDS: GridData[] = BASE_SPECS.map(toGridData);

/** What a hostile or careless user puts in a cell. */
export const hostileValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(
    null,
    "",
    " ",
    "#REF!",
    "#DIV/0!",
    "#N/A",
    "#VALUE!",
    "合计",
    "金额合计",
    "预算数",
    "执行数",
    "其中：财政拨款",
    "实际完成值",
    "预期指标值",
    "一级指标",
    "≥",
    "10-20",
    "≤0",
    ">0%",
    "100%",
    "约3万",
    "(1,000.00)",
    "３７，５６０",
    "1e999",
    "达成预期指标",
    "未完成",
    "无",
    "/",
    "<img src=x onerror=alert(1)>",
    "𠮷😀",
    true,
    false,
    0,
    -1,
    1e15,
    -1e-9,
    0.1 + 0.2,
    Number.MAX_SAFE_INTEGER,
  ),
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

/** Number formats a cell might carry. */
export const anyFormat = fc.constantFrom<string | null>(null, "General", "@", "0.00%", "#,##0.00", "yyyy-mm-dd", "0", '0.00"%"');

export interface CellEdit {
  row: number;
  col: number;
  value: CellValue;
  format: string | null;
}

/** A copy of `grid` with cells set (growing it as needed); merges and everything else kept. */
export function withEdits(grid: GridData, edits: CellEdit[]): GridData {
  const values = grid.values.map((r) => [...r]);
  const formats = (grid.formats ?? []).map((r) => [...(r ?? [])]);
  const formulas = (grid.formulas ?? []).map((r) => [...(r ?? [])]);
  for (const e of edits) {
    const i = e.row - grid.origin.row;
    const j = e.col - grid.origin.col;
    if (i < 0 || j < 0) continue;
    while (values.length <= i) values.push([]);
    while (formats.length <= i) formats.push([]);
    while (formulas.length <= i) formulas.push([]);
    values[i][j] = e.value;
    formats[i][j] = e.format;
  }
  return { ...grid, values, formats, formulas, merges: grid.merges.map((m) => ({ ...m })) };
}

/** A bundled form with 1–12 hostile edits inside and just around it. */
export const mutatedForm: fc.Arbitrary<{ base: number; grid: GridData }> = fc
  .tuple(
    fc.nat({ max: BASE_GRIDS.length - 1 }),
    fc.array(fc.record({ row: fc.nat({ max: 34 }), col: fc.nat({ max: 11 }), value: hostileValue, format: anyFormat }), { minLength: 1, maxLength: 12 }),
  )
  .map(([base, edits]) => ({ base, grid: withEdits(BASE_GRIDS[base], edits) }));

/**
 * Words that are in no header list: notes people leave around a form. Bare numbers that read as a
 * year (1900–2100) are left out: recognition takes the first year-like text above the tables as the
 * form's 预算年度 (a known quirk, pinned by a failing test in engine-properties.test.ts).
 */
export const neutralValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>("附件3", "备注", "填表人：王五", "联系电话：0755-88888888", "草稿", "内部核对用", "第1页", "（盖章）", 12345, 0.5),
  fc.integer({ min: -1000, max: 100000 }).filter((n) => n < 1900 || n > 2100),
);

/** GridData of a spec moved by (rows, cols), with neutral cells placed well away from it on every side. */
export interface Surrounded {
  base: number;
  rows: number;
  cols: number;
  grid: GridData;
}

export const movedAndSurrounded: fc.Arbitrary<Surrounded> = fc
  .record({
    base: fc.nat({ max: BASE_GRIDS.length - 1 }),
    rows: fc.nat({ max: 30 }),
    cols: fc.nat({ max: 8 }),
    notes: fc.array(fc.record({ side: fc.constantFrom("above", "left", "right", "below"), a: fc.nat({ max: 40 }), b: fc.nat({ max: 3 }), value: neutralValue }), {
      maxLength: 8,
    }),
  })
  .map(({ base, rows, cols, notes }) => {
    const g = BASE_GRIDS[base];
    const height = g.values.length;
    const width = g.values.reduce((w, r) => Math.max(w, r.length), 0);
    const moved: GridData = {
      ...g,
      origin: { row: g.origin.row + rows, col: g.origin.col + cols },
      merges: g.merges.map((m) => ({ top: m.top + rows, bottom: m.bottom + rows, left: m.left + cols, right: m.right + cols })),
    };
    const top = moved.origin.row;
    const left = moved.origin.col;
    const bottom = top + height - 1;
    const right = left + width - 1;
    const edits: CellEdit[] = [];
    for (const n of notes) {
      // Away from the form: a blank row above it, a blank column beside it, three blank rows under it.
      if (n.side === "above" && top >= 2) edits.push({ row: n.a % (top - 1), col: left + (n.a % width), value: n.value, format: null });
      if (n.side === "left" && left >= 2) edits.push({ row: top + (n.a % height), col: n.b % (left - 1), value: n.value, format: null });
      if (n.side === "right") edits.push({ row: top + (n.a % height), col: right + 2 + n.b, value: n.value, format: null });
      if (n.side === "below") edits.push({ row: bottom + 4 + n.b, col: left + (n.a % width), value: n.value, format: null });
    }
    return { base, rows, cols, grid: placeEdits(moved, edits) };
  });

/** Edits anywhere on the sheet: the grid's origin moves up/left to take cells above or left of it. */
function placeEdits(grid: GridData, edits: CellEdit[]): GridData {
  const top = Math.min(grid.origin.row, ...edits.map((e) => e.row));
  const left = Math.min(grid.origin.col, ...edits.map((e) => e.col));
  const dr = grid.origin.row - top;
  const dc = grid.origin.col - left;
  const pad = <T>(rows: (T | null | undefined)[][] | undefined): (T | null | undefined)[][] => [
    ...Array.from({ length: dr }, () => [] as (T | null | undefined)[]),
    ...(rows ?? []).map((r) => [...Array<T | null>(dc).fill(null), ...(r ?? [])]),
  ];
  const rebased: GridData = {
    ...grid,
    origin: { row: top, col: left },
    values: pad<CellValue>(grid.values) as CellValue[][],
    formats: pad<string>(grid.formats as (string | null | undefined)[][]),
    formulas: pad<string>(grid.formulas as (string | null | undefined)[][]),
  };
  return withEdits(rebased, edits);
}

/** Fen as the seed writes amounts: `37,560,000.00`. */
const money = (fen: bigint): string => groupThousands(new Big(fen.toString()).div(100).toFixed(2));

export interface TaskTable {
  /** Per task: budget, budget fiscal, spent, spent fiscal (fen). */
  tasks: [bigint, bigint, bigint, bigint][];
  /** Added to each total (fen): 0 keeps the totals right. */
  skew: [bigint, bigint, bigint, bigint];
  permutation: number[];
}

/** Five tasks with random amounts (fiscal within the total most of the time), totals sometimes off. */
export const taskTable: fc.Arbitrary<TaskTable> = fc.record({
  tasks: fc.array(
    fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.bigInt({ min: 0n, max: 10n ** 12n })),
    { minLength: 5, maxLength: 5 },
  ),
  skew: fc.tuple(
    fc.oneof(fc.constant(0n), fc.bigInt({ min: -1000n, max: 1000n })),
    fc.oneof(fc.constant(0n), fc.bigInt({ min: -1000n, max: 1000n })),
    fc.oneof(fc.constant(0n), fc.bigInt({ min: -1000n, max: 1000n })),
    fc.oneof(fc.constant(0n), fc.bigInt({ min: -1000n, max: 1000n })),
  ),
  permutation: fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 }),
});

/** The seed with these task amounts (rows 5–9) in this order, and totals (row 10) = sum + skew. */
export function seedWithTasks(table: TaskTable, order: number[] = [0, 1, 2, 3, 4]): GridData {
  const grid = toGridData(seedSpec);
  const values = grid.values.map((r) => [...r]);
  const seedTasks = [4, 5, 6, 7, 8].map((i) => grid.values[i]);
  order.forEach((source, k) => {
    const row = [...seedTasks[source]];
    table.tasks[source].forEach((fen, j) => (row[4 + j] = money(fen)));
    values[4 + k] = row;
  });
  for (let j = 0; j < 4; j++) {
    const sum = table.tasks.reduce((n, t) => n + t[j], 0n) + table.skew[j];
    values[9][4 + j] = money(sum);
  }
  return { ...grid, values };
}
