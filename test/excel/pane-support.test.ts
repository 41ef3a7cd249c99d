/**
 * What the pane asks of the adapter beyond checking: clearing every sheet ziping marked, previewing a
 * write cell by cell before it overwrites what a user typed, deleting the summary block, activating a
 * sheet. All over the fake host with the seed form.
 */
import { NOTE_PREFIX } from "../../src/core/model";
import { createExcelPort } from "../../src/excel";
import { seedSpec } from "../../tools/samples/seed-shenzhen-2021";
import { toGridData } from "../../tools/samples/sheet-spec";
import { FakeExcel } from "../support/fake-excel";
import { seedWorkbook } from "../support/seed-workbook";
import { withCells } from "../../tools/samples/sheet-spec";
import { withoutTotalsRow } from "../../tools/samples/variants";

describe("clearAllMarks", () => {
  it("clears every sheet ziping marked, not only the active one, and says which", async () => {
    const fake = new FakeExcel();
    fake.addSheet("甲单位", { grid: toGridData(seedSpec) });
    fake.addSheet("乙单位", { grid: toGridData(seedSpec) });
    fake.addSheet("说明");
    const port = createExcelPort(fake.run, { supports: fake.supports, libraryHas: fake.libraryHas, displayLanguage: () => "zh-CN" });
    await port.checkAllSheets();
    expect(fake.conditionalFormats("乙单位").length).toBeGreaterThan(0);
    fake.activate("甲单位");

    const cleared = await port.clearAllMarks();
    expect(cleared).toEqual([
      { sheet: "甲单位", cells: 3 },
      { sheet: "乙单位", cells: 3 },
    ]);
    for (const sheet of ["甲单位", "乙单位"]) {
      expect(fake.conditionalFormats(sheet)).toEqual([]);
      expect(fake.annotations(sheet).filter((a) => a.content.startsWith(NOTE_PREFIX))).toEqual([]);
    }
    await expect(port.clearAllMarks()).resolves.toEqual([]);
  });

  it("refuses, naming the sheet, when a marked sheet is protected, and clears nothing", async () => {
    const fake = new FakeExcel();
    fake.addSheet("甲单位", { grid: toGridData(seedSpec) });
    fake.addSheet("乙单位", { grid: toGridData(seedSpec) });
    const port = createExcelPort(fake.run, { supports: fake.supports, libraryHas: fake.libraryHas, displayLanguage: () => "zh-CN" });
    await port.checkAllSheets();
    fake.protect("乙单位");
    await expect(port.clearAllMarks()).rejects.toMatchObject({ problem: { code: "sheet-protected", params: { sheet: "乙单位" } } });
    expect(fake.conditionalFormats("甲单位").length).toBeGreaterThan(0);
  });
});

describe("previewWrite", () => {
  it("lists every typed total the totals row would overwrite — the deliberately wrong one too — old → new, and writes nothing", async () => {
    const { fake, port, sheet } = seedWorkbook({ spec: withCells(seedSpec, { H10: "140,000,000.00" }) });
    const contents = fake.contents(sheet);
    const { changes } = await port.previewWrite("totals", "zh-CN");
    expect(changes.map((c) => [c.address, c.before])).toEqual([
      ["E10", "146,963,013.91"],
      ["F10", "146,963,013.91"],
      ["G10", "140,363,937.12"],
      ["H10", "140,000,000.00"],
    ]);
    for (const c of changes) expect(c.after).toMatch(new RegExp(`^=.*${c.address[0]}5:${c.address[0]}9`));
    expect(fake.contents(sheet)).toEqual(contents);
  });

  it("says which Text (@) totals cells the write would give a number format, before it happens", async () => {
    const { port } = seedWorkbook({ spec: withCells(seedSpec, { H10: "140,000,000.00" }) });
    const { formatsChanged } = await port.previewWrite("totals", "zh-CN");
    // The seed's amounts and totals are all Text: the formulas take a number format with their decimals.
    expect(formatsChanged.map((f) => [f.cell, f.from, f.to])).toEqual(["E10", "F10", "G10", "H10"].map((cell) => [cell, "@", "#,##0.00"]));
    const numeric = seedWorkbook({ spec: { ...seedSpec, formats: {} } });
    expect((await numeric.port.previewWrite("totals", "zh-CN")).formatsChanged).toEqual([]);
  });

  it("an inserted totals row overwrites nothing a user typed: every change is in the new row", async () => {
    const { port } = seedWorkbook({ spec: withoutTotalsRow(seedSpec) });
    const { changes } = await port.previewWrite("totals", "zh-CN");
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((c) => c.before === "")).toBe(true);
    expect(new Set(changes.map((c) => c.address.replace(/^[A-Z]+/, ""))).size).toBe(1);
  });

  it("refuses on a protected sheet", async () => {
    const { port } = seedWorkbook({ setup: { protected: true } });
    await expect(port.previewWrite("summary", "zh-CN")).rejects.toMatchObject({ problem: { code: "sheet-protected", params: {} } });
  });
});

describe("deleteSummary", () => {
  it("clears the block writeSummary wrote and returns its cells; a second call finds none", async () => {
    const { fake, port, sheet } = seedWorkbook();
    const before = fake.contents(sheet);
    await port.writeSummary("zh-CN");
    expect(Object.keys(fake.contents(sheet)).length).toBeGreaterThan(Object.keys(before).length);
    const cells = await port.deleteSummary();
    expect(cells.length).toBeGreaterThan(0);
    expect(fake.contents(sheet)).toEqual(before);
    await expect(port.deleteSummary()).resolves.toEqual([]);
  });
});

describe("activateSheet", () => {
  it("makes the named sheet the active one", async () => {
    const fake = new FakeExcel();
    fake.addSheet("甲单位", { grid: toGridData(seedSpec) });
    fake.addSheet("乙单位", { grid: toGridData(seedSpec) });
    const port = createExcelPort(fake.run, { supports: fake.supports, libraryHas: fake.libraryHas, displayLanguage: () => "zh-CN" });
    fake.activate("甲单位");
    await port.activateSheet("乙单位");
    expect(fake.activeSheet.name).toBe("乙单位");
  });
});
