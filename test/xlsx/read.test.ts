import ExcelJS from "exceljs";
import { mkdirSync } from "fs";
import * as path from "path";
import { Grid } from "../../src/core/grid";
import { seedSpec } from "../../tools/samples/seed-shenzhen-2021";
import { toGridData } from "../../tools/samples/sheet-spec";
import { ProblemError } from "../../src/core/problem";
import { readWorkbook } from "../../src/xlsx/read";
import { specBytes, tempDir, toBytes, writeBytes } from "../support/workbooks";

async function readOne(workbook: ExcelJS.Workbook) {
  const { sheets } = await readWorkbook(await toBytes(workbook));
  return sheets;
}

describe("readWorkbook values", () => {
  let grid: Grid;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("值");
    ws.getCell("C4").value = 37560000;
    ws.getCell("C4").numFmt = "#,##0.00";
    ws.getCell("D4").value = "37,560,000.00";
    ws.getCell("E4").value = { richText: [{ text: "金额" }, { text: "合计", font: { bold: true } }] };
    ws.getCell("F4").value = { formula: "C4-C4", result: 0 };
    ws.getCell("G4").value = { formula: "C4*2", result: 75120000 };
    ws.getCell("H4").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
    ws.getCell("C5").value = new Date(Date.UTC(2021, 11, 31));
    ws.getCell("C5").numFmt = "yyyy-mm-dd";
    ws.getCell("D5").value = { text: "财政局", hyperlink: "https://example.org" };
    ws.getCell("E5").value = true;
    ws.getCell("F5").value = 0.9551;
    ws.getCell("F5").numFmt = "0.00%";
    ws.getCell("G5").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
    ws.getCell("C6").value = { formula: "C4+1", result: 1, shareType: "shared", ref: "C6:C8" } as ExcelJS.CellValue;
    ws.getCell("C7").value = { sharedFormula: "C6", result: 2 } as ExcelJS.CellValue;
    ws.getCell("C8").value = { sharedFormula: "C6", result: 3 } as ExcelJS.CellValue;
    ws.getCell("D6").value = { formula: 'IF(C4>0,"有","")', result: "" };
    ws.getCell("D7").value = { formula: "C4>0", result: true };
    ws.getCell("E6").value = { formula: "DATE(2021,1,1)", result: new Date(Date.UTC(2021, 0, 1)) };
    ws.getCell("E6").numFmt = "yyyy/m/d";
    [grid] = (await readOne(wb)).map((g) => new Grid(g));
  });

  it("puts the origin at the first cell with content", () => {
    expect(grid.data.origin).toEqual({ row: 3, col: 2 });
    expect(grid.sheet).toBe("值");
  });

  it("reads numbers with their number format, text as text", () => {
    expect(grid.value(3, 2)).toBe(37560000);
    expect(grid.format(3, 2)).toBe("#,##0.00");
    expect(grid.value(3, 3)).toBe("37,560,000.00");
    expect(grid.format(3, 3)).toBe("General");
    expect(grid.value(4, 5)).toBe(0.9551);
    expect(grid.format(4, 5)).toBe("0.00%");
  });

  it("flattens rich text and hyperlinks to their text; keeps booleans", () => {
    expect(grid.value(3, 4)).toBe("金额合计");
    expect(grid.value(4, 3)).toBe("财政局");
    expect(grid.value(4, 4)).toBe(true);
  });

  it("reads error values as their text", () => {
    expect(grid.value(3, 7)).toBe("#REF!");
    expect(grid.value(4, 6)).toBe("#DIV/0!");
    expect(grid.formula(4, 6)).toBe("=1/0");
  });

  it("reads formulas as cached result plus formula text, a result of 0 included", () => {
    expect(grid.value(3, 5)).toBe(0);
    expect(grid.formula(3, 5)).toBe("=C4-C4");
    expect(grid.value(3, 6)).toBe(75120000);
    expect(grid.formula(3, 6)).toBe("=C4*2");
    expect(["", null]).toContain(grid.value(5, 3)); // exceljs writes an empty cached string as no value
    expect(grid.formula(5, 3)).toBe('=IF(C4>0,"有","")');
    expect(grid.value(6, 3)).toBe(true);
    expect(grid.formula(3, 2)).toBeNull();
  });

  it("translates shared formulas for every cell of the group", () => {
    expect(grid.formula(5, 2)).toBe("=C4+1");
    expect(grid.formula(6, 2)).toBe("=C5+1");
    expect(grid.formula(7, 2)).toBe("=C6+1");
    expect([grid.value(5, 2), grid.value(6, 2), grid.value(7, 2)]).toEqual([1, 2, 3]);
  });

  it("turns dates (values and formula results) into 1900-system serials, keeping the format", () => {
    expect(grid.value(4, 2)).toBe(44561); // 2021-12-31
    expect(grid.format(4, 2)).toBe("yyyy-mm-dd");
    expect(grid.value(5, 4)).toBe(44197); // 2021-01-01
    expect(grid.format(5, 4)).toBe("yyyy/m/d");
  });
});

describe("readWorkbook layout", () => {
  it("reads merges, hidden rows and columns, protection, and every sheet in order", async () => {
    const wb = new ExcelJS.Workbook();
    const a = wb.addWorksheet("封面");
    a.getCell("A1").value = "封面";
    const b = wb.addWorksheet("自评表");
    b.getCell("B2").value = "标题";
    b.mergeCells("B2:F2");
    b.mergeCells("A5:A9"); // a merge with no value still belongs to the used area
    b.getCell("C6").value = 1;
    b.getRow(7).hidden = true;
    b.getColumn(4).hidden = true;
    await b.protect("", { selectLockedCells: true });
    const sheets = await readOne(wb);
    expect(sheets.map((s) => s.sheet)).toEqual(["封面", "自评表"]);
    expect(sheets[0].protected).toBe(false);
    const s = sheets[1];
    expect(s.origin).toEqual({ row: 1, col: 0 });
    expect(s.values.length).toBe(8); // rows 2..9
    expect(s.merges).toEqual(
      expect.arrayContaining([
        { top: 1, left: 1, bottom: 1, right: 5 },
        { top: 4, left: 0, bottom: 8, right: 0 },
      ]),
    );
    expect(s.hiddenRows).toEqual([6]);
    expect(s.hiddenCols).toEqual([3]);
    expect(s.protected).toBe(true);
    // merged cells other than the top-left hold nothing: the grid resolves them
    const g = new Grid(s);
    expect(g.rawValue(1, 3)).toBeNull();
    expect(g.value(1, 3)).toBe("标题");
  });

  it("gives an empty sheet an empty grid", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("空");
    const [s] = await readOne(wb);
    expect(s.values).toEqual([]);
    expect(s.merges).toEqual([]);
  });

  it("reads a workbook written from the seed spec as the spec's own GridData", async () => {
    const { sheets } = await readWorkbook(await specBytes(seedSpec));
    const expected = toGridData(seedSpec);
    const [actual] = sheets;
    expect(actual.sheet).toBe(expected.sheet);
    expect(actual.origin).toEqual(expected.origin);
    const ge = new Grid(expected);
    const ga = new Grid(actual);
    expect(ga.rowCount).toBe(ge.rowCount);
    for (let r = ge.top; r <= ge.bottom; r++) {
      for (let c = ge.left; c <= ge.right; c++) {
        expect([r, c, ga.rawValue(r, c)]).toEqual([r, c, ge.rawValue(r, c)]);
        if (ge.rawValue(r, c) !== null) expect([r, c, ga.format(r, c)]).toEqual([r, c, ge.format(r, c) ?? "General"]);
      }
    }
    const key = (m: { top: number; left: number }) => m.top * 100 + m.left;
    expect([...actual.merges].sort((x, y) => key(x) - key(y))).toEqual([...expected.merges].sort((x, y) => key(x) - key(y)));
  });
});

describe("readWorkbook failures", () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => ({ dir, cleanup } = tempDir()));
  afterAll(() => cleanup());

  async function reason(source: string | Buffer): Promise<string> {
    try {
      await readWorkbook(source);
    } catch (error) {
      expect(error).toBeInstanceOf(ProblemError);
      return (error as ProblemError).problem.code;
    }
    throw new Error("expected a ProblemError");
  }

  it("names a missing file and a directory", async () => {
    expect(await reason(path.join(dir, "nope.xlsx"))).toBe("not-found");
    mkdirSync(path.join(dir, "d.xlsx"));
    expect(await reason(path.join(dir, "d.xlsx"))).toBe("not-a-file");
  });

  it("refuses a file that is not a zip", async () => {
    expect(await reason(writeBytes(dir, "a.xlsx", "名称,金额\n合计,1\n"))).toBe("not-xlsx");
    expect(await reason(Buffer.alloc(0))).toBe("not-xlsx");
  });

  it("tells a legacy .xls from an encrypted .xlsx (both are compound files)", async () => {
    const cfb = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const xls = Buffer.concat([cfb, Buffer.alloc(504), Buffer.from("Workbook", "utf16le"), Buffer.alloc(512)]);
    const encrypted = Buffer.concat([cfb, Buffer.alloc(504), Buffer.from("EncryptionInfo", "utf16le"), Buffer.alloc(64), Buffer.from("EncryptedPackage", "utf16le")]);
    expect(await reason(xls)).toBe("legacy-xls");
    expect(await reason(encrypted)).toBe("encrypted");
  });

  it("reports a truncated workbook as corrupted, with exceljs's reason attached", async () => {
    const bytes = await specBytes(seedSpec);
    const truncated = bytes.subarray(0, Math.floor(bytes.length / 2));
    expect(await reason(truncated)).toBe("corrupted");
    try {
      await readWorkbook(truncated);
    } catch (error) {
      expect((error as ProblemError).problem.cause).toBeDefined();
    }
  });

  it("reports a zip that holds no workbook", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("x");
    const bytes = await toBytes(wb);
    // Same zip container, but with the workbook part renamed away.
    const broken = Buffer.from(bytes.toString("latin1").split("xl/workbook.xml").join("xl/workbook.xmz"), "latin1");
    expect(["corrupted", "no-sheets"]).toContain(await reason(broken));
  });
});
