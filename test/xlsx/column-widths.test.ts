/**
 * Both file readers give the engine the columns' widths in Excel's character units: the .xlsx reader
 * from `<col width>`, the .xls reader from SheetJS's `!cols` (wch). The bundled Shenzhen form was
 * written with A–H at 12, 16, 48, 60, 17, 17, 17, 17 (tools/samples/seed-shenzhen-2021.ts); its
 * .xls copy was saved by LibreOffice, which stores each width a little under (11.17 for 12).
 */
import * as path from "path";
import { readSubmission } from "../../src/xlsx/read";

const root = path.join(__dirname, "../..");

describe("column widths", () => {
  it("come from an .xlsx as written", async () => {
    const { sheets } = await readSubmission(path.join(root, "assets/samples/seed-shenzhen-2021.xlsx"));
    expect(sheets[0].columnWidths?.slice(0, 8)).toEqual([12, 16, 48, 60, 17, 17, 17, 17]);
  });

  it("come from an .xls within a character of what was written", async () => {
    const { sheets } = await readSubmission(path.join(root, "test/fixtures/xls/seed-shenzhen-2021.xls"));
    const widths = sheets[0].columnWidths!.slice(0, 8) as number[];
    [12, 16, 48, 60, 17, 17, 17, 17].forEach((w, i) => expect(Math.abs(widths[i] - w)).toBeLessThan(1));
  });
});
