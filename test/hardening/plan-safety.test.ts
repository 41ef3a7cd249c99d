/**
 * Write plans never put anything where the user has something: the summary block moves past rows
 * that hold anything (and keeps a blank row under it, so a re-run finds where it ends); a totals row
 * leaves cells under a merged area alone; no note or cell text exceeds Excel's 32,767 characters.
 * Found by the bad-input corpus (two forms on one sheet; 总额 merged with 财政拨款; a 32,767-character
 * indicator name).
 */
import { checkGrid } from "../../src/core/engine";
import type { GridData } from "../../src/core/grid";
import { applyPlanToGrid, planWrites } from "../../src/core/plan";
import { CELL_TEXT_LIMIT, fitCellText } from "../../src/core/plan/cell-text";
import { seedSpec } from "../../tools/samples/seed-shenzhen-2021";
import { toGridData, withCells, type CellSpec } from "../../tools/samples/sheet-spec";

const SEED_ROWS = seedSpec.rows.length; // 29: the summary block normally starts at row 31

function summaryRows(grid: GridData): number[] {
  const { plan } = planWrites(checkGrid(grid), { summary: true }, grid);
  return plan.summary!.rows.map((r) => r.row + 1);
}

describe("the summary block", () => {
  it("goes one blank row under the form when the rows there are free", () => {
    const rows = summaryRows(toGridData(seedSpec));
    expect(rows[0]).toBe(SEED_ROWS + 2);
  });

  it("moves down past a note the user wrote a few rows under the form, leaving a blank row above and below", () => {
    const note = SEED_ROWS + 5; // row 34: inside where the block would go
    const grid = toGridData(withCells(seedSpec, { [`C${note}`]: "填表人：张三" }));
    const rows = summaryRows(grid);
    expect(rows[0]).toBe(note + 2);
    const after = applyPlanToGrid(grid, planWrites(checkGrid(grid), { summary: true }, grid).plan);
    expect(after.values[note - 1][2]).toBe("填表人：张三");
  });

  it("treats a merged area or a formula as content, even when it shows nothing", () => {
    const merged: GridData = { ...toGridData(seedSpec) };
    merged.merges = [...merged.merges, { top: SEED_ROWS + 3, left: 10, bottom: SEED_ROWS + 3, right: 11 }];
    expect(summaryRows(merged)[0]).toBe(SEED_ROWS + 6);
    const formula = toGridData(withCells(seedSpec, { [`J${SEED_ROWS + 4}`]: { value: "", formula: '=IF(1,"","")' } as CellSpec }));
    expect(summaryRows(formula)[0]).toBe(SEED_ROWS + 6);
  });

  it("is found and replaced by a re-run, whatever the user writes right under it afterwards", () => {
    const grid = toGridData(seedSpec);
    const first = applyPlanToGrid(grid, planWrites(checkGrid(grid), { summary: true }, grid).plan);
    const end = summaryRows(grid).at(-1)!;
    // The user adds a line two rows under the block: the blank row between keeps it out of the block.
    const edited: GridData = { ...first, values: first.values.map((r) => [...r]) };
    while (edited.values.length < end + 2) edited.values.push([]);
    edited.values[end + 1] = ["审核人：李四"];
    const rerun = planWrites(checkGrid(edited), { summary: true }, edited).plan.summary!;
    expect(rerun.replace).toEqual({ top: SEED_ROWS + 1, bottom: end - 1 });
    expect(rerun.rows.map((r) => r.row + 1)).toEqual(summaryRows(grid));
  });
});

describe("the totals row", () => {
  it("writes no formula into a cell a merged area covers (总额 merged with 其中：财政拨款)", () => {
    const cells: Record<string, CellSpec> = {};
    const merges: string[] = [];
    for (let row = 5; row <= 10; row++) {
      cells[`F${row}`] = null;
      merges.push(`E${row}:F${row}`);
    }
    const spec = withCells(seedSpec, cells);
    const grid = toGridData({ ...spec, merges: [...spec.merges, ...merges] });
    const { plan } = planWrites(checkGrid(grid), { insertTotals: true }, grid);
    expect(plan.totals?.mode).toBe("repair");
    expect(plan.totals!.cells.map((c) => [c.col, c.formula])).toEqual([
      [4, "=SUMPRODUCT(NUMBERVALUE(E5:E9,\".\",\",\"))"],
      [6, "=SUMPRODUCT(NUMBERVALUE(G5:G9,\".\",\",\"))"],
      [7, "=SUMPRODUCT(NUMBERVALUE(H5:H9,\".\",\",\"))"],
    ]);
  });
});

describe("Excel's 32,767-character limit", () => {
  it("cuts long text at a character boundary, with an ellipsis, and leaves short text alone", () => {
    expect(fitCellText("短")).toBe("短");
    expect(fitCellText("x".repeat(CELL_TEXT_LIMIT))).toHaveLength(CELL_TEXT_LIMIT);
    const cut = fitCellText("x".repeat(CELL_TEXT_LIMIT - 2) + "𠮷𠮷");
    expect(cut.length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut).not.toMatch(/[\ud800-\udbff]…$/); // no half of a surrogate pair
  });

  it("holds for notes and summary cells when an unmet indicator's name is already 32,767 characters", () => {
    const name = "邀请代表列席常委会会议人数".repeat(2600).slice(0, CELL_TEXT_LIMIT);
    const grid = toGridData(withCells(seedSpec, { D25: name }));
    const { plan } = planWrites(checkGrid(grid), { summary: true }, grid);
    const unmet = plan.marks.find((m) => m.address === "G25")!;
    expect(unmet.note.length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
    for (const r of plan.summary!.rows) for (const c of r.cells) expect(String(c.value ?? "").length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
  });
});
