import ExcelJS from "exceljs";
import { MARK_FILL, MARK_FORMULA_TAG, NOTE_PREFIX, SUMMARY_MARKER, markFormula, type Mark, type WritePlan } from "../../src/core/model";
import { seedSpec } from "../../tools/samples/seed-shenzhen-2021";
import { withoutTotalsRow } from "../../tools/samples/variants";
import { applyPlan, PlanWriteError } from "../../src/xlsx/apply-plan";
import { workbookFromSpecs } from "../../tools/samples/from-spec";
import { conditionalFormattings } from "../../src/xlsx/internals";
import { readWorkbook } from "../../src/xlsx/read";
import { Grid } from "../../src/core/grid";
import { checkGrid } from "../../src/core/engine";
import { planWrites } from "../../src/core/plan";
import { fromBytes, roundTrip, toBytes, zipEntryText } from "../support/workbooks";

const SHEET = seedSpec.name;

function mark(address: string, severity: Mark["severity"], note: string): Mark {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  return { address, row: Number(m[2]) - 1, col: m[1].charCodeAt(0) - 65, severity, note: NOTE_PREFIX + note };
}

const marks: Mark[] = [
  mark("G25", "error", "未达标"),
  mark("E10", "error", "合计不符"),
  mark("G14", "warning", "超出区间"),
  mark("G17", "info", "远超目标"),
];

function zipingFormats(ws: ExcelJS.Worksheet) {
  return conditionalFormattings(ws).filter((cf) => cf.rules.some((r) => (r.formulae ?? []).some((f) => String(f).includes(MARK_FORMULA_TAG))));
}

describe("applyPlan marks", () => {
  let ws: ExcelJS.Worksheet;
  let plain: ExcelJS.Worksheet;

  beforeAll(async () => {
    plain = (await roundTrip(workbookFromSpecs([seedSpec]))).getWorksheet(SHEET)!;
    const wb = workbookFromSpecs([seedSpec]);
    wb.getWorksheet(SHEET)!.getCell("G17").note = "填表人：请核实";
    applyPlan(wb, { sheet: SHEET, marks });
    ws = (await roundTrip(wb)).getWorksheet(SHEET)!;
  });

  it("writes one conditional format per severity over the union of its cells", () => {
    const cfs = zipingFormats(ws);
    expect(cfs).toHaveLength(3);
    const bySeverity = Object.fromEntries(
      cfs.map((cf) => [String(cf.rules[0].formulae![0]).match(/ziping:(\w+)/)![1], cf]),
    );
    expect(bySeverity.error.ref.split(" ").sort()).toEqual(["E10", "G25"]);
    expect(bySeverity.warning.ref).toBe("G14");
    expect(bySeverity.info.ref).toBe("G17");
    expect(bySeverity.error.rules).toHaveLength(1);
    const rule = bySeverity.error.rules[0];
    expect(rule.type).toBe("expression");
    expect(rule.formulae).toEqual([markFormula("error").slice(1)]);
    const fill = rule.style?.fill as ExcelJS.FillPattern;
    expect(fill.bgColor?.argb).toBe(`FF${MARK_FILL.error.slice(1)}`);
  });

  it("never touches a marked cell's own style or value", () => {
    for (const address of ["G25", "E10", "G14", "G17"]) {
      expect([address, ws.getCell(address).style]).toEqual([address, plain.getCell(address).style]);
      expect([address, ws.getCell(address).value]).toEqual([address, plain.getCell(address).value]);
    }
  });

  it("notes each marked cell, leaving a user's note as it is", () => {
    expect(ws.getCell("G25").note).toBe(`${NOTE_PREFIX}未达标`);
    expect(ws.getCell("E10").note).toBe(`${NOTE_PREFIX}合计不符`);
    expect(ws.getCell("G17").note).toBe("填表人：请核实");
  });

  it("replaces its marks on a re-run instead of stacking them, keeping the user's formats", async () => {
    const wb = workbookFromSpecs([seedSpec]);
    const sheet = wb.getWorksheet(SHEET)!;
    sheet.addConditionalFormatting({ ref: "E5:H9", rules: [{ type: "expression", formulae: ["E5<0"], priority: 1, style: { font: { color: { argb: "FFFF0000" } } } }] });
    applyPlan(wb, { sheet: SHEET, marks });
    const again = await roundTrip(wb);
    applyPlan(again, { sheet: SHEET, marks: [mark("G25", "error", "仍未达标")] });
    const third = (await roundTrip(again)).getWorksheet(SHEET)!;
    const ours = zipingFormats(third);
    expect(ours).toHaveLength(1);
    expect(ours[0].ref).toBe("G25");
    expect(third.getCell("G25").note).toBe(`${NOTE_PREFIX}仍未达标`);
    expect(third.getCell("E10").note).toBeUndefined();
    const theirs = conditionalFormattings(third).filter((cf) => !ours.includes(cf));
    expect(theirs.map((cf) => cf.ref)).toEqual(["E5:H9"]);
  });

  it("clears everything ziping added when the plan has no marks", async () => {
    const wb = workbookFromSpecs([seedSpec]);
    applyPlan(wb, { sheet: SHEET, marks });
    const again = await roundTrip(wb);
    applyPlan(again, { sheet: SHEET, marks: [] });
    const clean = (await roundTrip(again)).getWorksheet(SHEET)!;
    expect(zipingFormats(clean)).toHaveLength(0);
    expect(clean.getCell("G25").note).toBeUndefined();
  });

  it("refuses a plan for a sheet the workbook does not have", () => {
    expect(() => applyPlan(workbookFromSpecs([seedSpec]), { sheet: "nope", marks: [] })).toThrow(PlanWriteError);
  });
});

describe("applyPlan totals", () => {
  it("inserts the totals row under the last task, shifting the rest of the form", async () => {
    const spec = withoutTotalsRow(seedSpec); // tasks rows 5–9, 年度总体目标 at row 10
    const wb = workbookFromSpecs([spec]);
    const plan: WritePlan = {
      sheet: SHEET,
      marks: [mark("G25", "error", "未达标")],
      totals: {
        mode: "insert",
        row: 9,
        formatFrom: 8,
        cells: [
          { col: 1, value: "金额合计" },
          ...[4, 5, 6, 7].map((col) => {
            const c = String.fromCharCode(65 + col);
            return { col, formula: `=SUMPRODUCT(NUMBERVALUE(${c}5:${c}9,".",","))` };
          }),
        ],
      },
    };
    applyPlan(wb, plan);
    const bytes = await toBytes(wb);
    expect(zipEntryText(bytes, "xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    const saved = await fromBytes(bytes);
    const ws = saved.getWorksheet(SHEET)!;
    expect(ws.getCell("B10").value).toBe("金额合计");
    // Stored with Excel's prefix for post-2007 functions, or Excel would show #NAME?.
    expect(ws.getCell("E10").formula).toBe('SUMPRODUCT(_xlfn.NUMBERVALUE(E5:E9,".",","))');
    const { sheets } = await readWorkbook(bytes);
    expect(new Grid(sheets[0]).formula(9, 4)).toBe('=SUMPRODUCT(NUMBERVALUE(E5:E9,".",","))');
    expect(ws.getCell("E10").numFmt).toBe("@"); // styles copied from row 9
    expect(ws.getCell("E10").border).toEqual(ws.getCell("E9").border);
    expect(ws.getCell("A11").value).toBe("年度总体目标完成情况");
    expect(ws.getCell("G25").value).toBe("36");
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining(["A11:A12", "A13:A29", "E14:F14", "G29:H29"]));
    expect(merges).toContain("A3:A9"); // ends right above the new row: Excel does not grow it
  });

  it("repairs an existing totals row in place, keeping its styles and the rows around it", async () => {
    const wb = workbookFromSpecs([seedSpec]);
    applyPlan(wb, { sheet: SHEET, marks: [], totals: { mode: "repair", row: 9, formatFrom: 8, cells: [{ col: 4, formula: "=SUM(E5:E9)", result: 0 }] } });
    const ws = (await roundTrip(wb)).getWorksheet(SHEET)!;
    expect(ws.getCell("E10").formula).toBe("SUM(E5:E9)");
    expect(ws.getCell("E10").result).toBe(0);
    expect(ws.getCell("E10").numFmt).toBe("@");
    expect(ws.getCell("F10").value).toBe("146,963,013.91");
    expect(ws.getCell("A11").value).toBe("年度总体目标完成情况");
  });

  it("refuses to write into a cell covered by a merge", () => {
    const wb = workbookFromSpecs([seedSpec]);
    expect(() => applyPlan(wb, { sheet: SHEET, marks: [], totals: { mode: "repair", row: 9, formatFrom: 8, cells: [{ col: 2, value: "x" }] } })).toThrow(/C10/);
  });
});

describe("applyPlan summary", () => {
  const summary = (top: number, lines: string[]): WritePlan["summary"] => ({
    row: top,
    rows: [
      { row: top, cells: [{ col: 0, value: SUMMARY_MARKER }] },
      { row: top + 1, cells: [{ col: 0, value: "预算执行率" }, { col: 1, formula: "=G10/E10", result: 0.9551, numberFormat: "0.00%" }] },
      ...lines.map((text, i) => ({ row: top + 2 + i, cells: [{ col: 0, value: text }] })),
    ],
  });

  it("writes the block, and a re-run replaces it (no leftovers from a longer block)", async () => {
    const wb = workbookFromSpecs([seedSpec]);
    applyPlan(wb, { sheet: SHEET, marks: [], summary: summary(30, ["一", "二", "三"]) });
    const first = await roundTrip(wb);
    const ws1 = first.getWorksheet(SHEET)!;
    expect(ws1.getCell("A31").value).toBe(SUMMARY_MARKER);
    expect(ws1.getCell("B32").formula).toBe("G10/E10");
    expect(ws1.getCell("B32").numFmt).toBe("0.00%");
    expect(ws1.getCell("A35").value).toBe("三");

    applyPlan(first, { sheet: SHEET, marks: [], summary: { ...summary(30, ["一"])!, replace: { top: 30, bottom: 34 } } });
    const ws2 = (await roundTrip(first)).getWorksheet(SHEET)!;
    expect(ws2.getCell("A33").value).toBe("一");
    expect(ws2.getCell("A34").value).toBeNull();
    expect(ws2.getCell("A35").value).toBeNull();
    expect(ws2.getCell("B32").numFmt).toBe("0.00%");
    const { sheets } = await readWorkbook(await toBytes(first));
    expect(sheets[0].values.length).toBe(33); // rows 1..33: nothing of the old block is left
  });
});

describe("a blank 金额合计 cell formatted as text (@)", () => {
  // The seed's amounts E5:H10 are formatted as text; here the user has cleared E10 and left its format.
  const blanked = (): ExcelJS.Workbook => {
    const wb = workbookFromSpecs([seedSpec]);
    wb.getWorksheet(SHEET)!.getCell("E10").value = null;
    return wb;
  };
  const annotate = async (bytes: Buffer): Promise<{ bytes: Buffer; plan: WritePlan }> => {
    const { sheets, workbook } = await readWorkbook(bytes);
    const grid = sheets.find((s) => s.sheet === SHEET)!;
    const { plan } = planWrites(checkGrid(grid), { insertTotals: true }, grid);
    applyPlan(workbook, plan);
    return { bytes: await toBytes(workbook), plan };
  };

  it("is read with its format, as Excel reports a blank cell's", async () => {
    const grid = new Grid((await readWorkbook(await toBytes(blanked()))).sheets[0]);
    expect([grid.value(9, 4), grid.format(9, 4)]).toEqual([null, "@"]);
  });

  it("gets its formula and a number format on the first write, and a second write changes neither", async () => {
    const once = await annotate(await toBytes(blanked()));
    expect(once.plan.totals?.cells.find((c) => c.col === 4)).toMatchObject({ formula: '=SUMPRODUCT(NUMBERVALUE(E5:E9,".",","))', numberFormat: "#,##0.00" });
    const cell = (await fromBytes(once.bytes)).getWorksheet(SHEET)!.getCell("E10");
    expect([cell.formula, cell.numFmt]).toEqual(['SUMPRODUCT(_xlfn.NUMBERVALUE(E5:E9,".",","))', "#,##0.00"]);
    const twice = await annotate(once.bytes);
    expect(twice.plan.totals?.cells.find((c) => c.col === 4)?.numberFormat).toBeUndefined();
  });
});
