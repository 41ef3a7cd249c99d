/** Small pieces of the adapter: addresses, write helpers, language, capabilities. */
import { addressChunks, cellSetKey, localAddress, rectangles, shiftAddress, topLeftCell } from "../../src/excel/addresses";
import { copySegments, wouldCoerce } from "../../src/excel/apply-plan";
import { annotationKind, detectCapabilities } from "../../src/excel/capabilities";
import { isCellEditMode } from "../../src/excel/errors";
import { languageOf } from "../../src/excel/language";
import { gridShape } from "../../src/excel/marks";
import { severityOfFormula } from "../../src/excel/read-sheet";
import { markFormula } from "../../src/core/model";
import { rangeA1, parseA1 } from "../../src/core/grid";
import { createExcelPort } from "../../src/excel";
import { seedWorkbook } from "../support/seed-workbook";

describe("addresses", () => {
  const cells = (...a: string[]) => a.map(parseA1);

  it("covers a cell set with exact rectangles", () => {
    const rects = rectangles(cells("E5", "E6", "E7", "F5", "F6", "F7", "H9", "G25", "G26"));
    expect(rects.map(rangeA1)).toEqual(["E5:F7", "H9", "G25:G26"]);
  });

  it("keys a cell set independently of order and repeats", () => {
    expect(cellSetKey(cells("G25", "E10", "G25"))).toBe(cellSetKey(cells("E10", "G25")));
  });

  it("splits long address lists", () => {
    const rects = rectangles(Array.from({ length: 400 }, (_, i) => ({ row: i * 2, col: 3 })));
    const chunks = addressChunks(rects, 200);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((c) => c.length <= 200)).toBe(true);
    expect(chunks.join(", ").split(", ")).toHaveLength(400);
  });

  it("reads addresses Excel returns", () => {
    expect(localAddress("'自评 表 (2)'!$G$25")).toBe("G25");
    expect(localAddress("'a!b'!A1:B2")).toBe("A1:B2");
    expect(topLeftCell("Sheet1!G25:H25")).toBe("G25");
    expect(shiftAddress("G25", 9)).toBe("G26");
    expect(shiftAddress("G5", 9)).toBe("G5");
  });
});

describe("writing helpers", () => {
  it("knows which strings Excel would turn into numbers or dates", () => {
    for (const s of ["3/16", "13/16", "95.51%", "1,210", "2021-12-31", "TRUE"]) expect(wouldCoerce(s)).toBe(true);
    for (const s of ["金额合计", "邀请代表列席常委会会议人数", "1 个错误"]) expect(wouldCoerce(s)).toBe(false);
  });

  it("copies row formats in spans that never cut a merged area", () => {
    // A3:A9 runs down the side; C9:D9 sits in the row.
    const merges = [
      { top: 2, bottom: 8, left: 0, right: 0 },
      { top: 8, bottom: 8, left: 2, right: 3 },
    ];
    expect(copySegments(merges, 8, 0, 7)).toEqual([[1, 7]]);
    expect(copySegments(merges, 8, 0, 2)).toEqual([[1, 1]]);
  });
});

describe("marks in the sheet", () => {
  it("recognises ziping's formulas and nobody else's", () => {
    expect(severityOfFormula(markFormula("warning"))).toBe("warning");
    expect(severityOfFormula('=N("ziping:bogus")=0')).toBeNull();
    expect(severityOfFormula("=A1>0")).toBeUndefined();
  });

  it("fingerprints the layout, not the values", () => {
    const { fake, sheet } = seedWorkbook();
    const grid = fake.gridData(sheet);
    const edited = { ...grid, values: grid.values.map((r) => r.map((v) => (v === "36" ? "60" : v))) };
    expect(gridShape(edited)).toBe(gridShape(grid));
    expect(gridShape({ ...grid, merges: grid.merges.slice(1) })).not.toBe(gridShape(grid));
  });
});

describe("host", () => {
  it("maps Office's display language", () => {
    expect(languageOf("en-GB")).toBe("en-US");
    expect(languageOf("EN")).toBe("en-US");
    expect(languageOf("zh-TW")).toBe("zh-CN");
    expect(languageOf(undefined)).toBe("zh-CN");
  });

  it("reports the display language it was given", () => {
    expect(seedWorkbook({ lang: "en-US" }).port.displayLanguage()).toBe("en-US");
  });

  it("derives what it can do from the requirement sets and the library", () => {
    const upTo = (max: number) => (_: string, v: string) => Number(v.split(".")[1]) <= max;
    const everything = () => true;
    expect(annotationKind(detectCapabilities(upTo(18), everything))).toBe("note");
    expect(annotationKind(detectCapabilities(upTo(17), everything))).toBe("comment");
    expect(annotationKind(detectCapabilities(upTo(18), () => false))).toBe("comment");
  });

  it("tells cell-edit mode from other errors", () => {
    expect(isCellEditMode({ code: "InvalidOperationInCellEditMode" })).toBe(true);
    expect(isCellEditMode(new Error("InvalidOperationInCellEditMode"))).toBe(false);
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const { fake, port, sheet } = seedWorkbook();
    fake.addSheet("其他");
    fake.activate("其他");
    await port.selectCell(sheet, "G25");
    expect(fake.syncCount).toBe(1);
    expect(fake.activeSheet.name).toBe(sheet);
    expect(fake.selection).toEqual({ sheet, address: "G25" });
  });
});

describe("createExcelPort", () => {
  it("asks for requirement sets on first use, not when created (Office answers only after onReady)", async () => {
    const { fake } = seedWorkbook();
    let ready = false;
    const asked: string[] = [];
    const port = createExcelPort(fake.run, {
      supports: (set, version) => {
        if (!ready) throw new Error("asked before Office.onReady");
        asked.push(version);
        return fake.supports(set, version);
      },
      libraryHas: fake.libraryHas,
    });
    ready = true;
    await port.checkActiveSheet();
    expect(asked).toContain("1.18");
  });
});
