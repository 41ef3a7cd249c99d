/**
 * Properties of writing a plan and clearing it, on generated forms, in all three places a plan is
 * applied: in memory (applyPlanToGrid), into an .xlsx (exceljs applyPlan / clearMarks), and into the
 * open workbook (the Office.js adapter over the fake host). Clearing returns every cell — value,
 * formula, format, style, note, merge — to what it was; writing the same check twice changes nothing
 * the first write did not.
 */
import fc from "fast-check";
import ExcelJS from "exceljs";
import { checkGrid } from "../../src/core/engine";
import type { GridData } from "../../src/core/grid";
import { NOTE_PREFIX, type Mark, type Severity, type WritePlan } from "../../src/core/model";
import { applyPlanToGrid, planWrites } from "../../src/core/plan";
import { createExcelPort } from "../../src/excel";
import { a1 } from "../../src/core/grid";
import { toGridData, withCells, type CellSpec, type SheetSpec } from "../../tools/samples/sheet-spec";
import { withoutTotalsRow } from "../../tools/samples/variants";
import { applyPlan } from "../../src/xlsx/apply-plan";
import { addSheetFromSpec } from "../../tools/samples/from-spec";
import { clearMarks } from "../../src/xlsx/marks";
import { readWorkbook } from "../../src/xlsx/read";
import { FakeExcel } from "../support/fake-excel";
import { BASE_SPECS, mutatedForm } from "../support/form-arbitraries";
import { unintendedChanges, workbookChanges } from "../support/no-data-loss";
import { RUNS } from "../support/property-runs";
import { fromBytes, toBytes } from "../support/workbooks";

jest.setTimeout(180_000);

const ALL = { marks: true, insertTotals: true, summary: true } as const;
const NO_TOTALS = [toGridData(withoutTotalsRow(BASE_SPECS[0])), toGridData(withoutTotalsRow(BASE_SPECS[1]))];

/** The grid a person sees: values, formulas, formats (null = General) and merges, by address. */
function cellsOf(grid: GridData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const height = Math.max(grid.values.length, grid.formats?.length ?? 0, grid.formulas?.length ?? 0);
  for (let i = 0; i < height; i++) {
    // Rows may be ragged or have holes: a cell is blank unless one of the three says otherwise.
    const width = Math.max(grid.values[i]?.length ?? 0, grid.formats?.[i]?.length ?? 0, grid.formulas?.[i]?.length ?? 0);
    for (let j = 0; j < width; j++) {
      const raw = grid.values[i]?.[j] ?? null;
      const v = raw === "" ? null : raw; // Excel reports an empty cell as ""
      const formula = grid.formulas?.[i]?.[j] ?? null;
      const format = grid.formats?.[i]?.[j] ?? null;
      if (v === null && formula === null && (format === null || format === "General")) continue;
      out[a1(grid.origin.row + i, grid.origin.col + j)] = [v, formula, format === "General" ? null : format];
    }
  }
  out.merges = grid.merges.map((m) => `${m.top},${m.left},${m.bottom},${m.right}`).sort();
  return out;
}

describe("in memory", () => {
  it("re-checking and re-writing an annotated sheet changes nothing (apply twice = apply once)", () => {
    fc.assert(
      // Damaged forms, and the two department forms without their totals row (the plan inserts one).
      fc.property(fc.oneof(mutatedForm, fc.constantFrom(0, 1).map((i) => ({ base: i, grid: NO_TOTALS[i] }))), ({ grid }) => {
        const first = planWrites(checkGrid(grid), ALL, grid);
        const once = applyPlanToGrid(grid, first.plan);
        const second = planWrites(checkGrid(once), ALL, once);
        const twice = applyPlanToGrid(once, second.plan);
        if (second.plan.totals) expect(second.plan.totals.mode).toBe("repair");
        expect(cellsOf(twice)).toEqual(cellsOf(once));
        expect(second.plan.marks).toEqual(first.plan.marks);
        expect(second.after.findings).toEqual(first.after.findings);
      }),
      { numRuns: RUNS.gridPlanIdempotent },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// exceljs

/** A bundled form with some hostile edits, the user's own notes, fills and a conditional format. */
const userSheet = fc.record({
  base: fc.nat({ max: BASE_SPECS.length - 1 }),
  dropTotals: fc.boolean(),
  edits: fc.array(fc.tuple(fc.nat({ max: 30 }), fc.nat({ max: 9 }), fc.constantFrom<CellSpec>("#REF!", "约3万", "36", 0, -5, "未完成", "(1,000.00)", null, "金额合计")), { maxLength: 4 }),
  notes: fc.array(fc.tuple(fc.nat({ max: 30 }), fc.nat({ max: 9 })), { maxLength: 3 }),
});

type UserSheet = { base: number; dropTotals: boolean; edits: [number, number, CellSpec][]; notes: [number, number][] };

function specOf(sheet: UserSheet): SheetSpec {
  let spec = BASE_SPECS[sheet.base];
  if (sheet.dropTotals && sheet.base < 2) spec = withoutTotalsRow(spec);
  const cells: Record<string, CellSpec> = {};
  for (const [row, col, value] of sheet.edits) cells[a1(row + 4, col)] = value;
  return withCells(spec, cells);
}

function userWorkbook(sheet: UserSheet): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = addSheetFromSpec(wb, specOf(sheet));
  for (const [row, col] of sheet.notes) ws.getCell(row + 1, col + 1).note = `用户批注 ${a1(row, col)}`;
  ws.getCell("B2").style = { ...ws.getCell("B2").style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } } };
  ws.addConditionalFormatting({ ref: "A1:C3", rules: [{ type: "expression", formulae: ["LEN(A1)>100"], priority: 1, style: { font: { bold: true } } }] });
  const other = wb.addWorksheet("说明");
  other.getCell("A1").value = "填报说明";
  return wb;
}

const severity = fc.constantFrom<Severity>("error", "warning", "info");

describe("in an .xlsx (exceljs)", () => {
  it("clearing the marks returns every cell, note, merge and format to what it was — before and after saving", async () => {
    await fc.assert(
      fc.asyncProperty(
        userSheet,
        fc.array(fc.tuple(fc.nat({ max: 32 }), fc.nat({ max: 11 }), severity), { minLength: 1, maxLength: 30 }),
        fc.boolean(),
        async (sheet, picks, save) => {
          // Both sides start as a file would: exceljs normalises styles when it loads one.
          const bytes = await toBytes(userWorkbook(sheet));
          const before = await fromBytes(bytes);
          const after = await fromBytes(bytes);
          const name = after.worksheets[0].name;
          const marks: Mark[] = picks.map(([row, col, sev]) => ({ address: a1(row, col), row, col, severity: sev, note: `${NOTE_PREFIX}问题 ${a1(row, col)}` }));
          const unique = [...new Map(marks.map((m) => [m.address, m])).values()];
          applyPlan(after, { sheet: name, marks: unique });
          const reopened = save ? await readWorkbook(await toBytes(after)).then((r) => r.workbook) : after;
          clearMarks(reopened.getWorksheet(name)!);
          expect(workbookChanges(before, reopened, [])).toEqual([]);
        },
      ),
      { numRuns: RUNS.xlsxMarksClear },
    );
  });

  it("checking an annotated copy again and writing it changes nothing (the same file, the same marks)", async () => {
    await fc.assert(
      fc.asyncProperty(userSheet, async (sheet) => {
        const annotate = async (bytes: Buffer): Promise<{ bytes: Buffer; plans: WritePlan[] }> => {
          const { sheets, workbook } = await readWorkbook(bytes);
          const plans = sheets.flatMap((grid) => {
            const result = checkGrid(grid);
            return result.form ? [planWrites(result, ALL, grid).plan] : [];
          });
          for (const plan of plans) applyPlan(workbook, plan);
          return { bytes: await toBytes(workbook), plans };
        };
        const input = await toBytes(userWorkbook(sheet));
        const once = await annotate(input);
        expect(await unintendedChanges(input, once.bytes, once.plans)).toEqual([]);
        const twice = await annotate(once.bytes);
        // The second write may only re-mark the same cells: its totals and summary cells must come out as they were.
        expect(await unintendedChanges(once.bytes, twice.bytes, twice.plans.map((p) => ({ sheet: p.sheet, marks: p.marks })))).toEqual([]);
        expect(twice.plans.map((p) => p.marks)).toEqual(once.plans.map((p) => p.marks));
      }),
      { numRuns: RUNS.xlsxPlanTwice },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The open workbook (Office.js adapter over the fake host)

describe("in the open workbook (fake Excel host)", () => {
  it("校验本表 then 清除标记 leaves every cell, fill, note and merge as the user had it", async () => {
    await fc.assert(
      fc.asyncProperty(mutatedForm, fc.array(fc.tuple(fc.nat({ max: 30 }), fc.nat({ max: 9 })), { maxLength: 3 }), async ({ grid }, notes) => {
        const fake = new FakeExcel();
        const userNotes = Object.fromEntries(notes.map(([r, c]) => [a1(r, c), `用户批注 ${a1(r, c)}`]));
        fake.addSheet(grid.sheet, { grid, notes: userNotes, fills: { B2: "#FFFF00" }, bold: ["A1"] });
        const port = createExcelPort(fake.run, { supports: fake.supports, libraryHas: fake.libraryHas, displayLanguage: () => "zh-CN" });
        const snapshot = () => ({
          contents: fake.contents(grid.sheet),
          formats: fake.formats(grid.sheet),
          merges: fake.merges(grid.sheet),
          annotations: fake.annotations(grid.sheet),
          conditionalFormats: fake.conditionalFormats(grid.sheet),
        });
        const before = snapshot();
        const check = await port.checkActiveSheet();
        if (check.result.form && check.result.findings.length > 0) expect(fake.conditionalFormats(grid.sheet).length).toBeGreaterThan(0);
        await port.clearMarks();
        const after = snapshot();
        expect(after).toEqual(before);
      }),
      { numRuns: RUNS.fakeExcelClear },
    );
  });
});
