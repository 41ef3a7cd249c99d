import { seedSpec } from "../../src/samples/seed-shenzhen-2021";
import { droppedParts } from "../../src/xlsx/dropped-parts";
import { readWorkbook } from "../../src/xlsx/read";
import { specBytes } from "../support/workbooks";

/** Rename a zip entry in place (same length, stored names only), to fake a part exceljs drops. */
function renameEntry(zip: Buffer, from: string, to: string): Buffer {
  if (from.length !== to.length) throw new Error("same-length names only");
  return Buffer.from(zip.toString("latin1").split(from).join(to), "latin1");
}

describe("droppedParts", () => {
  it("finds nothing in a plain workbook", async () => {
    expect(droppedParts(await specBytes(seedSpec))).toEqual([]);
  });

  it("names charts, pivot tables and macros", async () => {
    const plain = await specBytes(seedSpec);
    expect(droppedParts(renameEntry(plain, "docProps/app.xml", "xl/charts/c1.xml"))).toEqual(["charts"]);
    expect(droppedParts(renameEntry(plain, "docProps/core.xml", "xl/vbaProject.bin"))).toEqual(["macros"]);
    expect(droppedParts(renameEntry(plain, "docProps/core.xml", "xl/pivotCache/p.x"))).toEqual(["pivot-tables"]);
    const both = renameEntry(renameEntry(plain, "docProps/app.xml", "xl/charts/c1.xml"), "docProps/core.xml", "xl/vbaProject.bin");
    expect(droppedParts(both)).toEqual(["charts", "macros"]);
  });

  it("is reported by readWorkbook", async () => {
    const bytes = renameEntry(await specBytes(seedSpec), "docProps/app.xml", "xl/charts/c1.xml");
    expect((await readWorkbook(bytes)).dropped).toEqual(["charts"]);
  });
});
