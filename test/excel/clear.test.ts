/** 清除标记: only ziping's marks go; every cell keeps its own format, fill or none, and the user's notes stay. */
import { NOTE_PREFIX } from "../../src/core/model";
import { createExcelPort } from "../../src/excel";
import { seedWorkbook } from "../support/seed-workbook";

const USER_FILLS = { A1: "#FFFF00", G14: "#92D050", "E5:H9": "#DDEEFF", G16: "#FFFFFF" };

describe("clearMarks", () => {
  it("restores every format exactly, keeps user notes and comments, in two syncs", async () => {
    const { fake, port, sheet } = seedWorkbook({
      setup: {
        fills: USER_FILLS,
        bold: ["B3:H4"],
        notes: { B5: "请财务科核对", G17: "会议纪要见附件" },
        comments: { E10: "@张三 请复核合计" },
      },
    });
    const formats = fake.formats(sheet);
    const contents = fake.contents(sheet);
    const merges = fake.merges(sheet);
    const userAnnotations = fake.annotations(sheet);

    const check = await port.checkActiveSheet();
    expect(check.marked).toBe(3);
    // The user's notes must be located before ziping adds its own: one more sync, once.
    expect(fake.syncCount).toBe(3);
    fake.resetSyncCount();
    await port.checkActiveSheet();
    expect(fake.syncCount).toBe(1);
    // G17 (far exceeded) holds the user's note: it is marked, but its note is the user's alone.
    expect(fake.annotations(sheet).filter((a) => a.address === "G17")).toEqual(userAnnotations.filter((a) => a.address === "G17"));
    expect(fake.annotations(sheet).filter((a) => a.content.startsWith(NOTE_PREFIX)).map((a) => a.address)).toEqual(["G14", "G25"]);
    expect(fake.formats(sheet)).toEqual(formats);

    fake.resetSyncCount();
    const cleared = await port.clearMarks();
    expect(fake.syncCount).toBe(2);
    expect(cleared).toBe(3);
    expect(fake.conditionalFormats(sheet)).toEqual([]);
    expect(fake.annotations(sheet)).toEqual(userAnnotations);
    expect(fake.formats(sheet)).toEqual(formats);
    expect(fake.contents(sheet)).toEqual(contents);
    expect(fake.merges(sheet)).toEqual(merges);
    // A cell with no fill shows none again, not white; a white fill stays white.
    expect(fake.displayedFill(sheet, "G25")).toBeNull();
    expect(fake.displayedFill(sheet, "G14")).toBe("#92D050");
    expect(fake.displayedFill(sheet, "G16")).toBe("#FFFFFF");
  });

  it("leaves the user's own conditional formats alone", async () => {
    const { fake, port, sheet } = seedWorkbook();
    await fake.run(async (context) => {
      const format = context.workbook.worksheets.getActiveWorksheet().getRange("E5:H9").conditionalFormats.add("Custom");
      format.custom.rule.formula = "=E5>10000000";
      format.custom.format.fill.color = "#FF0000";
      await context.sync();
    });
    await port.checkActiveSheet();
    await port.clearMarks();
    expect(fake.conditionalFormats(sheet)).toEqual([{ formula: "=E5>10000000", fill: "#FF0000", address: "E5:H9" }]);
  });

  it("costs one sync when there is nothing to clear", async () => {
    const { fake, port } = seedWorkbook();
    expect(await port.clearMarks()).toBe(0);
    expect(fake.syncCount).toBe(1);
  });

  it("clears what an earlier session left (no ledger), then a check marks again", async () => {
    const { fake, port, sheet } = seedWorkbook();
    await port.checkActiveSheet();
    const later = createExcelPort(fake.run, { supports: fake.supports, libraryHas: fake.libraryHas });
    expect(await later.clearMarks()).toBe(3);
    expect(fake.annotations(sheet)).toEqual([]);
    await later.checkActiveSheet();
    expect(fake.conditionalFormats(sheet)).toHaveLength(3);
  });

  it("refuses on a protected sheet and changes nothing", async () => {
    const { fake, port, sheet } = seedWorkbook();
    await port.checkActiveSheet();
    fake.protect(sheet);
    const before = fake.conditionalFormats(sheet);
    await expect(port.clearMarks()).rejects.toMatchObject({ problem: { code: "sheet-protected", params: {} } });
    expect(fake.conditionalFormats(sheet)).toEqual(before);
  });
});
