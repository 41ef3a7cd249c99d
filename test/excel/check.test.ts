/** 校验本表 through the adapter: sync counts, marks that match the engine's findings, degraded hosts. */
import { checkGrid } from "../../src/core/engine";
import { MARK_FILL, NOTE_PREFIX } from "../../src/core/model";
import { toGridData } from "../../tools/samples/sheet-spec";
import { seedSpec } from "../../tools/samples/seed-shenzhen-2021";
import { seedWithExtraTasks } from "../support/large-form";
import { NPM_EXCEL_FILES, npmOfficeLibrary } from "../support/office-js-library";
import { seedWorkbook } from "../support/seed-workbook";

describe("checkActiveSheet", () => {
  it("checks the seed in two syncs and marks exactly the engine's findings", async () => {
    const { fake, port, sheet } = seedWorkbook();
    const check = await port.checkActiveSheet();
    expect(fake.syncCount).toBe(2);
    expect(check.refused).toBeUndefined();

    const expected = checkGrid(toGridData(seedSpec));
    expect(check.result.findings).toEqual(expected.findings);
    const marked = new Map(expected.findings.flatMap((f) => f.cells.map((c) => [c, f.severity] as const)));
    expect(marked.get("G25")).toBe("error");
    expect(check.marked).toBe(marked.size);

    // Every marked cell shows its severity's fill; no other cell of the form changes colour.
    for (const [address, severity] of marked) expect(fake.displayedFill(sheet, address)).toBe(MARK_FILL[severity]);
    for (const address of ["G15", "G24", "G26", "E5", "H10", "D25"]) expect(fake.displayedFill(sheet, address)).toBeNull();
    // One conditional format per severity.
    expect(fake.conditionalFormats(sheet)).toHaveLength(new Set(marked.values()).size);

    const notes = fake.annotations(sheet);
    expect(notes.map((n) => n.address).sort()).toEqual([...marked.keys()].sort());
    expect(notes.every((n) => n.kind === "note" && n.content.startsWith(NOTE_PREFIX))).toBe(true);
    expect(notes.find((n) => n.address === "G25")!.content).toContain("邀请代表列席常委会会议人数");
  });

  it("reads the sheet as it is: values, number formats and merges reach the engine unchanged", async () => {
    const { fake, port, sheet } = seedWorkbook();
    const check = await port.checkActiveSheet();
    expect(check.result).toEqual(checkGrid(fake.gridData(sheet)));
    expect(check.result.form?.unitName).toBe("深圳市人民代表大会常务委员会办公厅");
  });

  it("re-checks an unchanged sheet in one sync and writes nothing", async () => {
    const { fake, port, sheet } = seedWorkbook();
    await port.checkActiveSheet();
    const formats = fake.conditionalFormats(sheet);
    const notes = fake.annotations(sheet);
    fake.resetSyncCount();
    const again = await port.checkActiveSheet();
    expect(fake.syncCount).toBe(1);
    expect(again.marked).toBeGreaterThan(0);
    expect(fake.conditionalFormats(sheet)).toEqual(formats);
    expect(fake.annotations(sheet)).toEqual(notes);
  });

  it("checks a 2,000-row form in two syncs", async () => {
    const spec = seedWithExtraTasks(1971);
    expect(spec.rows).toHaveLength(2000);
    const { fake, port } = seedWorkbook({ spec });
    const check = await port.checkActiveSheet();
    expect(fake.syncCount).toBe(2);
    expect(check.result.form?.money?.parts).toHaveLength(1976);
    expect(check.result.findings.map((f) => f.rule).sort()).toEqual(
      ["indicator-exceeds-range", "indicator-far-exceeded", "indicator-unmet"].sort(),
    );
    fake.resetSyncCount();
    await port.checkActiveSheet();
    expect(fake.syncCount).toBe(1);
  }, 30_000);

  it("puts the marks where a user's own fill is, without changing that fill", async () => {
    const { fake, port, sheet } = seedWorkbook({ setup: { fills: { G25: "#00B050", G26: "#00B050" } } });
    await port.checkActiveSheet();
    expect(fake.displayedFill(sheet, "G25")).toBe(MARK_FILL.error);
    expect(fake.cell(sheet, "G25").format.fill).toBe("#00B050");
    expect(fake.displayedFill(sheet, "G26")).toBe("#00B050");
  });

  it("returns the result with a no-form refusal on a sheet without a form, writing nothing", async () => {
    const { fake, port } = seedWorkbook({ spec: { name: "Notes", rows: [["购物清单"], ["苹果", 3]], merges: [] } });
    const check = await port.checkActiveSheet();
    expect(check.refused).toEqual({ code: "no-form", params: {} });
    expect(check.result.form).toBeNull();
    expect(fake.syncCount).toBe(1);
    expect(fake.conditionalFormats("Notes")).toEqual([]);
  });

  it("checks every sheet in three syncs and marks each form", async () => {
    const { fake, port } = seedWorkbook();
    fake.addSheet("说明", { grid: toGridData({ name: "说明", rows: [["填表说明"]], merges: [] }) });
    fake.addSheet("副本", { grid: toGridData({ ...seedSpec, name: "副本" }) });
    fake.resetSyncCount();
    const checks = await port.checkAllSheets();
    expect(fake.syncCount).toBe(3);
    expect(checks.map((c) => [c.result.sheet, c.refused?.code ?? null, c.marked])).toEqual([
      ["自评表", null, 3],
      ["说明", "no-form", 0],
      ["副本", null, 3],
    ]);
    expect(fake.conditionalFormats("副本")).toHaveLength(3);
  });
});

describe("threaded comments (ExcelApi 1.14–1.17)", () => {
  it("never deletes a thread of ziping's that a colleague answered: not on re-check, not on 清除标记", async () => {
    const { fake, port, sheet } = seedWorkbook({ host: { apiVersion: "1.14" } });
    await port.checkActiveSheet();
    fake.reply(sheet, "G25", "已与项目单位核实，按 60 人次更正。");
    fake.userEdit(sheet, "G25", 60);
    await port.checkActiveSheet();
    expect(fake.replies(sheet, "G25")).toEqual(["已与项目单位核实，按 60 人次更正。"]);
    expect(await port.clearMarks()).toBeGreaterThan(0);
    expect(fake.annotations(sheet).map((a) => a.address)).toEqual(["G25"]);
    expect(fake.replies(sheet, "G25")).toHaveLength(1);
  });
});

describe("what the host and the loaded office.js offer", () => {
  it.each(NPM_EXCEL_FILES)(
    "writes threaded comments where the host reports ExcelApi 1.18 but the self-hosted office.js (npm, %s) has no notes",
    async (file) => {
      const library = npmOfficeLibrary(file);
      expect(library("Worksheet", "comments")).toBe(true);
      expect(library("Worksheet", "notes")).toBe(false);
      const { fake, port, sheet } = seedWorkbook({ host: { apiVersion: "1.18", library } });
      const check = await port.checkActiveSheet();
      expect(check.marked).toBe(3);
      expect(fake.annotations(sheet).map((a) => [a.address, a.kind])).toEqual([
        ["G14", "comment"],
        ["G17", "comment"],
        ["G25", "comment"],
      ]);
      fake.userEdit(sheet, "G25", 60);
      await port.checkActiveSheet();
      expect(fake.annotations(sheet).map((a) => a.address)).toEqual(["G14", "G17"]);
      expect(await port.clearMarks()).toBe(2);
      expect(await port.checkAllSheets()).toHaveLength(1);
    },
  );

  it("writes threaded comments where notes are missing (ExcelApi 1.10–1.17)", async () => {
    const { fake, port, sheet } = seedWorkbook({ host: { apiVersion: "1.14" } });
    const check = await port.checkActiveSheet();
    expect(check.refused).toBeUndefined();
    expect(fake.annotations(sheet).map((a) => [a.address, a.kind])).toEqual([
      ["G14", "comment"],
      ["G17", "comment"],
      ["G25", "comment"],
    ]);
  });
});
