import { seedSpec } from "../../tools/samples/seed-shenzhen-2021";
import ExcelJS from "exceljs";
import { hasFragileNames } from "../../src/xlsx/dropped-parts";
import { readWorkbook } from "../../src/xlsx/read";
import { specBytes, toBytes } from "../support/workbooks";

/** Rename a zip entry in place (same length, stored names only), to fake a part exceljs drops. */
function renameEntry(zip: Buffer, from: string, to: string): Buffer {
  if (from.length !== to.length) throw new Error("same-length names only");
  return Buffer.from(zip.toString("latin1").split(from).join(to), "latin1");
}

/** What readWorkbook reports of a file's parts that an annotated copy would not keep. */
async function droppedParts(bytes: Buffer): Promise<string[]> {
  return (await readWorkbook(bytes)).dropped;
}

describe("droppedParts", () => {
  it("finds nothing in a plain workbook", async () => {
    expect(await droppedParts(await specBytes(seedSpec))).toEqual([]);
  });

  it("names charts, pivot tables and macros", async () => {
    const plain = await specBytes(seedSpec);
    expect(await droppedParts(renameEntry(plain, "docProps/app.xml", "xl/charts/c1.xml"))).toEqual(["charts"]);
    expect(await droppedParts(renameEntry(plain, "docProps/core.xml", "xl/vbaProject.bin"))).toEqual(["macros"]);
    expect(await droppedParts(renameEntry(plain, "docProps/core.xml", "xl/pivotCache/p.x"))).toEqual(["pivot-tables"]);
    const both = renameEntry(renameEntry(plain, "docProps/app.xml", "xl/charts/c1.xml"), "docProps/core.xml", "xl/vbaProject.bin");
    expect(await droppedParts(both)).toEqual(["charts", "macros"]);
  });

});

describe("defined names exceljs would lose", () => {
  const xml = (...names: string[]) => `<workbook><definedNames>${names.join("")}</definedNames></workbook>`;

  it("accepts range names and print areas", () => {
    expect(hasFragileNames(xml('<definedName name="区域">&apos;表&apos;!$A$1:$B$3,Sheet2!$C$5</definedName>'))).toBe(false);
    expect(hasFragileNames(xml('<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;表&apos;!$A$1:$H$29</definedName>'))).toBe(false);
  });

  it("flags constants, formulas and sheet-scoped names", () => {
    expect(hasFragileNames(xml('<definedName name="税率">0.05</definedName>'))).toBe(true);
    expect(hasFragileNames(xml('<definedName name="动态">OFFSET(表!$A$1,0,0,5)</definedName>'))).toBe(true);
    expect(hasFragileNames(xml('<definedName name="本表" localSheetId="0">表!$A$1</definedName>'))).toBe(true);
  });

  it("finds nothing to flag in a workbook exceljs wrote with a range name", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("表").getCell("A1").value = 1;
    wb.definedNames.add("表!$A$1:$B$3", "区域");
    expect(await droppedParts(await toBytes(wb))).toEqual([]);
  });
});
