/**
 * The reader's bounds (src/xlsx/limits.ts): each one refuses with reason `too-large` and a message
 * naming the size and the limit, in Chinese and English, exactly at its edge — and before exceljs
 * inflates anything. Limits are lowered here so the edges are cheap to reach; the corpus test runs
 * the real ones against real bombs.
 */
import * as path from "path";
import { seedSpec } from "../../tools/samples/seed-shenzhen-2021";
import type { Lang } from "../../src/core/model";
import { ProblemError } from "../../src/core/problem";
import { problemText } from "../../src/cli/problems";
import { DEFAULT_LIMITS, readWorkbook, type ReadLimits } from "../../src/xlsx/read";
import { zipParts } from "../../src/xlsx/zip-bounds";
import { bombXlsx } from "../support/bad-corpus/packages";
import { unzipAll, zipArchive } from "../support/bad-corpus/zip";
import { ziping } from "../support/cli";
import { specBytes, tempDir, writeBytes } from "../support/workbooks";

// exceljs's package loader: a refused file must never reach it.
const XLSX = require("exceljs/lib/xlsx/xlsx") as { prototype: { load: (...args: unknown[]) => Promise<unknown> } };

let seed: Buffer;
let dir: string;
let cleanup: () => void;
beforeAll(async () => {
  seed = await specBytes(seedSpec);
  ({ dir, cleanup } = tempDir());
});
afterAll(() => cleanup());
afterEach(() => jest.restoreAllMocks());

/** The reader's Problem, with the words the command line gives it in each language. */
interface Refused {
  reason: string;
  params: unknown;
  messages: Record<Lang, string>;
  cause: unknown;
}

async function refusal(source: string | Buffer, limits: Partial<ReadLimits>): Promise<Refused> {
  try {
    await readWorkbook(source, { limits });
  } catch (error) {
    expect(error).toBeInstanceOf(ProblemError);
    const p = (error as ProblemError).problem as Parameters<typeof problemText>[0];
    return { reason: p.code, params: p.params, messages: { "zh-CN": problemText(p, "zh-CN"), "en-US": problemText(p, "en-US") }, cause: p.cause };
  }
  throw new Error("expected the read to be refused");
}

describe("each bound refuses at its edge, with the numbers in both languages", () => {
  it("file size: refused before the file is read into memory", async () => {
    const file = writeBytes(dir, "seed.xlsx", seed);
    await expect(readWorkbook(file, { limits: { fileBytes: seed.length } })).resolves.toBeDefined();
    const load = jest.spyOn(XLSX.prototype, "load");
    const e = await refusal(file, { fileBytes: seed.length - 1 });
    expect(e.reason).toBe("too-large");
    expect(e.params).toEqual({ limit: "file", bytes: seed.length, max: seed.length - 1 });
    expect(e.messages["en-US"]).toMatch(/the file is [\d.]+ KB; the limit is [\d.]+ KB/);
    expect(e.messages["zh-CN"]).toMatch(/文件大小 [\d.]+ KB，上限为 [\d.]+ KB/);
    expect((await refusal(seed, { fileBytes: 100 })).reason).toBe("too-large");
    expect(load).not.toHaveBeenCalled();
  });

  it("parts in the package", async () => {
    const parts = zipParts(seed).length;
    await expect(readWorkbook(seed, { limits: { entries: parts } })).resolves.toBeDefined();
    const e = await refusal(seed, { entries: parts - 1 });
    expect(e.reason).toBe("too-large");
    expect(e.params).toEqual({ limit: "parts", count: parts, max: parts - 1 });
    expect(e.messages["en-US"]).toContain(`the package has ${parts} parts; the limit is ${parts - 1}`);
    expect(e.messages["zh-CN"]).toContain(`压缩包含 ${parts} 个部件，上限为 ${parts - 1}`);
  });

  it("declared uncompressed size, summed over the central directory", async () => {
    const total = zipParts(seed).reduce((n, p) => n + p.uncompressedSize, 0);
    await expect(readWorkbook(seed, { limits: { uncompressedBytes: total } })).resolves.toBeDefined();
    const e = await refusal(seed, { uncompressedBytes: total - 1 });
    expect(e.reason).toBe("too-large");
    expect(e.params).toEqual({ limit: "unpacked", bytes: total, max: total - 1 });
    expect(e.messages["en-US"]).toMatch(/it would expand to [\d.]+ KB; the limit is [\d.]+ KB/);
    expect(e.messages["zh-CN"]).toMatch(/解压后共 [\d.]+ KB，上限为 [\d.]+ KB/);
  });

  it("cells in one sheet's used range (the dense grid the engine gets), naming the sheet and the range", async () => {
    const cells = 29 * 8; // the seed: A1:H29
    await expect(readWorkbook(seed, { limits: { sheetCells: cells } })).resolves.toBeDefined();
    const e = await refusal(seed, { sheetCells: cells - 1 });
    expect(e.reason).toBe("too-large");
    expect(e.params).toEqual({ limit: "sheet", sheet: "自评表", range: "A1:H29", cells, max: cells - 1 });
    expect(e.messages["en-US"]).toContain(`sheet '自评表' uses A1:H29, ${cells} cells; the limit is ${cells - 1}`);
    expect(e.messages["zh-CN"]).toContain(`工作表「自评表」的已用区域 A1:H29 共 ${cells} 个单元格，上限为 ${cells - 1}`);
  });

  it("the defaults leave room for real forms and refuse what would exhaust memory", () => {
    expect(DEFAULT_LIMITS).toEqual({ fileBytes: 100 * 2 ** 20, entries: 10_000, uncompressedBytes: 64 * 2 ** 20, sheetCells: 2_000_000 });
    expect(Object.isFrozen(DEFAULT_LIMITS)).toBe(true);
  });
});

describe("bombs never reach exceljs", () => {
  it("a part that inflates past its declared size is stopped at the declared size", async () => {
    const load = jest.spyOn(XLSX.prototype, "load");
    const lying = bombXlsx(16, 1000); // declares 1,000 bytes, holds 16 MB of blanks
    const started = Date.now();
    const e = await refusal(lying, {});
    expect(Date.now() - started).toBeLessThan(2000);
    expect(e.reason).toBe("corrupted");
    expect(e.messages["en-US"]).toContain("part xl/worksheets/sheet1.xml inflates to more than the 1000 B it declares (a zip bomb?)");
    expect(e.messages["zh-CN"]).toContain("疑似压缩炸弹");
    expect((e.cause as Error).name).toBe("ZipStructureError");
    expect(load).not.toHaveBeenCalled();
  });

  it("an honest bomb over the limit is refused from its directory alone", async () => {
    const load = jest.spyOn(XLSX.prototype, "load");
    const e = await refusal(bombXlsx(300), {});
    expect(e.messages["en-US"]).toContain("it would expand to 300 MB; the limit is 64 MB");
    expect(load).not.toHaveBeenCalled();
  });
});

describe("zip64 packages", () => {
  const asZip64 = (zip: Buffer): Buffer => zipArchive(unzipAll(zip).map((p) => ({ name: p.name, data: p.data })), { zip64: true });

  it("read exactly like the plain zip they hold (the real sizes come from the zip64 fields)", async () => {
    const zip64 = asZip64(seed);
    expect(zipParts(zip64)).toEqual(
      zipParts(seed).map((p) => expect.objectContaining({ name: p.name, uncompressedSize: p.uncompressedSize })),
    );
    const [plain, wide] = await Promise.all([readWorkbook(seed), readWorkbook(zip64)]);
    expect(wide.sheets).toEqual(plain.sheets);
  });

  it("a zip64 size beyond 32 bits counts in full", async () => {
    const huge = zipArchive([...unzipAll(seed).map((p) => ({ name: p.name, data: p.data })), { name: "xl/media/big.bin", data: Buffer.alloc(10), declaredSize: 5 * 2 ** 30 }], {
      zip64: true,
    });
    const e = await refusal(huge, {});
    expect(e.reason).toBe("too-large");
    expect(e.messages["en-US"]).toMatch(/it would expand to 51\d\d(\.\d)? MB/);
  });
});

describe("the command line", () => {
  it("exits 2 and says why, in Chinese by default and in English on request", async () => {
    const file = writeBytes(dir, "bomb.xlsx", bombXlsx(300));
    const zh = await ziping(["check", file]);
    expect(zh.code).toBe(2);
    expect(zh.stdout).toContain("工作簿过大，超出 ziping 可检查的范围，未作检查（解压后共 300 MB，上限为 64 MB）");
    const en = await ziping(["check", "--format", "json", "--lang", "en", file]);
    expect(en.code).toBe(2);
    expect(JSON.parse(en.stdout)[0].error).toBe("the workbook is too large for ziping to check; it was not checked (it would expand to 300 MB; the limit is 64 MB)");
    expect(path.basename(file)).toBe("bomb.xlsx");
  });
});
