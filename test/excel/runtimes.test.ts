/**
 * The workbook is the only record of ziping's marks. The pane and the ribbon's command run in runtimes
 * of their own that share only the document (https://learn.microsoft.com/office/dev/add-ins/testing/runtimes),
 * and Excel keeps the add-in's writes on the user's undo stack
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities): each check
 * reads what the sheet shows, and writes nothing when the marks are already right, in any runtime.
 */
import type { Lang } from "../../src/core/model";
import { createExcelPort, type WorkbookPort } from "../../src/excel";
import type { FakeExcel } from "../support/fake-excel";
import { seedWorkbook } from "../support/seed-workbook";

/** Another runtime on the same workbook: its own port, sharing nothing with the first but the document. */
function runtime(fake: FakeExcel, lang: Lang = "zh-CN"): WorkbookPort {
  return createExcelPort(fake.run, { supports: fake.supports, libraryHas: fake.libraryHas, displayLanguage: () => lang });
}

/** Everything ziping shows on the sheet: its formats (stamps aside: they are bookkeeping) and its notes. */
function marksOn(fake: FakeExcel, sheet: string): { formats: string[]; notes: string[] } {
  const bare = (formula: string): string => formula.replace(/(ziping:(?:error|warning|info))[^"]*"/, '$1"');
  return {
    formats: fake.conditionalFormats(sheet).map((f) => `${f.address} ${f.fill} ${bare(f.formula)}`).sort(),
    notes: fake.annotations(sheet).map((a) => `${a.address} ${a.kind} ${a.content}`),
  };
}

describe("two runtimes that share only the workbook", () => {
  it("after the ribbon's check, the pane's check leaves exactly the current findings' marks", async () => {
    const { fake, port: pane, sheet } = seedWorkbook();
    const ribbon = runtime(fake);
    await pane.checkActiveSheet();
    fake.userEdit(sheet, "G25", "60");
    fake.userEdit(sheet, "G23", "80%");
    const byRibbon = await ribbon.checkActiveSheet();
    expect(byRibbon.result.findings.flatMap((f) => f.cells)).toContain("G23");
    fake.userEdit(sheet, "G25", "36");
    fake.userEdit(sheet, "G23", "95.51%");
    const check = await pane.checkActiveSheet();

    // The same sheet checked once, by a runtime that has seen nothing else, is the reference.
    const reference = seedWorkbook();
    await reference.port.checkActiveSheet();
    expect(marksOn(fake, sheet)).toEqual(marksOn(reference.fake, reference.sheet));
    const cells = new Set(check.result.findings.flatMap((f) => f.cells));
    expect(fake.annotations(sheet).map((a) => a.address)).toEqual([...cells].sort((a, b) => a.localeCompare(b, "en", { numeric: true })));
    expect(fake.displayedFill(sheet, "G25")).not.toBeNull();
    expect(fake.displayedFill(sheet, "G23")).toBeNull();
  });

  it("the pane's live re-check after the ribbon's check also follows the sheet, not its own last write", async () => {
    const { fake, port: pane, sheet } = seedWorkbook();
    const ribbon = runtime(fake);
    await pane.checkActiveSheet();
    fake.userEdit(sheet, "G25", "60");
    await ribbon.checkActiveSheet();
    fake.userEdit(sheet, "G23", "80%");
    await pane.checkActiveSheet({}, { live: true });
    expect(fake.annotations(sheet).map((a) => a.address)).toContain("G23");
    expect(fake.annotations(sheet).map((a) => a.address)).not.toContain("G25");
  });
});

describe("undo: ziping puts nothing on the undo stack when the marks need not change", () => {
  it("a user's edit that changes no finding: the live re-check and 校验本表 write nothing", async () => {
    const { fake, port, sheet } = seedWorkbook();
    await port.checkActiveSheet();
    expect(fake.addinWritesSinceUserEdit).toBeGreaterThan(0);
    fake.userEdit(sheet, "G15", "1100");
    await port.checkActiveSheet({}, { live: true });
    expect(fake.addinWritesSinceUserEdit).toBe(0);
    await port.checkActiveSheet();
    expect(fake.addinWritesSinceUserEdit).toBe(0);
    expect(fake.undoStack.at(-1)).toEqual({ by: "user", writes: 1 });
  });

  it("a fresh runtime's check of an unchanged sheet writes nothing", async () => {
    const { fake } = seedWorkbook();
    await runtime(fake).checkActiveSheet();
    const entries = fake.undoStack.length;
    const again = await runtime(fake).checkActiveSheet();
    expect(again.result.findings.length).toBeGreaterThan(0);
    expect(fake.undoStack.length).toBe(entries);
    // The live re-check of a fresh runtime (the pane reopened) compares with the sheet as well.
    await runtime(fake).checkActiveSheet({}, { live: true });
    expect(fake.undoStack.length).toBe(entries);
  });

  it("after another runtime took the marks away (as Ctrl+Z of ziping's write does), the next check reads the sheet again", async () => {
    const { fake, port, sheet } = seedWorkbook();
    await port.checkActiveSheet();
    const before = marksOn(fake, sheet);
    // Another runtime clears the marks (as Ctrl+Z of the first write would): the pane's record is stale.
    await runtime(fake).clearMarks();
    await port.checkActiveSheet();
    expect(marksOn(fake, sheet)).toEqual(before);
  });
});
