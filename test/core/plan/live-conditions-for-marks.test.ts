/**
 * Marks need the live conditions of their own cells only: a 10,000-row table has some 60,000
 * conditions and its findings a handful, so planWrites builds conditions for the cells the findings
 * name unless guards (every checkable cell) were asked for. The marks must come out exactly as they
 * would from every condition of the form.
 */
import fc from "fast-check";
import { checkGrid } from "../../../src/core/engine";
import { a1, type GridData } from "../../../src/core/grid";
import { cellsOf, liveChecks, marksFromFindings, planWrites } from "../../../src/core/plan";
import { toGridData, withCells } from "../../../tools/samples/sheet-spec";
import { seedSpec } from "../../../tools/samples/seed-shenzhen-2021";
import { projectSpecHunan } from "../../../tools/samples/variants";
import { mutatedForm, seedWithTasks, taskTable } from "../../support/form-arbitraries";

function sameMarksEitherWay(grid: GridData): void {
  const result = checkGrid(grid);
  if (!result.form) return;
  for (const lang of ["zh-CN", "en-US"] as const) {
    const fromEvery = marksFromFindings(result.findings, lang, liveChecks(result.form));
    const fromTheirCells = marksFromFindings(result.findings, lang, liveChecks(result.form, {}, cellsOf(result.findings)));
    expect(fromTheirCells).toEqual(fromEvery);
  }
  // The plan asks for the marks' cells only, and with guards for every cell: the marks are the same.
  const marks = planWrites(result, { marks: true }, grid).plan.marks;
  expect(planWrites(result, { marks: true, guards: true }, grid).plan.marks).toEqual(marks);
}

describe("live conditions for marks", () => {
  it("builds only the conditions on the cells the findings name", () => {
    const grid = toGridData(withCells(seedSpec, { H10: "140,000,000.00" }));
    const result = checkGrid(grid);
    const only = cellsOf(result.findings);
    const some = liveChecks(result.form, {}, only);
    expect(some.length).toBeGreaterThan(0);
    expect(some.length).toBeLessThan(liveChecks(result.form).length);
    expect(some.filter((c) => !only.has(a1(c.row, c.col)))).toEqual([]);
    // The typed wrong total is still a live mark: its fill goes when the total is put right.
    const h10 = planWrites(result, { marks: true }, grid).plan.marks.find((m) => m.address === "H10");
    expect(h10?.condition).toContain("H10");
  });

  it("keeps a stated rate's mark live: 执行率 90% against 194.9 ÷ 194.9 on a line under the total", () => {
    const grid = toGridData(withCells(projectSpecHunan(), { E6: "90%" }));
    const result = checkGrid(grid);
    expect(result.findings.filter((f) => f.rule === "rate-mismatch").flatMap((f) => f.cells)).toEqual(["E6"]);
    sameMarksEitherWay(grid);
    expect(planWrites(result, { marks: true }, grid).plan.marks.find((m) => m.address === "E6")?.condition).toContain("E6");
  });

  it("gives the same marks as every condition would, on task tables with wrong totals and parts above their whole", () => {
    fc.assert(fc.property(taskTable, (table) => sameMarksEitherWay(seedWithTasks(table, table.permutation))), { numRuns: 60 });
  });

  it("gives the same marks as every condition would, on the bundled forms with hostile edits", () => {
    fc.assert(fc.property(mutatedForm, ({ grid }) => sameMarksEitherWay(grid)), { numRuns: 60 });
  });
});
