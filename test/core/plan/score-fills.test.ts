import { checkGrid } from "../../../src/core/engine";
import { a1 } from "../../../src/core/grid";
import type { RowWrite } from "../../../src/core/model";
import { applyPlanToGrid, planWrites } from "../../../src/core/plan";
import { deleteRows, toGridData, withCells } from "../../../tools/samples/sheet-spec";
import { departmentSpecChongqing } from "../../../tools/samples/chongqing-2021";
import { projectSpecAnhui, projectSpecSichuan } from "../../../tools/samples/variants";

const writes = (rows: RowWrite[] | undefined) => (rows ?? []).flatMap((r) => r.cells.map((c) => [a1(r.row, c.col), c.value]));

describe("filling blank 得分 cells (PlanRequest.fillScores)", () => {
  // form_2 with its 完成值 filled in but every 得分 still blank.
  const spec = withCells(projectSpecSichuan(), { H14: 100, H15: 100 });

  it("writes the computed scores and 总分 into the blank cells, and the re-check has nothing left to say about them", () => {
    const grid = toGridData(spec);
    const result = checkGrid(grid);
    expect(result.findings.filter((f) => f.rule === "score-mismatch").map((f) => f.cells[0])).toEqual(["H8", "J14", "J15"]);
    const { plan, after } = planWrites(result, { fillScores: true }, grid);
    expect(writes(plan.fills)).toEqual([
      ["H8", 10],
      ["J14", 60],
      ["J15", 30],
      ["J16", 100],
    ]);
    expect(after.findings).toEqual([]);
    expect(after.scoring).toMatchObject({ computedTotal: "100.00", statedTotal: "100", grade: "优" });
    // What an adapter writes is what the plan meant.
    expect(checkGrid(applyPlanToGrid(grid, plan)).findings).toEqual([]);
  });

  it("writes nothing without the request, and leaves alone what only a person can score", () => {
    const grid = toGridData(spec);
    expect(planWrites(checkGrid(grid), {}, grid).plan.fills).toBeUndefined();
    // The published form has no 完成值: only the budget line can be scored, so 合计 stays blank.
    const published = toGridData(projectSpecSichuan());
    const { plan } = planWrites(checkGrid(published), { fillScores: true }, published);
    expect(writes(plan.fills)).toEqual([["H8", 10]]);
  });

  it("never writes over a stated score, right or wrong", () => {
    const grid = toGridData(departmentSpecChongqing());
    expect(planWrites(checkGrid(grid), { fillScores: true }, grid).plan.fills).toBeUndefined();
  });

  it("places the writes below an inserted totals row", () => {
    // form_1 without its 年度资金总额 line and with one 得分 left blank (H14 after the deletion).
    const blank = withCells(deleteRows(projectSpecAnhui(), 6), { H13: null });
    const grid = toGridData(blank);
    const result = checkGrid(grid);
    const withGrid = planWrites(result, { insertTotals: true, fillScores: true }, grid).plan;
    expect(withGrid.totals?.row).toBe(5);
    expect(writes(withGrid.fills)).toEqual([["H14", 8]]);
  });

  it("shows the computed 总分, 等级 and profile in the summary block", () => {
    const grid = toGridData(departmentSpecChongqing());
    const { plan } = planWrites(checkGrid(grid), { summary: true }, grid);
    const lines = plan.summary!.rows.map((r) => r.cells.map((c) => c.value));
    expect(lines).toContainEqual(["总分（按评分规则）", 97.05]);
    expect(lines).toContainEqual(["等级", "优"]);
    expect(lines).toContainEqual(["评分口径", "中央一体化（按版式推断）"]);
    const options = { profile: "hubei" as const };
    const en = planWrites(checkGrid(grid, options), { summary: true, lang: "en-US", options }, grid).plan;
    expect(en.summary!.rows.map((r) => r.cells.map((c) => c.value))).toContainEqual(["Scoring profile", "Hubei"]);
  });
});
