/**
 * The no-data-loss check: an annotated copy (marks, an inserted 金额合计 row, a summary block),
 * read back, equals its input in every cell outside those — value, formula, number format, style,
 * note — and in merges, column widths, row heights, the user's own conditional formats and other
 * sheets, with rows below the insertion mapped one down. A re-run on the copy changes nothing.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import * as path from "path";
import { MARK_FORMULA_TAG, NOTE_PREFIX, SUMMARY_MARKER } from "../../src/core/model";
import { seedSpec } from "../../tools/samples/seed-shenzhen-2021";
import { withoutTotalsRow } from "../../tools/samples/variants";
import { workbookFromSpecs } from "../../tools/samples/from-spec";
import { conditionalFormattings, sheetModel, ValueType, type CellModel } from "../../src/xlsx/internals";
import { shiftFormula, shiftRangeList } from "../../src/xlsx/shift-rows";
import { ziping } from "../support/cli";
import { fromBytes, tempDir, toBytes, writeBytes } from "../support/workbooks";

const SHEET = seedSpec.name;
/** withoutTotalsRow(seed): tasks in rows 5–9, so the totals row goes in as row 10. */
const INSERTED = 10;

/** The seed without its totals row, plus things a real user's workbook has. */
function userWorkbook(): ExcelJS.Workbook {
  const wb = workbookFromSpecs([withoutTotalsRow(seedSpec)]);
  const ws = wb.getWorksheet(SHEET)!;
  ws.getCell("C5").note = "填表人：内容已压缩";
  ws.getCell("G24").note = "原始记录见附件"; // the unmet indicator (row 25 once the totals row is in)
  ws.addConditionalFormatting({ ref: "E5:H9", rules: [{ type: "expression", formulae: ['LEFT(E5,1)="-"'], priority: 1, style: { font: { color: { argb: "FFFF0000" } } } }] });
  ws.getCell("B13").style = { ...ws.getCell("B13").style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } } };
  ws.getRow(12).height = 60;
  ws.getCell("J2").value = "行数";
  ws.getCell("J3").value = { formula: "ROWS(A1:A28)", result: 28 };
  ws.getCell("J4").value = { formula: "G24&\"人次\"", result: "36人次" };
  ws.getCell("G14").dataValidation = { type: "textLength", operator: "lessThan", formulae: [20], allowBlank: true };
  const other = wb.addWorksheet("汇总");
  other.getCell("A1").value = "未达标实际值";
  other.getCell("B1").value = { formula: "自评表!G24", result: "36" };
  other.getCell("B2").value = { formula: "SUM(自评表!J3:J3)", result: 28 };
  return wb;
}

interface Sheet {
  cells: Map<string, CellModel>;
  merges: string[];
  heights: Map<number, number | undefined>;
  widths: (number | undefined)[];
}

function snapshot(ws: ExcelJS.Worksheet): Sheet {
  const model = sheetModel(ws);
  const cells = new Map<string, CellModel>();
  const heights = new Map<number, number | undefined>();
  for (const row of model.rows) {
    heights.set(row.number, row.height);
    for (const cell of row.cells) cells.set(cell.address, JSON.parse(JSON.stringify(cell)) as CellModel);
  }
  const widths = ws.columns.map((c) => c.width);
  return { cells, merges: [...model.merges].sort(), heights, widths };
}

const rowOf = (address: string): number => Number(/\d+$/.exec(address)![0]);
const moved = (address: string): string => address.replace(/\d+$/, (r) => String(Number(r) >= INSERTED ? Number(r) + 1 : Number(r)));
const noteText = (cell: CellModel): string | undefined => {
  const note = (cell.comment as { note?: { texts?: { text: string }[] } } | undefined)?.note;
  return note?.texts?.map((t) => t.text).join("");
};

/** The parts of a cell that must survive: value, formula, result, style, the user's note. */
function essence(cell: CellModel, formulaMap: (f: string) => string = (f) => f): Record<string, unknown> {
  const note = noteText(cell);
  return {
    type: cell.type === ValueType.Merge ? ValueType.Null : cell.type,
    value: cell.value ?? null,
    formula: cell.formula ? formulaMap(cell.formula) : null,
    result: cell.result ?? null,
    style: cell.style ?? {},
    note: note && !note.startsWith(NOTE_PREFIX) ? note : null,
  };
}

describe("an annotated copy keeps everything it does not mean to change", () => {
  let dir: string;
  let cleanup: () => void;
  let input: ExcelJS.Workbook;
  let output: ExcelJS.Workbook;
  let summaryTop: number;

  beforeAll(async () => {
    ({ dir, cleanup } = tempDir());
    const bytes = await toBytes(userWorkbook());
    const file = writeBytes(dir, "自评表.xlsx", bytes);
    const r = await ziping(["check", "--out", path.join(dir, "out"), "--insert-totals", "--summary", file]);
    expect(r.stdout).toContain(`插入合计行（第 ${INSERTED} 行）`);
    input = await fromBytes(bytes);
    output = await fromBytes(readFileSync(path.join(dir, "out", "自评表.xlsx")));
    const marker = [...snapshot(output.getWorksheet(SHEET)!).cells.values()].find((c) => c.value === SUMMARY_MARKER);
    expect(marker).toBeDefined();
    summaryTop = rowOf(marker!.address);
  });
  afterAll(() => cleanup());

  it("leaves every input cell as it was, at its new address", () => {
    const before = snapshot(input.getWorksheet(SHEET)!);
    const after = snapshot(output.getWorksheet(SHEET)!);
    const shift = (f: string): string => shiftFormula(f, SHEET, { sheet: SHEET, at: INSERTED, count: 1 });
    for (const [address, cell] of before.cells) {
      const target = moved(address);
      const copy = after.cells.get(target);
      expect([address, copy && essence(copy)]).toEqual([address, essence(cell, shift)]);
    }
    // And the copy adds cells only in the inserted row and the summary block.
    for (const address of after.cells.keys()) {
      const row = rowOf(address);
      if (row === INSERTED || row >= summaryTop) continue;
      const original = [...before.cells.keys()].find((a) => moved(a) === address);
      expect([address, original !== undefined]).toEqual([address, true]);
    }
  });

  it("keeps merges (moved or grown), column widths and row heights", () => {
    const before = snapshot(input.getWorksheet(SHEET)!);
    const after = snapshot(output.getWorksheet(SHEET)!);
    const ins = { sheet: SHEET, at: INSERTED, count: 1 };
    expect(after.merges).toEqual(before.merges.map((m) => shiftRangeList(m, ins)).sort());
    expect(after.widths).toEqual(before.widths);
    for (const [row, height] of before.heights) {
      expect([row, after.heights.get(row >= INSERTED ? row + 1 : row)]).toEqual([row, height]);
    }
  });

  it("keeps the user's notes, conditional formats and validations, and adds its own marks beside them", () => {
    const ws = output.getWorksheet(SHEET)!;
    expect(ws.getCell("C5").note).toBe("填表人：内容已压缩");
    expect(ws.getCell("G25").note).toBe("原始记录见附件"); // marked, but the user's note stays
    expect(String(ws.getCell("G14").note)).toMatch(/^【自评表校验】/);
    const cfs = conditionalFormattings(ws);
    const theirs = cfs.filter((cf) => !cf.rules.some((r) => String(r.formulae?.[0]).includes(MARK_FORMULA_TAG)));
    expect(theirs.map((cf) => [cf.ref, cf.rules[0].formulae])).toEqual([["E5:H9", ['LEFT(E5,1)="-"']]]);
    expect(cfs.length - theirs.length).toBe(3); // error, warning, info
    expect(ws.getCell("G15").dataValidation).toMatchObject({ type: "textLength" });
  });

  it("keeps other sheets, re-pointing formulas at moved rows", () => {
    const other = output.getWorksheet("汇总")!;
    expect(output.worksheets.map((w) => w.name)).toEqual([SHEET, "汇总"]);
    expect(other.getCell("A1").value).toBe("未达标实际值");
    expect(other.getCell("B1").formula).toBe("自评表!G25");
    expect(other.getCell("B1").result).toBe("36");
    expect(other.getCell("B2").formula).toBe("SUM(自评表!J3:J3)");
  });

  it("changes nothing more when the copy is checked and annotated again", async () => {
    const first = path.join(dir, "out", "自评表.xlsx");
    const again = path.join(dir, "again");
    const r = await ziping(["check", "--out", again, "--insert-totals", "--summary", first]);
    expect(r.stdout).toContain(`修复合计行（第 ${INSERTED} 行）`);
    const a = snapshot(output.getWorksheet(SHEET)!);
    const b = snapshot((await fromBytes(readFileSync(path.join(again, "自评表.xlsx")))).getWorksheet(SHEET)!);
    expect([...b.cells.keys()].sort()).toEqual([...a.cells.keys()].sort());
    for (const [address, cell] of a.cells) {
      const next = b.cells.get(address)!;
      expect([address, { ...essence(next), note: noteText(next) ?? null }]).toEqual([address, { ...essence(cell), note: noteText(cell) ?? null }]);
    }
    expect(b.merges).toEqual(a.merges);
  });
});

describe("guards add conditional formats and nothing else, and a run without them takes them away", () => {
  let dir: string;
  let cleanup: () => void;
  let input: ExcelJS.Workbook;
  const read = async (...parts: string[]) => fromBytes(readFileSync(path.join(dir, ...parts, "自评表.xlsx")));
  const ours = (ws: ExcelJS.Worksheet) =>
    conditionalFormattings(ws).filter((cf) => cf.rules.some((r) => String(r.formulae?.[0]).includes(MARK_FORMULA_TAG)));
  const theirs = (ws: ExcelJS.Worksheet) =>
    conditionalFormattings(ws).filter((cf) => !cf.rules.some((r) => String(r.formulae?.[0]).includes(MARK_FORMULA_TAG)));

  beforeAll(async () => {
    ({ dir, cleanup } = tempDir());
    const bytes = await toBytes(workbookFromSpecs([seedSpec]));
    const wb = await fromBytes(bytes);
    const ws = wb.getWorksheet(SHEET)!;
    ws.getCell("C5").note = "填表人：内容已压缩";
    ws.addConditionalFormatting({ ref: "E5:H9", rules: [{ type: "expression", formulae: ['LEFT(E5,1)="-"'], priority: 1, style: { font: { color: { argb: "FFFF0000" } } } }] });
    const file = writeBytes(dir, "自评表.xlsx", await toBytes(wb));
    input = await fromBytes(readFileSync(file));
    await ziping(["check", "--out", path.join(dir, "guarded"), "--guards", file]);
    await ziping(["check", "--out", path.join(dir, "plain"), file]);
    await ziping(["check", "--out", path.join(dir, "unguarded"), path.join(dir, "guarded", "自评表.xlsx")]);
  });
  afterAll(() => cleanup());

  it("leaves every cell, note and the user's own format as they were", async () => {
    const before = snapshot(input.getWorksheet(SHEET)!);
    const ws = (await read("guarded")).getWorksheet(SHEET)!;
    const after = snapshot(ws);
    for (const [address, cell] of before.cells) expect([address, essence(after.cells.get(address)!)]).toEqual([address, essence(cell)]);
    expect([...after.cells.keys()].sort()).toEqual([...before.cells.keys()].sort());
    expect(theirs(ws).map((cf) => [cf.ref, cf.rules[0].formulae])).toEqual([["E5:H9", ['LEFT(E5,1)="-"']]]);
    // Guards share rules per column and condition: far fewer rules than guarded cells.
    const rules = ours(ws);
    const cells = rules.reduce((n, cf) => n + cf.ref.split(" ").length, 0);
    expect(rules.length).toBeLessThan(cells);
    expect(cells).toBeGreaterThan(30);
  });

  it("a run without --guards on the guarded copy leaves what a plain run leaves", async () => {
    const plain = (await read("plain")).getWorksheet(SHEET)!;
    const again = (await read("unguarded")).getWorksheet(SHEET)!;
    expect(ours(again).map((cf) => [cf.ref, cf.rules[0].formulae])).toEqual(ours(plain).map((cf) => [cf.ref, cf.rules[0].formulae]));
    expect(theirs(again).map((cf) => cf.ref)).toEqual(["E5:H9"]);
    const a = snapshot(plain);
    const b = snapshot(again);
    for (const [address, cell] of a.cells) {
      expect([address, { ...essence(b.cells.get(address)!), note: noteText(b.cells.get(address)!) ?? null }]).toEqual([
        address,
        { ...essence(cell), note: noteText(cell) ?? null },
      ]);
    }
  });
});
