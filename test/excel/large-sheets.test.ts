/** Sheets beyond what one response holds: long sheets (merges past the first bands) and, on the web, big ones. */
import { checkGrid } from "../../src/core/engine";
import { MARK_FILL } from "../../src/core/model";
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
