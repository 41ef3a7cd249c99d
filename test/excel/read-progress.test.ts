/** Reads beyond Excel on the web's 5 MB response: block by block, with progress the pane can show. */
import { checkGrid } from "../../src/core/engine";
import type { ReadProgress } from "../../src/excel";
import { WEB_PAYLOAD_LIMIT } from "../support/fake-excel";
import { seedWithExtraTasks } from "../support/large-form";
import { seedWorkbook } from "../support/seed-workbook";
import { seedSpec } from "../../tools/samples/seed-shenzhen-2021";
import { withCells } from "../../tools/samples/sheet-spec";

function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

describe("reading a large sheet in blocks", () => {
  it("reads a sheet of several times the 5 MB cap, halving blocks until they fit, and reports each block", async () => {
    // ~30 KB of text per task row: 400 rows are over 12 MB, and even 256 rows are over the cap.
    const long = "依法履职，".repeat(1000);
    const spec = seedWithExtraTasks(400, { text: long });
    const { fake, port, sheet } = seedWorkbook({ spec });
    const grid = fake.gridData(sheet);
    const cellBytes = grid.values.flat().reduce((n: number, v) => n + (typeof v === "string" ? utf8Bytes(v) : 0), 0);
    expect(cellBytes).toBeGreaterThan(2 * WEB_PAYLOAD_LIMIT);

    const seen: ReadProgress[] = [];
    const stop = port.onReadProgress!((p) => seen.push(p));
    const check = await port.checkActiveSheet();
    stop();

    // The same result as reading the sheet in one go.
    expect(check.result).toEqual(checkGrid(grid));
    expect(check.result.form?.money?.parts).toHaveLength(405);
    expect(check.marked).toBe(3);

    const rows = grid.values.length;
    expect(seen[0]).toEqual({ sheet, rowsRead: 0, rows });
    expect(seen[seen.length - 1]).toEqual({ sheet, rowsRead: rows, rows });
    // Monotonic, and in several blocks (a single block would be over the cap).
    for (let i = 1; i < seen.length; i++) expect(seen[i].rowsRead).toBeGreaterThan(seen[i - 1].rowsRead);
    expect(seen.length).toBeGreaterThan(3);
  }, 60_000);

  it("reports nothing for a sheet read in one response, nor to a listener that stopped", async () => {
    const { port } = seedWorkbook();
    const seen: ReadProgress[] = [];
    const stop = port.onReadProgress!((p) => seen.push(p));
    await port.checkActiveSheet();
    expect(seen).toEqual([]);
    stop();

    const big = seedWorkbook({ spec: seedWithExtraTasks(1971, { text: "依法履职，".repeat(300) }) });
    const stopped: ReadProgress[] = [];
    big.port.onReadProgress!((p) => stopped.push(p))();
    const heard: ReadProgress[] = [];
    big.port.onReadProgress!((p) => heard.push(p));
    await big.port.checkActiveSheet();
    expect(stopped).toEqual([]);
    expect(heard.length).toBeGreaterThan(1);
  }, 60_000);
});

describe("a used range too large to read", () => {
  it("is refused from its extent before any block is read, with the sheet's size", async () => {
    // A stray value far from the form (a real sheet's XFD1048576 is the extreme case): 2,100 × 1,000 cells,
    // over MAX_SHEET_CELLS, and over the web's 5 MB in one response.
    const spec = withCells(seedSpec, { ALL2100: "x" });
    const { port, fake } = seedWorkbook({ spec });
    const seen: ReadProgress[] = [];
    port.onReadProgress!((p) => seen.push(p));
    const syncs = fake.syncCount;
    await expect(port.checkActiveSheet()).rejects.toMatchObject({ problem: { code: "too-large", params: { limit: "sheet", cells: 2100 * 1000, max: 2_000_000 } } });
    expect(seen).toEqual([]);
    // The first sync reads the extent (and only the cells inside the read window): nothing more.
    expect(fake.syncCount - syncs).toBe(1);
  }, 60_000);
});
