/** Sheets beyond what one response holds: long sheets (merges past the first bands) and, on the web, big ones. */
import { checkGrid } from "../../src/core/engine";
import { MARK_FILL } from "../../src/core/model";
import { createExcelPort } from "../../src/excel";
import { seedSpec } from "../../tools/samples/seed-shenzhen-2021";
import { toGridData, withCells } from "../../tools/samples/sheet-spec";
import { FakeExcel } from "../support/fake-excel";
import { seedWithExtraTasks } from "../support/large-form";
import { seedWorkbook } from "../support/seed-workbook";

// Building and checking thousands of rows takes seconds on a slow CI machine.
describe("large sheets", () => {

  it("reads merged areas below row 4,096 with one more sync", async () => {
    const spec = seedWithExtraTasks(4200);
    const { fake, port, sheet } = seedWorkbook({ spec, host: { payloadLimit: Infinity } });
    const check = await port.checkActiveSheet();
    expect(fake.syncCount).toBe(3);
    // The indicator rows' merges (E:F, G:H) lie past row 4,096: the engine saw them.
    expect(fake.merges(sheet)).toContain("G4225:H4225");
    expect(check.result.form?.indicators?.rows).toHaveLength(16);
    expect(check.result.findings.map((f) => f.cells[0]).sort()).toEqual(["G4214", "G4217", "G4225"]);
    expect(fake.displayedFill(sheet, "G4225")).toBe(MARK_FILL.error);
  }, 60_000);

  it("reads a sheet too large for one response of Excel on the web in blocks, with the same result", async () => {
    const long = "依法履职，".repeat(300);
    const spec = seedWithExtraTasks(1971, { text: long });
    const { fake, port, sheet } = seedWorkbook({ spec });
    const check = await port.checkActiveSheet();
    expect(fake.syncCount).toBeGreaterThan(3);
    expect(check.result).toEqual(checkGrid(fake.gridData(sheet)));
    expect(check.marked).toBe(3);
    expect(fake.displayedFill(sheet, "G1996")).toBe(MARK_FILL.error);
  }, 60_000);
});

describe("Excel's limits on one get", () => {
  it("refuses a used range over 5,000,000 cells from its extent on the desktop too, never asking for its cells", async () => {
    const spec = withCells(seedSpec, { ZZ10000: "x" });
    const { fake, port } = seedWorkbook({ spec, host: { payloadLimit: Infinity } });
    await expect(port.checkActiveSheet()).rejects.toMatchObject({ problem: { code: "too-large", params: { limit: "sheet", cells: 10000 * 702, max: 2_000_000 } } });
    expect(fake.syncCount).toBe(1);
  });

  it("reads a used range reaching past the read window in blocks once its extent is known", async () => {
    const spec = withCells(seedSpec, { A30000: "备注" });
    const { fake, port, sheet } = seedWorkbook({ spec, host: { payloadLimit: Infinity } });
    const check = await port.checkActiveSheet();
    expect(check.result).toEqual(checkGrid(fake.gridData(sheet)));
    expect(check.marked).toBe(3);
  }, 60_000);

  it("reads more than 512 merged areas in the first rows by falling back to smaller bands", async () => {
    const grid = toGridData(seedSpec);
    const crowded = [];
    // 23 rows under the seed × 26 two-cell merges: 598 merged areas in the first 64-row band.
    for (let row = 41; row < 64; row++) for (let col = 10; col < 62; col += 2) crowded.push({ top: row, bottom: row, left: col, right: col + 1 });
    const fake = new FakeExcel({ payloadLimit: Infinity });
    fake.addSheet(seedSpec.name, { grid: { ...grid, merges: [...grid.merges, ...crowded] } });
    const port = createExcelPort(fake.run, { supports: fake.supports, libraryHas: fake.libraryHas, displayLanguage: () => "zh-CN" });
    const check = await port.checkActiveSheet();
    expect(check.result).toEqual(checkGrid(fake.gridData(seedSpec.name)));
    expect(check.marked).toBe(3);
  });
});
