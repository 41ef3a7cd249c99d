import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { seedSpec } from "../../tools/samples/seed-shenzhen-2021";
import { workbookFromSpecs } from "../../tools/samples/from-spec";
import { readWorkbook } from "../../src/xlsx/read";
import { OverwriteInputError, workbookBytes, writeAnnotatedCopy, writeFileAtomic } from "../../src/xlsx/write";
import { withFixedTimestamps } from "../../src/xlsx/zip-timestamps";
import { tempDir, toBytes } from "../support/workbooks";

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe("writeAnnotatedCopy", () => {
  it("creates DIR and writes DIR/<input's file name>", async () => {
    const input = path.join(dir, "in", "表.xlsx");
    const out = path.join(dir, "a", "b");
    const written = await writeAnnotatedCopy(workbookFromSpecs([seedSpec]), input, out);
    expect(written).toBe(path.join(out, "表.xlsx"));
    const { sheets } = await readWorkbook(written);
    expect(sheets[0].sheet).toBe(seedSpec.name);
    expect(readdirSync(out)).toEqual(["表.xlsx"]);
  });

  it("refuses to land on any input of the run, also through a hard link", async () => {
    mkdirSync(path.join(dir, "in"));
    const input = path.join(dir, "in", "x.xlsx");
    writeFileSync(input, "original");
    await expect(writeAnnotatedCopy(workbookFromSpecs([seedSpec]), input, path.join(dir, "in"))).rejects.toBeInstanceOf(OverwriteInputError);
    mkdirSync(path.join(dir, "out"));
    linkSync(input, path.join(dir, "out", "y.xlsx"));
    const other = path.join(dir, "elsewhere", "y.xlsx");
    await expect(
      writeAnnotatedCopy(workbookFromSpecs([seedSpec]), other, path.join(dir, "out"), [other, input]),
    ).rejects.toBeInstanceOf(OverwriteInputError);
    expect(readFileSync(input, "utf8")).toBe("original");
  });
});

describe("writeFileAtomic", () => {
  it("replaces the target whole and leaves no temporary file", async () => {
    const target = path.join(dir, "t.bin");
    writeFileSync(target, "old");
    await writeFileAtomic(target, Buffer.from("new"));
    expect(readFileSync(target, "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["t.bin"]);
  });

  it("cleans up when the rename fails", async () => {
    const target = path.join(dir, "is-a-dir");
    mkdirSync(path.join(target, "child"), { recursive: true });
    await expect(writeFileAtomic(target, Buffer.from("x"))).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(["is-a-dir"]);
    expect(existsSync(path.join(target, "child"))).toBe(true);
  });
});

describe("fixed timestamps", () => {
  it("makes two writes of the same workbook byte-identical and still a readable workbook", async () => {
    const when = new Date("2022-01-01T00:00:00Z");
    const a = await workbookBytes(workbookFromSpecs([seedSpec]), { fixedTime: when });
    await new Promise((r) => setTimeout(r, 2100)); // zip times have 2-second resolution
    const b = await workbookBytes(workbookFromSpecs([seedSpec]), { fixedTime: when });
    expect(a.equals(b)).toBe(true);
    const { sheets, workbook } = await readWorkbook(a);
    expect(sheets[0].sheet).toBe(seedSpec.name);
    expect(workbook.modified.toISOString()).toBe(when.toISOString());
  });

  it("rewrites every entry's DOS date and time", async () => {
    const bytes = withFixedTimestamps(await toBytes(workbookFromSpecs([seedSpec])), new Date("2022-01-01T00:00:00Z"));
    const dosDate = ((2022 - 1980) << 9) | (1 << 5) | 1;
    let eocd = bytes.length - 22;
    while (bytes.readUInt32LE(eocd) !== 0x06054b50) eocd--;
    let p = bytes.readUInt32LE(eocd + 16);
    for (let n = bytes.readUInt16LE(eocd + 10); n > 0; n--) {
      expect([bytes.readUInt16LE(p + 12), bytes.readUInt16LE(p + 14)]).toEqual([0, dosDate]);
      const local = bytes.readUInt32LE(p + 42);
      expect([bytes.readUInt16LE(local + 10), bytes.readUInt16LE(local + 12)]).toEqual([0, dosDate]);
      p += 46 + bytes.readUInt16LE(p + 28) + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
    }
  });
});
