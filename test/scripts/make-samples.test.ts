/**
 * The committed sample workbooks are what `npm run samples` writes from the specs today, byte for
 * byte (fixed timestamps), and they read back as the seed spec's own grid.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { SAMPLES_DIR, sampleBytes, samples } from "../../scripts/make-samples";
import { Grid } from "../../src/core/grid";
import { seedSpec } from "../../tools/samples/seed-shenzhen-2021";
import { toGridData } from "../../tools/samples/sheet-spec";
import { readWorkbook } from "../../src/xlsx/read";

describe("npm run samples", () => {
  it("is reproducible: the same specs give the same bytes", async () => {
    const [a, b] = await Promise.all([sampleBytes([seedSpec]), sampleBytes([seedSpec])]);
    expect(a.equals(b)).toBe(true);
  });

  it.each(samples.map((s) => [s.file, s] as const))("%s is up to date (run `npm run samples` after changing a spec)", async (file, sample) => {
    const committed = readFileSync(path.join(SAMPLES_DIR, file));
    expect(committed.equals(await sampleBytes(sample.specs))).toBe(true);
  });

  it("lays the seed out as the printed form: the spec's cells, merges and column widths", async () => {
    const { sheets, workbook } = await readWorkbook(path.join(SAMPLES_DIR, "seed-shenzhen-2021.xlsx"));
    const expected = new Grid(toGridData(seedSpec));
    const actual = new Grid(sheets[0]);
    expect(actual.sheet).toBe("自评表");
    for (let r = expected.top; r <= expected.bottom; r++) {
      for (let c = expected.left; c <= expected.right; c++) expect([r, c, actual.rawValue(r, c)]).toEqual([r, c, expected.rawValue(r, c)]);
    }
    expect(sheets[0].merges.length).toBe(seedSpec.merges.length);
    const ws = workbook.getWorksheet("自评表")!;
    expect(seedSpec.columnWidths!.map((_, i) => ws.getColumn(i + 1).width)).toEqual(seedSpec.columnWidths);
    expect(ws.getCell("E5").border?.left?.style).toBe("thin");
    expect(ws.getCell("C5").alignment?.wrapText).toBe(true);
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(workbook.created.toISOString()).toBe("2022-01-01T00:00:00.000Z");
  });
});
