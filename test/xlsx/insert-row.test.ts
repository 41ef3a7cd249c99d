import ExcelJS from "exceljs";
import { insertRow } from "../../src/xlsx/insert-row";
import { conditionalFormattings } from "../../src/xlsx/internals";
import { roundTrip } from "../support/workbooks";

/**
 * A small form: title A1:D1, side label A2:A6 down the task rows, tasks in rows 3–5 with a merged
 * B:C label, a total in row 6, notes and formulas below.
 */
function sampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("表");
  ws.getCell("A1").value = "标题";
  ws.mergeCells("A1:D1");
  ws.getCell("A2").value = "任务";
  ws.mergeCells("A2:A6");
  for (const r of [3, 4, 5]) {
    ws.getCell(`B${r}`).value = `任务${r}`;
    ws.mergeCellsWithoutStyle(`B${r}:C${r}`);
    ws.getCell(`D${r}`).value = r * 100;
    ws.getCell(`D${r}`).style = { numFmt: "#,##0.00", border: { bottom: { style: "thin" } } };
    ws.getRow(r).height = 20 + r;
  }
  ws.getCell("C5").style = { border: { right: { style: "double" } } }; // the merged child's own border
  ws.getCell("B6").value = "合计";
  ws.getCell("D6").value = { formula: "SUM(D3:D5)", result: 1200 };
  ws.getCell("D6").note = "用户批注";
  ws.getCell("B8").value = "说明";
  ws.mergeCells("B8:D9");
  ws.getCell("D10").value = { formula: "D6/D3", result: 4 };
  ws.getCell("E3").value = { formula: "D3*2", result: 600, shareType: "shared", ref: "E3:E5" } as ExcelJS.CellValue;
  ws.getCell("E4").value = { sharedFormula: "E3", result: 800 } as ExcelJS.CellValue;
  ws.getCell("E5").value = { sharedFormula: "E3", result: 1000 } as ExcelJS.CellValue;
  ws.getCell("F4").value = { formula: "D4-D4", result: 0 };
  ws.addConditionalFormatting({ ref: "D3:D6 B8", rules: [{ type: "expression", formulae: ["D3>1000"], priority: 1, style: { font: { bold: true } } }] });
  ws.getCell("D5").dataValidation = { type: "decimal", operator: "greaterThan", formulae: [0], allowBlank: true };
  wb.definedNames.add("表!$D$6", "合计金额");
  const other = wb.addWorksheet("汇总");
  other.getCell("A1").value = { formula: "表!D6+表!D3", result: 1500 };
  other.getCell("A2").value = { formula: "'表'!D10", result: 4 };
  return wb;
}

const merges = (ws: ExcelJS.Worksheet): string[] => [...((ws.model as unknown as { merges: string[] }).merges)].sort();

describe("insertRow", () => {
  for (const saved of [false, true]) {
    describe(saved ? "after save and reopen" : "in memory", () => {
      let ws: ExcelJS.Worksheet;
      let wb: ExcelJS.Workbook;

      beforeAll(async () => {
        wb = sampleWorkbook();
        // Insert a new row 6 (between the last task and 合计), styled like task row 5.
        insertRow(wb.getWorksheet("表")!, 6, { styleFrom: 5 });
        if (saved) wb = await roundTrip(wb);
        ws = wb.getWorksheet("表")!;
      });

      it("moves values, formulas, notes and row heights below the new row down by one", () => {
        expect(ws.getCell("B7").value).toBe("合计");
        expect(ws.getCell("D7").formula).toBe("SUM(D3:D5)");
        expect(ws.getCell("D7").result).toBe(1200);
        expect(ws.getCell("D7").note).toBe("用户批注");
        expect(ws.getCell("B9").value).toBe("说明");
        expect(ws.getCell("B6").value).toBeNull();
        expect(ws.getCell("D6").value).toBeNull();
        expect(ws.getCell("D6").note).toBeUndefined();
        expect(ws.getRow(5).height).toBe(25);
      });

      it("keeps everything above the new row as it was", () => {
        expect(ws.getCell("A1").value).toBe("标题");
        expect(ws.getCell("B5").value).toBe("任务5");
        expect(ws.getCell("D5").value).toBe(500);
        expect(ws.getCell("C5").border).toEqual({ right: { style: "double" } });
        expect(ws.getCell("F4").formula).toBe("D4-D4");
        expect(ws.getCell("F4").result).toBe(0);
      });

      it("gives the new row the styles and height of the row it copies", () => {
        expect(ws.getCell("D6").numFmt).toBe("#,##0.00");
        expect(ws.getCell("D6").border).toEqual({ bottom: { style: "thin" } });
        expect(ws.getRow(6).height).toBe(25);
      });

      it("shifts merges below, grows merges spanning the new row, keeps those above", () => {
        expect(merges(ws)).toEqual(["A1:D1", "A2:A7", "B3:C3", "B4:C4", "B5:C5", "B9:D10"].sort());
        expect(ws.getCell("C9").master.address).toBe("B9");
        expect(ws.getCell("A7").master.address).toBe("A2");
      });

      it("rewrites references to moved rows, on this sheet and others", () => {
        expect(ws.getCell("D11").formula).toBe("D7/D3");
        const other = wb.getWorksheet("汇总")!;
        expect(other.getCell("A1").formula).toBe("表!D7+表!D3");
        expect(other.getCell("A1").result).toBe(1500);
        expect(other.getCell("A2").formula).toBe("'表'!D11");
      });

      it("keeps shared formulas right cell by cell", () => {
        expect([ws.getCell("E3").formula, ws.getCell("E4").formula, ws.getCell("E5").formula]).toEqual(["D3*2", "D4*2", "D5*2"]);
        expect([ws.getCell("E3").result, ws.getCell("E4").result, ws.getCell("E5").result]).toEqual([600, 800, 1000]);
      });

      it("shifts conditional formats, validations and defined names", () => {
        const cf = conditionalFormattings(ws);
        expect(cf).toHaveLength(1);
        expect(cf[0].ref).toBe("D3:D7 B9");
        expect(ws.getCell("D5").dataValidation).toMatchObject({ type: "decimal" });
        expect(wb.definedNames.getRanges("合计金额").ranges).toEqual(["'表'!$D$7"]);
      });
    });
  }

  it("moves tables and images anchored below the new row", async () => {
    const wb = sampleWorkbook();
    const ws = wb.getWorksheet("表")!;
    ws.addTable({ name: "明细", ref: "F12", columns: [{ name: "项目" }, { name: "金额" }], rows: [["甲", 1], ["乙", 2]] });
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
      "base64",
    );
    const image = wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: "png" });
    ws.addImage(image, { tl: { col: 7, row: 14 }, ext: { width: 10, height: 10 } });
    ws.addImage(image, { tl: { col: 7, row: 1 }, ext: { width: 10, height: 10 } });
    const saved = (await roundTrip(wb)).getWorksheet("表")!;
    insertRow(saved, 6);
    const again = (await roundTrip(saved.workbook)).getWorksheet("表")!;
    const table = again.getTable("明细") as unknown as { table: { tableRef?: string; ref?: string } };
    expect(table.table.tableRef ?? table.table.ref).toBe("F13:G15");
    expect(again.getCell("F14").value).toBe("甲");
    const rows = again.getImages().map((i) => Math.floor(i.range.tl.nativeRow)).sort((a, b) => a - b);
    expect(rows).toEqual([1, 15]);
  });

  it("inserts at the very end and at the top", () => {
    const wb = sampleWorkbook();
    const ws = wb.getWorksheet("表")!;
    insertRow(ws, 1);
    expect(ws.getCell("A2").value).toBe("标题");
    expect(merges(ws)).toContain("A2:D2");
    expect(ws.getCell("D11").formula).toBe("D7/D4");
    insertRow(ws, 20); // below everything: nothing moves
    expect(ws.getCell("D11").formula).toBe("D7/D4");
    expect(merges(ws)).toContain("B9:D10");
  });
});
