import { checkGrid } from "../../../src/core/engine";
import { Grid } from "../../../src/core/grid";
import { SUMMARY_MARKER } from "../../../src/core/model";
import { applyPlanToGrid, planWrites } from "../../../src/core/plan";
import { seedSpec } from "../../../tools/samples/seed-shenzhen-2021";
import { toGridData } from "../../../tools/samples/sheet-spec";
import { numericAmounts, withoutTotalsRow } from "../../../tools/samples/variants";

describe("planWrites on the seed form", () => {
  it("marks exactly the findings' cells, in the language asked for", () => {
    const grid = toGridData(seedSpec);
    const { plan } = planWrites(checkGrid(grid), { lang: "en-US" }, grid);
    expect(plan.marks.map((m) => [m.address, m.severity])).toEqual([
      ["G14", "warning"],
      ["G17", "info"],
      ["G25", "error"],
    ]);
    expect(plan.marks[2].note).toContain("the actual should be >50人次");
    expect(plan.totals).toBeUndefined();
    expect(plan.summary).toBeUndefined();
  });

  it("inserts 金额合计 under the last task with formulas that give the seed's totals, and the re-check has no total-missing", () => {
    const grid = toGridData(withoutTotalsRow(seedSpec));
    const before = checkGrid(grid);
    expect(before.findings.map((f) => f.rule)).toContain("total-missing");
    const { plan, after } = planWrites(before, { insertTotals: true }, grid);
    expect(plan.totals).toMatchObject({ mode: "insert", row: 9, formatFrom: 8 });
    const byCol = Object.fromEntries(plan.totals!.cells.map((c) => [c.col, c]));
    expect(byCol[1].value).toBe("金额合计");
    // The seed holds its amounts as text, which SUM would skip.
    expect(byCol[4].formula).toBe('=SUMPRODUCT(NUMBERVALUE(E5:E9,".",","))');
    expect(byCol[4].numberFormat).toBe("#,##0.00");
    expect([4, 5, 6, 7].map((c) => byCol[c].result)).toEqual([146963013.91, 146963013.91, 140363937.12, 140363937.12]);
    expect(after.findings.map((f) => f.rule)).not.toContain("total-missing");
    expect(after.form?.money?.total?.row).toBe(9);
    // Marks are addressed in the sheet after the insertion: the unmet indicator is back at G25.
    expect(plan.marks.find((m) => m.severity === "error")?.address).toBe("G25");
  });

  it("uses plain SUM over numeric amounts and repairs an existing totals row in place, never adding one", () => {
    const grid = toGridData(numericAmounts(seedSpec));
    const { plan } = planWrites(checkGrid(grid), { insertTotals: true }, grid);
    expect(plan.totals).toMatchObject({ mode: "repair", row: 9 });
    expect(plan.totals!.cells.map((c) => c.formula)).toEqual(["=SUM(E5:E9)", "=SUM(F5:F9)", "=SUM(G5:G9)", "=SUM(H5:H9)"]);
    expect(plan.totals!.cells.every((c) => c.numberFormat === undefined)).toBe(true);
    const once = applyPlanToGrid(grid, plan);
    const again = planWrites(checkGrid(once), { insertTotals: true }, once).plan;
    expect(again.totals?.mode).toBe("repair");
    expect(applyPlanToGrid(once, again).values.length).toBe(once.values.length);
  });

  it("writes the summary one blank row under the form and replaces it on a re-run", () => {
    const grid = toGridData(seedSpec);
    const first = planWrites(checkGrid(grid), { summary: true }, grid).plan;
    expect(first.summary?.row).toBe(30);
    expect(first.summary?.replace).toBeUndefined();
    const written = applyPlanToGrid(grid, first);
    const g = new Grid(written);
    expect(g.value(30, 0)).toBe(SUMMARY_MARKER);
    // Column A is 12 wide and 「已达成指标 / 指标数」 takes 19: the figures sit in C, after A and B (28).
    expect(g.value(31, 2)).toBeCloseTo(0.9551, 4);
    expect(g.value(34, 2)).toBe("13/16");
    expect(g.value(35, 2)).toBe("邀请代表列席常委会会议人数");
    const rerun = checkGrid(written);
    expect(rerun.findings.map((f) => f.rule)).toEqual(checkGrid(grid).findings.map((f) => f.rule));
    const second = planWrites(rerun, { summary: true }, written).plan;
    expect(second.summary?.replace).toEqual({ top: 30, bottom: 36 });
    expect(applyPlanToGrid(written, second).values).toEqual(written.values);
  });
});
