/**
 * Properties of the engine on forms it has never seen: checking and planning never throw and never
 * touch their input; every finding names real cells of the sheet in both languages; recognition
 * does not care where the form sits or what neutral notes surround it; and the order of the task
 * rows changes no total.
 */
import { isDeepStrictEqual } from "util";
import fc from "fast-check";
import { checkGrid, type SheetResult } from "../../src/core/engine";
import { parseA1, type GridData } from "../../src/core/grid";
import type { Finding } from "../../src/core/model";
import { applyPlanToGrid, planWrites } from "../../src/core/plan";
import { ruleById } from "../../src/core/rules";
import { BASE_GRIDS, movedAndSurrounded, mutatedForm, seedWithTasks, taskTable } from "../support/form-arbitraries";
import { digestForm, shiftDigest } from "../support/form-digest";
import { RUNS } from "../support/property-runs";

jest.setTimeout(120_000);

const ALL = { marks: true, insertTotals: true, summary: true } as const;

/** A deep copy made in the test's own realm (structuredClone's objects fail a strict prototype check under jest). */
function deepCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(deepCopy) as T;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepCopy(v)])) as T;
  return value;
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** Why a finding is malformed, or null. */
function badFinding(f: Finding, grid: GridData): string | null {
  const rule = ruleById(f.rule);
  if (!rule) return `unknown rule ${f.rule}`;
  // A rule may report less severely than its id's severity (an explained gap is a warning), never more.
  if (!(f.severity in RANK) || RANK[f.severity] < RANK[rule.meta.severity]) return `${f.rule} with severity ${f.severity}`;
  if (f.cells.length === 0) return `${f.rule} names no cell`;
  const bottom = grid.origin.row + grid.values.length - 1;
  const right = grid.origin.col + grid.values.reduce((w, r) => Math.max(w, r.length), 0) - 1;
  for (const address of f.cells) {
    const { row, col } = parseA1(address);
    if (row < grid.origin.row || row > bottom + 1 || col < grid.origin.col || col > right) return `${f.rule} names ${address}, outside the sheet's cells`;
  }
  for (const lang of ["zh-CN", "en-US"] as const) if (typeof f.message[lang] !== "string" || f.message[lang].trim() === "") return `${f.rule} has no ${lang} message`;
  return null;
}

describe("checking and planning", () => {
  it("never throw on a damaged form, name real cells in both languages, and plan writes that apply", () => {
    fc.assert(
      fc.property(mutatedForm, ({ grid }) => {
        const result = checkGrid(grid);
        for (const f of result.findings) {
          const bad = badFinding(f, grid);
          if (bad) throw new Error(bad);
        }
        const { plan, after } = planWrites(result, ALL, grid);
        const written = applyPlanToGrid(grid, plan);
        checkGrid(written);
        return after.sheet === grid.sheet;
      }),
      { numRuns: RUNS.mutatedFormsNeverThrow },
    );
  });

  it("never change the grid they are given", () => {
    fc.assert(
      fc.property(fc.oneof(mutatedForm.map((m) => m.grid), movedAndSurrounded.map((m) => m.grid)), (grid) => {
        const before = deepCopy(grid);
        const result = checkGrid(grid);
        if (!isDeepStrictEqual(grid, before)) return false;
        const { plan } = planWrites(result, ALL, grid);
        applyPlanToGrid(grid, plan);
        return isDeepStrictEqual(grid, before);
      }),
      { numRuns: RUNS.checkNeverMutates },
    );
  });
});

/** Findings with their addresses moved back by (rows, cols): comparable with the unmoved form's. */
function findingsAt(result: SheetResult, rows: number, cols: number): unknown[] {
  const back = (address: string): string => {
    const { row, col } = parseA1(address);
    return `${row - rows},${col - cols}`;
  };
  return result.findings.map((f) => ({ rule: f.rule, severity: f.severity, cells: f.cells.map(back), expected: f.expected, actual: f.actual, subject: f.subject }));
}

describe("recognition", () => {
  const unmoved = BASE_GRIDS.map((g) => checkGrid(g));

  it("is the same wherever the form sits and whatever neutral notes lie around it", () => {
    fc.assert(
      fc.property(movedAndSurrounded, ({ base, rows, cols, grid }) => {
        const result = checkGrid(grid);
        expect(result.form).not.toBeNull();
        const { bounds: _moved, ...digest } = digestForm(result.form!) as Record<string, unknown>;
        const { bounds: _original, ...expected } = shiftDigest(digestForm(unmoved[base].form!), rows, cols) as Record<string, unknown>;
        expect(digest).toEqual(expected);
        expect(findingsAt(result, rows, cols)).toEqual(findingsAt(unmoved[base], 0, 0));
        expect(result.totals).toEqual(unmoved[base].totals);
        expect(result.indicators).toEqual(unmoved[base].indicators);
      }),
      { numRuns: RUNS.recognitionMoved },
    );
  });
});

describe("header fields", () => {
  // A number that reads as a year above the form (a file number, a stray 1900) is not its 预算年度:
  // only text that says 年 names the year when no 预算年度 field does.
  test("a year-like number above the title does not change the form's 预算年度", () => {
    const anhui = BASE_GRIDS[2];
    const moved: GridData = {
      ...anhui,
      origin: { row: 0, col: 0 },
      values: [[1900], [], ...anhui.values],
      formats: [[], [], ...(anhui.formats ?? [])],
      formulas: [[], [], ...(anhui.formulas ?? [])],
      merges: anhui.merges.map((m) => ({ ...m, top: m.top + 2, bottom: m.bottom + 2 })),
    };
    expect(checkGrid(anhui).form!.year).toBe("2022");
    expect(checkGrid(moved).form!.year).toBe("2022");
  });
});

describe("task rows", () => {
  const TOTAL_RULES = new Set(["total-mismatch", "total-missing", "rate-mismatch"]);
  const totalFindings = (r: SheetResult) => r.findings.filter((f) => TOTAL_RULES.has(f.rule)).map((f) => ({ rule: f.rule, cells: f.cells, expected: f.expected, actual: f.actual }));
  /** Every finding with task rows mapped back to the task they belong to. */
  const byTask = (r: SheetResult, order: number[]) =>
    r.findings
      .map((f) => ({
        rule: f.rule,
        expected: f.expected,
        actual: f.actual,
        cells: f.cells.map((a) => {
          const { row, col } = parseA1(a);
          return row >= 4 && row <= 8 ? `task${order[row - 4]}:${col}` : a;
        }),
      }))
      .sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));

  it("in any order give the same totals, the same total findings, and the same findings per task", () => {
    fc.assert(
      fc.property(taskTable, (table) => {
        const inOrder = checkGrid(seedWithTasks(table));
        const shuffled = checkGrid(seedWithTasks(table, table.permutation));
        return (
          isDeepStrictEqual(shuffled.totals, inOrder.totals) &&
          isDeepStrictEqual(totalFindings(shuffled), totalFindings(inOrder)) &&
          isDeepStrictEqual(byTask(shuffled, table.permutation), byTask(inOrder, [0, 1, 2, 3, 4]))
        );
      }),
      { numRuns: RUNS.reorderTasks },
    );
  });

  it("with totals that are off are reported whichever order the tasks are in (the property can fail)", () => {
    const table = { tasks: [[1n, 1n, 1n, 1n], [2n, 2n, 2n, 2n], [3n, 3n, 3n, 3n], [4n, 4n, 4n, 4n], [5n, 5n, 5n, 5n]] as [bigint, bigint, bigint, bigint][], skew: [1n, 0n, 0n, 0n] as [bigint, bigint, bigint, bigint], permutation: [4, 3, 2, 1, 0] };
    const findings = checkGrid(seedWithTasks(table, table.permutation)).findings.filter((f) => f.rule === "total-mismatch");
    expect(findings.map((f) => [f.cells[0], f.expected, f.actual])).toEqual([["E10", "0.15", "0.16"]]);
  });
});
