/**
 * An Excel 97–2003 workbook reads into the same grid as the .xlsx it was saved from: the samples
 * as LibreOffice saved them (test/fixtures/xls), cell for cell — values, number formats, formulas
 * and merged areas.
 */
import * as path from "path";
import type { CellRange, GridData } from "../../src/core/grid";
import { ProblemError } from "../../src/core/problem";
import { readSubmission, readWorkbook } from "../../src/xlsx/read";

const ROOT = path.join(__dirname, "..", "..");
const SAMPLES = ["project-anhui-2022", "seed-no-totals", "seed-shenzhen-2021"];

const byCorner = (a: CellRange, b: CellRange): number => a.top - b.top || a.left - b.left;
/**
 * Widths aside: LibreOffice saved each .xls width a little under the .xlsx's (11.17 for 12) and gave
 * the columns past H its own default; test/xlsx/column-widths.test.ts holds them within a character.
 */
const comparable = ({ columnWidths: _widths, ...g }: GridData) => ({ ...g, formats: formatsOfFilledCells(g), merges: [...g.merges].sort(byCorner) });

/**
 * Blank cells aside: the .xlsx reader keeps a blank cell's number format (Excel reports it, and a
 * formula the plan writes there needs it), and SheetJS gives a blank .xls cell no format at all. An
 * .xls is only checked, never written, and its findings equal its .xlsx's (test/cli/xls.test.ts).
 */
function formatsOfFilledCells(g: GridData): GridData["formats"] {
  return g.formats?.map((row, i) => row.map((f, j) => (g.values[i][j] === null && !g.formulas?.[i]?.[j] ? null : f)));
}

describe.each(SAMPLES)("%s.xls", (name) => {
  it("reads into the grid its .xlsx gives", async () => {
    const xls = await readSubmission(path.join(ROOT, "test/fixtures/xls", `${name}.xls`));
    const xlsx = await readWorkbook(path.join(ROOT, "assets/samples", `${name}.xlsx`));
    expect(xls.format).toBe("xls");
    expect(xls.workbook).toBeNull();
    expect(xls.sheets.map(comparable)).toEqual(xlsx.sheets.map(comparable));
  });
});

it("reads formulas, their cached results, hidden rows and columns as the .xlsx has them", async () => {
  const xls = (await readSubmission(path.join(ROOT, "test/fixtures/xls/formulas-everywhere.xls"))).sheets[0];
  const xlsx = (await readWorkbook(path.join(ROOT, "test/fixtures/bad/formulas-everywhere.xlsx"))).sheets[0];
  expect(xls.formulas).toEqual(xlsx.formulas);
  expect(xls.formulas?.flat()).toContain("=SUM(E5:E9)");
  // B5 ="人大机关"&"建设": LibreOffice stored 0 as the cached result of this text formula (its FORMULA
  // record holds eight zero bytes and no STRING record follows), so 0 is what the file says.
  const values = xls.values.map((row) => [...row]);
  expect(values[4][1]).toBe(0);
  values[4][1] = xlsx.values[4][1];
  expect(values).toEqual(xlsx.values);

  const hidden = (await readSubmission(path.join(ROOT, "test/fixtures/xls/hidden-rows-columns.xls"))).sheets[0];
  expect([hidden.hiddenRows, hidden.hiddenCols]).toEqual([[5, 24], [2]]);
});

it("keeps number formats and merged areas as the file stores them", async () => {
  const { sheets } = await readSubmission(path.join(ROOT, "test/fixtures/xls/project-anhui-2022.xls"));
  const [grid] = sheets;
  const at = (row: number, col: number) => ({
    value: grid.values[row - grid.origin.row][col - grid.origin.col],
    format: grid.formats?.[row - grid.origin.row][col - grid.origin.col],
  });
  expect(at(6, 3)).toEqual({ value: 89.974, format: "#,##0.000" }); // D7
  expect(grid.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 9 });
});

it("an .xlsx is still read for annotating", async () => {
  const r = await readSubmission(path.join(ROOT, "assets/samples/seed-shenzhen-2021.xlsx"));
  expect(r.format).toBe("xlsx");
  expect(r.workbook).not.toBeNull();
});

it("refuses WPS's .et by its name (the command line says how to make it readable: test/cli/problems.test.ts)", async () => {
  const error = await readSubmission(path.join(ROOT, "test/fixtures/bad/wps-saved.et")).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ProblemError);
  expect((error as ProblemError).problem).toEqual({ code: "wps-et", params: {} });
});
