import { readdirSync, readFileSync } from "fs";
import * as path from "path";
import { crc32 } from "zlib";
import { DEFAULT_LIMITS, readWorkbook, sheetToGrid } from "../../src/xlsx/read";
import { storedZip } from "../../src/xlsx/stored-zip";
import { checkZipBounds, storedBytes, zipParts } from "../../src/xlsx/zip-bounds";
import { fromBytes } from "../support/workbooks";

const ROOT = path.resolve(__dirname, "../..");
const WORKBOOKS = ["assets/samples", "test/fixtures/bad"].flatMap((dir) =>
  readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => path.join(dir, f)),
);
const SEED = readFileSync(path.join(ROOT, "assets/samples/seed-shenzhen-2021.xlsx"));

describe("storedZip", () => {
  it("stores every part under its own name, timestamp and a CRC that matches the inflated data", () => {
    const original = zipParts(SEED);
    const copy = storedZip(SEED, checkZipBounds(SEED, DEFAULT_LIMITS));
    const parts = zipParts(copy);
    expect(original.some((p) => p.method === 8)).toBe(true);
    expect(parts.map((p) => p.name)).toEqual(original.map((p) => p.name));
    for (const [i, part] of parts.entries()) {
      const was = original[i];
      expect(part.method).toBe(0);
      const data = storedBytes(copy, part);
      expect(data.length).toBe(was.uncompressedSize);
      expect(crc32(data)).toBe(copy.readUInt32LE(part.central + 16));
      expect(copy.readUInt32LE(part.central + 16)).toBe(SEED.readUInt32LE(was.central + 16));
      // DOS time and date, central and local headers alike.
      expect(copy.readUInt32LE(part.central + 12)).toBe(SEED.readUInt32LE(was.central + 12));
      expect(copy.readUInt32LE(part.local + 10)).toBe(SEED.readUInt32LE(was.central + 12));
    }
  });

  it("copies a part in a compression method zlib does not read as it was", () => {
    const zip = Buffer.from(SEED);
    const target = zipParts(zip).find((p) => p.name === "docProps/app.xml");
    if (!target) throw new Error("the seed has no docProps/app.xml");
    // 12 = bzip2: the bounds check cannot inflate it, exceljs would fail on it.
    zip.writeUInt16LE(12, target.central + 10);
    zip.writeUInt16LE(12, target.local + 8);
    const inflated = checkZipBounds(zip, DEFAULT_LIMITS);
    expect(inflated.find((p) => p.name === "docProps/app.xml")?.data).toBeNull();
    const copy = storedZip(zip, inflated);
    const kept = zipParts(copy).find((p) => p.name === "docProps/app.xml");
    expect(kept).toMatchObject({ method: 12, compressedSize: target.compressedSize, uncompressedSize: target.uncompressedSize });
    expect(storedBytes(copy, kept!)).toEqual(storedBytes(zip, target));
  });

  // What the stored copy is for: exceljs reads exactly what it read from the file itself.
  it.each(WORKBOOKS)("%s reads as exceljs reads the original", async (file) => {
    const bytes = readFileSync(path.join(ROOT, file));
    const direct = await fromBytes(bytes)
      .then((wb) => wb.worksheets.map((ws) => sheetToGrid(ws)))
      .catch(() => null);
    const read = await readWorkbook(bytes)
      .then((r) => r.sheets)
      .catch(() => null);
    // Files exceljs cannot read, ziping refuses too (often earlier, with a reason); the rest read alike.
    if (direct === null || direct.length === 0) expect(read).toBeNull();
    else expect(read).toEqual(direct);
  });
});
