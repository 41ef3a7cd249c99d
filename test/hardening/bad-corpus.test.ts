/**
 * The bad-input corpus: every case in test/support/bad-corpus/cases.ts goes through the real
 * command line, and its declared outcome is asserted — the exit code and every finding as rule@cell,
 * or the reason it could not be checked in both languages. Cases with a form are also annotated
 * (--out --insert-totals --summary) and the copy compared with the input cell for cell; the input's
 * bytes must not change. Small cases are read from test/fixtures/bad/ (and must match their specs);
 * large and dangerous ones are generated into a temp directory.
 */
import { createHash } from "crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "fs";
import * as path from "path";
import { cliStrings } from "../../src/cli/strings";
import { checkGrid } from "../../src/core/engine";
import type { WritePlan } from "../../src/core/model";
import { planWrites } from "../../src/core/plan";
import { readWorkbook } from "../../src/xlsx/read";
import type { FileProblemCode } from "../../src/core/problem";
import { problemText } from "../../src/cli/problems";
import { EXAMPLES, headline } from "../support/problems";
import { BAD_DIR, readme } from "../../scripts/make-bad-corpus";
import { BAD_CASES, type BadCase } from "../support/bad-corpus/cases";
import { readCfb } from "../support/bad-corpus/cfb";
import { bombXlsx } from "../support/bad-corpus/packages";
import { unzipAll } from "../support/bad-corpus/zip";
import { ziping } from "../support/cli";
import { unintendedChanges } from "../support/no-data-loss";
import { tempDir } from "../support/workbooks";

jest.setTimeout(120_000);

interface JsonReport {
  file: string;
  error: string | null;
  sheets: { sheet: string; kind: string | null; findings: { rule: string; cells: string[] }[] }[];
}

let dir: string;
let cleanup: () => void;
const files = new Map<string, string>();

beforeAll(async () => {
  ({ dir, cleanup } = tempDir("ziping-bad-"));
  for (const c of BAD_CASES) {
    if (c.committed) {
      files.set(c.file, path.join(BAD_DIR, c.file));
    } else {
      const file = path.join(dir, c.file);
      writeFileSync(file, await c.build());
      files.set(c.file, file);
    }
  }
});
afterAll(() => cleanup());

const sha256 = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");

/** The message a refusal starts with, before any detail (sizes, the part's name). */
function baseMessage(code: FileProblemCode, lang: "zh-CN" | "en-US"): string {
  return headline(problemText(EXAMPLES[code][0], lang));
}

describe("corpus", () => {
  it("holds at least 30 workbooks, each named once", () => {
    expect(BAD_CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(BAD_CASES.map((c) => c.file)).size).toBe(BAD_CASES.length);
  });

  it("committed files and README are exactly what the specs generate (npx tsx scripts/make-bad-corpus.ts)", async () => {
    const committed = BAD_CASES.filter((c) => c.committed);
    for (const c of committed) {
      const file = path.join(BAD_DIR, c.file);
      expect([c.file, existsSync(file)]).toEqual([c.file, true]);
      const rebuilt = createHash("sha256").update(await c.build()).digest("hex");
      expect([c.file, rebuilt]).toEqual([c.file, sha256(file)]);
    }
    expect(readFileSync(path.join(BAD_DIR, "README.md"), "utf8")).toBe(readme());
    // Nothing else in the directory: every fixture has a spec and an expected outcome.
    expect(readdirSync(BAD_DIR).sort()).toEqual([...committed.map((c) => c.file), "README.md"].sort());
  });

  it("keeps large and dangerous files out of the repository", () => {
    for (const c of BAD_CASES.filter((x) => x.committed)) expect([c.file, statSync(path.join(BAD_DIR, c.file)).size < 200_000]).toEqual([c.file, true]);
  });
});

describe("each case has its declared outcome", () => {
  it.each(BAD_CASES.map((c) => [c.file, c] as const))("%s", async (_name, c: BadCase) => {
    const file = files.get(c.file)!;
    const hash = sha256(file);
    const started = Date.now();
    const r = await ziping(["check", "--format", "json", "--lang", "en", file]);
    // No hang: even the 100,000-row sheet is read and checked well inside this.
    expect(Date.now() - started).toBeLessThan(60_000);
    const [report] = JSON.parse(r.stdout) as JsonReport[];
    if ("refused" in c.expected) {
      expect([c.file, r.code]).toEqual([c.file, 2]);
      expect(report.error).not.toBeNull();
      expect(report.error!.startsWith(baseMessage(c.expected.refused, "en-US"))).toBe(true);
      expect(r.stderr).toContain(report.error!);
      // The same reason in Chinese, in the text report.
      const zh = await ziping(["check", file]);
      expect(zh.code).toBe(2);
      expect(zh.stdout).toContain(baseMessage(c.expected.refused, "zh-CN"));
    } else {
      expect([c.file, report.error]).toEqual([c.file, null]);
      const got = Object.fromEntries(
        report.sheets.map((s) => [s.sheet, s.kind === null ? null : s.findings.map((f) => `${f.rule}@${f.cells[0]}`).sort()]),
      );
      expect(got).toEqual(c.expected.sheets);
      expect([c.file, r.code]).toEqual([c.file, c.expected.exit]);
    }
    expect(sha256(file)).toBe(hash);
  });
});

describe("the annotated copy of every corpus workbook with a form loses nothing", () => {
  const withForm = BAD_CASES.filter((c) => !("refused" in c.expected));

  it.each(withForm.map((c) => [c.file, c] as const))("%s", async (_name, c: BadCase) => {
    const file = files.get(c.file)!;
    const input = readFileSync(file);
    const out = path.join(dir, "out", path.basename(c.file, ".xlsx"));
    const r = await ziping(["check", "--out", out, "--insert-totals", "--summary", file]);
    expect([c.file, r.code]).toEqual([c.file, (c.expected as { exit: number }).exit]);
    expect(readFileSync(file).equals(input)).toBe(true);

    // The plans the command wrote, made again from the same input.
    const { sheets } = await readWorkbook(input);
    const plans: WritePlan[] = sheets.flatMap((grid) => {
      const result = checkGrid(grid);
      return result.form ? [planWrites(result, { marks: true, insertTotals: true, summary: true, lang: "zh-CN" }, grid).plan] : [];
    });
    const output = readFileSync(path.join(out, c.file));
    expect([c.file, await unintendedChanges(input, output, plans)]).toEqual([c.file, []]);
  });
});

describe("the generators make what they claim", () => {
  it("the encrypted file and the .xls are well-formed compound files with Excel's streams", () => {
    const encrypted = readCfb(readFileSync(path.join(BAD_DIR, "encrypted.xlsx")));
    expect([...encrypted.keys()].sort()).toEqual(
      [
        "EncryptionInfo",
        "EncryptedPackage",
        "\u0006DataSpaces/Version",
        "\u0006DataSpaces/DataSpaceMap",
        "\u0006DataSpaces/DataSpaceInfo/StrongEncryptionDataSpace",
        "\u0006DataSpaces/TransformInfo/StrongEncryptionTransform/\u0006Primary",
      ].sort(),
    );
    const info = encrypted.get("EncryptionInfo")!;
    expect([info.readUInt16LE(0), info.readUInt16LE(2), info.readUInt32LE(4)]).toEqual([4, 4, 0x40]); // agile
    expect(info.subarray(8).toString("utf8")).toContain('<keyData saltSize="16"');
    expect(encrypted.get("\u0006DataSpaces/Version")!.subarray(4, 64).toString("utf16le")).toBe("Microsoft.Container.DataSpaces");

    const xls = readCfb(readFileSync(path.join(BAD_DIR, "xls-renamed.xlsx")));
    const workbook = xls.get("Workbook")!;
    expect(workbook.length).toBe(4096);
    expect([workbook.readUInt16LE(0), workbook.readUInt16LE(4)]).toEqual([0x0809, 0x0600]); // BOF, BIFF8
  });

  it("a bomb is a real workbook: a small one inflates to what it declares and reads as a blank sheet", async () => {
    const small = bombXlsx(3);
    const sheet = unzipAll(small).find((p) => p.name === "xl/worksheets/sheet1.xml")!;
    expect(sheet.data.length).toBeGreaterThan(3 * 1024 * 1024);
    expect(sheet.data.toString("utf8", 0, 200)).toContain("<worksheet");
    const { sheets } = await readWorkbook(small);
    expect(sheets.map((s) => [s.sheet, s.values.length])).toEqual([["Sheet1", 0]]);
  });
});
