import type { GridData } from "../../../src/core/grid";
import { applyPlanToGrid, shiftMerges } from "../../../src/core/plan/apply-to-grid";

const grid = (): GridData => ({
  sheet: "s",
  origin: { row: 1, col: 1 },
  values: [
    ["任务", "预算"],
    ["甲", 1],
    ["乙", 2],
    ["备注", null],
  ],
  formats: [[null, null], [null, "#,##0.00"], [null, "#,##0.00"], [null, null]],
  merges: [
    { top: 0, left: 0, bottom: 4, right: 0 },
    { top: 4, left: 1, bottom: 4, right: 2 },
  ],
});

describe("applyPlanToGrid", () => {
  it("inserts a row, copies the number formats of the row it was told to, and writes values and formula results", () => {
    const before = grid();
    const after = applyPlanToGrid(before, {
      sheet: "s",
      marks: [],
      totals: {
        mode: "insert",
        row: 4,
        formatFrom: 3,
        cells: [
          { col: 1, value: "金额合计" },
          { col: 2, formula: "=SUM(C3:C4)", result: 3 },
        ],
      },
    });
    expect(after.values).toEqual([["任务", "预算"], ["甲", 1], ["乙", 2], ["金额合计", 3], ["备注", null]]);
    expect(after.formulas?.[3]?.[1]).toBe("=SUM(C3:C4)");
    expect(after.formats?.[3]?.[1]).toBe("#,##0.00");
    expect(after.merges).toEqual([
      { top: 0, left: 0, bottom: 5, right: 0 },
      { top: 5, left: 1, bottom: 5, right: 2 },
    ]);
    expect(before).toEqual(grid());
  });

  it("repairs a row in place and writes a summary block, replacing an earlier one", () => {
    const after = applyPlanToGrid(grid(), {
      sheet: "s",
      marks: [],
      totals: { mode: "repair", row: 3, formatFrom: 3, cells: [{ col: 2, formula: "=SUM(C3:C3)", result: 1 }] },
      summary: { row: 4, replace: { top: 4, bottom: 4 }, rows: [{ row: 6, cells: [{ col: 1, value: "摘要" }] }] },
    });
    expect(after.values[2]).toEqual(["乙", 1]);
    expect(after.values[3]).toEqual([]);
    expect(after.values[5]).toEqual(["摘要"]);
    // The side merge reached into the replaced rows, so it went with them.
    expect(after.merges).toEqual([]);
  });
});

describe("shiftMerges", () => {
  it("moves merges below the row and grows the ones that span it, as Excel does", () => {
    expect(
      shiftMerges(
        [
          { top: 0, left: 0, bottom: 1, right: 0 },
          { top: 2, left: 0, bottom: 9, right: 0 },
          { top: 5, left: 1, bottom: 6, right: 1 },
        ],
        5,
      ),
    ).toEqual([
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 2, left: 0, bottom: 10, right: 0 },
      { top: 6, left: 1, bottom: 7, right: 1 },
    ]);
  });
});

describe("applyPlanToGrid inserting above the rows it copies formats from", () => {
  it("reads formatFrom in the sheet after insertion (project forms put 年度资金总额 above the fund lines)", () => {
    const after = applyPlanToGrid(grid(), {
      sheet: "s",
      marks: [],
      totals: { mode: "insert", row: 2, formatFrom: 4, cells: [{ col: 1, value: "年度资金总额" }] },
    });
    expect(after.values[1]).toEqual(["年度资金总额"]);
    // Sheet row 4 after insertion is 乙's row, whose amount is formatted #,##0.00.
    expect(after.formats?.[1]?.[1]).toBe("#,##0.00");
    expect(after.values[3]).toEqual(["乙", 2]);
  });
});
