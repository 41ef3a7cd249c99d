/** 插入合计行: one row with live SUM formulas under the tasks, repaired in place on a re-run, in two syncs. */
import { seedSpec } from "../../tools/samples/seed-shenzhen-2021";
import { cellAt, cellValue, deleteRows, findCell, withCells, type SheetSpec } from "../../tools/samples/sheet-spec";
import { numericAmounts, projectSpecAnhui, withoutTotalsRow } from "../../tools/samples/variants";
import { parseA1 } from "../../src/core/grid";
import { MARK_FILL, NOTE_PREFIX } from "../../src/core/model";
import type { FakeExcel } from "../support/fake-excel";
import { seedWorkbook } from "../support/seed-workbook";

const TOTALS = { E: 146963013.91, F: 146963013.91, G: 140363937.12, H: 140363937.12 };

function rowsLabelled(fake: FakeExcel, sheet: string, label: string): string[] {
  return Object.entries(fake.contents(sheet))
    .filter(([, c]) => c.value === label)
    .map(([address]) => address);
}

describe("insertTotals", () => {
  it("inserts one 金额合计 row under the last task with SUM formulas over the task rows, in two syncs", async () => {
    const { fake, port, sheet } = seedWorkbook({ spec: withoutTotalsRow(seedSpec) });
    const before = fake.gridData(sheet).values.length;
    expect(fake.cell(sheet, "G24").value).toBe("36");

    const check = await port.insertTotals();
    expect(fake.syncCount).toBeLessThanOrEqual(2);
    expect(check.refused).toBeUndefined();
    expect(fake.gridData(sheet).values.length).toBe(before + 1);
    expect(rowsLabelled(fake, sheet, "金额合计")).toEqual(["B10"]);
    for (const [col, total] of Object.entries(TOTALS)) {
      const cell = fake.cell(sheet, `${col}10`);
      // The seed's amounts are text, so the formula reads them with NUMBERVALUE; either way it sums rows 5–9.
      expect(cell.formula).toMatch(new RegExp(`^=(SUM|SUMPRODUCT)\\(.*${col}5:${col}9`));
      expect(cell.value).toBe(total);
      // A formula typed into a Text cell would stay text: the cell gets a number format first.
      expect(cell.format.numberFormat).not.toBe("@");
    }
    // Rows below moved down: the unmet indicator is back on row 25, and so is its mark.
    expect(fake.cell(sheet, "G25").value).toBe("36");
    expect(check.result.findings.map((f) => f.rule)).not.toContain("total-missing");
    expect(fake.displayedFill(sheet, "G25")).toBe(MARK_FILL.error);
    expect(fake.displayedFill(sheet, "E10")).toBeNull();
  });

  it("never makes a second row: a re-run repairs the first in place", async () => {
    const { fake, port, sheet } = seedWorkbook({ spec: withoutTotalsRow(seedSpec) });
    await port.insertTotals();
    const rows = fake.gridData(sheet).values.length;
    fake.resetSyncCount();
    await port.insertTotals();
    expect(fake.syncCount).toBeLessThanOrEqual(2);
    expect(fake.gridData(sheet).values.length).toBe(rows);
    expect(rowsLabelled(fake, sheet, "金额合计")).toEqual(["B10"]);
    expect(fake.cell(sheet, "E10").value).toBe(TOTALS.E);
  });

  it("moves the marks of an earlier check with their rows, and the next check has nothing to change", async () => {
    const { fake, port, sheet } = seedWorkbook({ spec: withoutTotalsRow(seedSpec) });
    const first = await port.checkActiveSheet();
    expect(first.result.findings.map((f) => f.rule)).toContain("total-missing");
    fake.resetSyncCount();
    await port.insertTotals();
    expect(fake.syncCount).toBeLessThanOrEqual(2);
    const ours = fake.annotations(sheet).filter((a) => a.content.startsWith(NOTE_PREFIX));
    expect(ours.map((a) => a.address)).toEqual(["G14", "G17", "G25"]);
    expect(ours.find((a) => a.address === "G25")!.content).toContain("邀请代表列席常委会会议人数");
    fake.resetSyncCount();
    await port.checkActiveSheet();
    expect(fake.syncCount).toBe(1);
  });

  it("repairs a wrong totals row in place with formulas", async () => {
    const spec = withCells(seedSpec, { H10: "140,000,000.00" });
    const { fake, port, sheet } = seedWorkbook({ spec });
    const check = await port.checkActiveSheet();
    expect(check.result.findings.map((f) => f.rule)).toContain("total-mismatch");
    expect(fake.displayedFill(sheet, "H10")).toBe(MARK_FILL.error);
    const rows = fake.gridData(sheet).values.length;

    const repaired = await port.insertTotals();
    expect(fake.gridData(sheet).values.length).toBe(rows);
    expect(fake.cell(sheet, "H10").formula).toMatch(/H5:H9/);
    expect(fake.cell(sheet, "H10").value).toBe(TOTALS.H);
    expect(repaired.result.findings.map((f) => f.rule)).not.toContain("total-mismatch");
    expect(fake.displayedFill(sheet, "H10")).toBeNull();
  });

  it("writes nothing on a protected sheet", async () => {
    const { fake, port, sheet } = seedWorkbook({ spec: withoutTotalsRow(seedSpec), setup: { protected: true } });
    const contents = fake.contents(sheet);
    const check = await port.insertTotals();
    expect(check.refused).toMatchObject({ code: "sheet-protected" });
    expect(fake.contents(sheet)).toEqual(contents);
    expect(fake.syncCount).toBe(1);
  });
});

describe("insertTotals on forms with merged cells in the task rows", () => {
  it("gives the new row the task rows' merged spans, and the next check has nothing to change", async () => {
    // 主要内容 and 完成情况 merged on every task row (the text sits in C).
    const base = withoutTotalsRow(seedSpec);
    const spec = {
      ...withCells(base, { D5: null, D6: null, D7: null, D8: null, D9: null }),
      merges: [...base.merges, "C5:D5", "C6:D6", "C7:D7", "C8:D8", "C9:D9"],
    };
    const { fake, port, sheet } = seedWorkbook({ spec });
    const check = await port.insertTotals();
    expect(check.result.form?.money?.total).not.toBeNull();
    expect(fake.merges(sheet)).toContain("C10:D10");
    fake.resetSyncCount();
    await port.checkActiveSheet();
    expect(fake.syncCount).toBe(1);
  });
});

describe("insertTotals on a project form", () => {
  it("puts 年度资金总额 above the fund lines, with their formats and SUM formulas, in two syncs", async () => {
    const full = projectSpecAnhui();
    const totalRow = parseA1(findCell(full, "年度资金总额")!).row + 1;
    const { fake, port, sheet } = seedWorkbook({ spec: deleteRows(full, totalRow) });
    const check = await port.insertTotals();
    expect(fake.syncCount).toBe(2);
    expect(check.result.findings.map((f) => f.rule)).not.toContain("total-missing");
    const label = `B${totalRow}`;
    expect(fake.cell(sheet, label).value).toBe("年度资金总额");
    const budget = fake.cell(sheet, `C${totalRow}`);
    expect(budget.formula).toBe(`=SUM(C${totalRow + 1}:C${totalRow + 3})`);
    // The row was inserted above the fund lines; its formats come from the last of them, below it.
    expect(budget.format.numberFormat).toBe(fake.cell(sheet, `C${totalRow + 3}`).format.numberFormat);
    fake.resetSyncCount();
    await port.checkActiveSheet();
    expect(fake.syncCount).toBe(1);
  });
});

describe("insertTotals keeps the look of the cells it writes", () => {
  // The parts as numbers in 0.00, the stated 金额合计 left as text in Text (@) cells, centred by the user.
  const textTotals = (): SheetSpec =>
    withCells(
      numericAmounts(seedSpec, "0.00"),
      Object.fromEntries(["E", "F", "G", "H"].map((c) => [`${c}10`, { value: String(cellValue(cellAt(seedSpec, `${c}10`))), format: "@" }])),
    );

  it("gives a Text total the number format of the amounts it adds up, keeps its alignment, and says so", async () => {
    const { fake, port, sheet } = seedWorkbook({ spec: textTotals(), setup: { alignments: { "E10:H10": "Center" } } });
    const check = await port.insertTotals();
    for (const [col, total] of Object.entries(TOTALS)) {
      const cell = fake.cell(sheet, `${col}10`);
      expect(cell.formula).toBe(`=SUM(${col}5:${col}9)`);
      // It computes (a formula in a Text cell would stay its own source text) and looks like its parts.
      expect(cell.value).toBe(total);
      expect(cell.format.numberFormat).toBe("0.00");
      expect(cell.format.horizontalAlignment).toBe("Center");
    }
    expect(check.formatsChanged?.map((c) => [c.cell, c.from, c.to])).toEqual(["E10", "F10", "G10", "H10"].map((a) => [a, "@", "0.00"]));
    expect(check.formatsChanged?.[0].message["zh-CN"]).toBe("E10 原为文本格式（@），公式在文本格式中不会计算，已改用同列所加金额（E5:E9）的数字格式 0.00");
    expect(check.formatsChanged?.[0].message["en-US"]).toContain("(E5:E9): 0.00");
  });

  it("keeps a total's own number format and alignment when it is not Text", async () => {
    const spec = withCells(
      seedSpec,
      Object.fromEntries(["E", "F", "G", "H"].map((c) => [`${c}10`, { value: String(cellValue(cellAt(seedSpec, `${c}10`))), format: "#,##0.0" }])),
    );
    const { fake, port, sheet } = seedWorkbook({ spec, setup: { alignments: { "E10:H10": "Right" } } });
    const check = await port.insertTotals();
    const cell = fake.cell(sheet, "E10");
    expect(cell.formula).toBe('=SUMPRODUCT(NUMBERVALUE(E5:E9,".",","))');
    expect(cell.value).toBe(TOTALS.E);
    expect(cell.format.numberFormat).toBe("#,##0.0");
    expect(cell.format.horizontalAlignment).toBe("Right");
    expect(check.formatsChanged).toBeUndefined();
  });

  it("takes a number format with the amounts' decimals when they are text too, and says that", async () => {
    const { fake, port, sheet } = seedWorkbook({ spec: withoutTotalsRow(seedSpec), setup: { alignments: { "E9:H9": "Right" } } });
    const check = await port.insertTotals();
    expect(fake.cell(sheet, "E10").format.numberFormat).toBe("#,##0.00");
    // The inserted row takes the last task row's formats, its alignment with them.
    expect(fake.cell(sheet, "E10").format.horizontalAlignment).toBe("Right");
    expect(check.formatsChanged?.[0].message["zh-CN"]).toBe(
      "E10 原为文本格式（@），公式在文本格式中不会计算；所加金额（E5:E9）也是文本，已改用与其小数位相同的数字格式 #,##0.00",
    );
  });
});
