import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { seedSpec } from "../../tools/samples/seed-shenzhen-2021";
import { withCells, type SheetSpec } from "../../tools/samples/sheet-spec";
import { numericAmounts, withoutTotalsRow } from "../../tools/samples/variants";
import type { JsonFile } from "../../src/cli/format-json";
import { workbookFromSpecs } from "../../tools/samples/from-spec";
import { readWorkbook } from "../../src/xlsx/read";
import { ziping } from "../support/cli";
import { specBytes, tempDir, toBytes, writeBytes } from "../support/workbooks";

let dir: string;
let cleanup: () => void;
const files: Record<string, string> = {};

/** The seed with every indicator met and no warnings: nothing of error severity. */
function cleanSeed(): SheetSpec {
  return withCells(seedSpec, { G25: "60", G14: "18", G17: "22" });
}

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  files.seed = writeBytes(dir, "seed.xlsx", await specBytes(seedSpec));
  files.clean = writeBytes(dir, "clean.xlsx", await specBytes(cleanSeed()));
  files.noTotals = writeBytes(dir, "no-totals.xlsx", await specBytes(withoutTotalsRow(seedSpec)));
  files.numeric = writeBytes(dir, "numeric.xlsx", await specBytes(numericAmounts(seedSpec)));
  const noForm = new ExcelJS.Workbook();
  noForm.addWorksheet("通讯录").addRow(["姓名", "电话"]);
  files.noForm = writeBytes(dir, "no-form.xlsx", await toBytes(noForm));
  const twoSheets = workbookFromSpecs([{ name: "说明", rows: [["填表说明"]], merges: [] }, seedSpec]);
  files.twoSheets = writeBytes(dir, "two-sheets.xlsx", await toBytes(twoSheets));
  files.text = writeBytes(dir, "notes.xlsx", "这不是工作簿\n");
  const seedBytes = readFileSync(files.seed);
  files.corrupted = writeBytes(dir, "corrupted.xlsx", seedBytes.subarray(0, seedBytes.length >> 1));
});
afterAll(() => cleanup());

async function json(args: string[]): Promise<{ code: number; report: JsonFile[]; stderr: string }> {
  const r = await ziping(["check", "--format", "json", ...args]);
  return { code: r.code, report: JSON.parse(r.stdout) as JsonFile[], stderr: r.stderr };
}

describe("exit codes", () => {
  it("is 1 when a form has an error finding", async () => {
    expect((await ziping(["check", files.seed])).code).toBe(1);
  });

  it("is 0 when no finding is an error", async () => {
    const r = await json([files.clean]);
    expect(r.code).toBe(0);
    expect(r.report[0].sheets[0].findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("is 2 for a file that is not an .xlsx, a corrupted one, a missing one, and a workbook without a form", async () => {
    for (const file of [files.text, files.corrupted, path.join(dir, "missing.xlsx"), files.noForm]) {
      const r = await json([file]);
      expect([file, r.code]).toEqual([file, 2]);
      expect(typeof r.report[0].error).toBe("string");
      expect(r.stderr).toContain(file);
    }
  });

  it("is 2 when any input fails, even beside good ones, and still reports the good ones", async () => {
    const r = await json([files.seed, files.text]);
    expect(r.code).toBe(2);
    expect(r.report.map((f) => f.file)).toEqual([files.seed, files.text]);
    expect(r.report[0].error).toBeNull();
    expect(r.report[0].sheets[0].findings.length).toBeGreaterThan(0);
  });

  it("is 2 for usage errors and 0 for --help and --version", async () => {
    expect((await ziping([])).code).toBe(2);
    expect((await ziping(["check"])).code).toBe(2);
    expect((await ziping(["check", "--format", "xml", files.seed])).code).toBe(2);
    expect((await ziping(["check", "--insert-totals", files.seed])).code).toBe(2);
    const help = await ziping(["check", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--insert-totals");
    const version = await ziping(["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("--format json", () => {
  it("has exactly the documented shape", async () => {
    const { report } = await json([files.twoSheets]);
    expect(report).toHaveLength(1);
    const [entry] = report;
    expect(Object.keys(entry).sort()).toEqual(["error", "file", "sheets"]);
    expect(entry.file).toBe(files.twoSheets);
    expect(entry.error).toBeNull();
    expect(entry.sheets.map((s) => [s.sheet, s.kind])).toEqual([
      ["说明", null],
      ["自评表", "department"],
    ]);
    expect(entry.sheets[0]).toEqual({ sheet: "说明", kind: null, findings: [], totals: null, indicators: null, scoring: null });
    const form = entry.sheets[1];
    expect(Object.keys(form).sort()).toEqual(["findings", "indicators", "kind", "scoring", "sheet", "totals"]);
    // The seed has no 分值/得分: nothing to score.
    expect(form.scoring).toBeNull();
    for (const f of form.findings) {
      expect(Object.keys(f).sort()).toEqual(["actual", "cells", "expected", "message", "rule", "severity"]);
      expect(f.cells.every((c) => /^[A-Z]+\d+$/.test(c))).toBe(true);
      expect(typeof f.message).toBe("string");
    }
    expect(Object.keys(form.totals!).sort()).toEqual(["budget", "budgetFiscal", "executionRate", "spent", "spentFiscal"]);
    for (const v of Object.values(form.totals!)) expect(typeof v).toBe("string");
    expect(Object.keys(form.indicators!).sort()).toEqual(["exceeded", "manual", "met", "total", "unmet"]);
  });

  it("gives amounts as exact decimal strings, numeric cells and text cells alike", async () => {
    for (const file of [files.seed, files.numeric]) {
      const { report } = await json([file]);
      expect(report[0].sheets[0].totals).toEqual({
        budget: "146963013.91",
        budgetFiscal: "146963013.91",
        spent: "140363937.12",
        spentFiscal: "140363937.12",
        executionRate: "95.51%",
      });
    }
  });

  it("writes messages in Chinese by default and in English with --lang en", async () => {
    const zh = (await json([files.seed])).report[0].sheets[0].findings[0].message;
    const en = (await json(["--lang", "en", files.seed])).report[0].sheets[0].findings[0].message;
    expect(zh).toMatch(/未达到/);
    expect(en).toMatch(/does not reach|target/);
    expect(en).not.toBe(zh);
  });

  it("explains a workbook without a form, listing its sheets", async () => {
    const { report } = await json([files.noForm]);
    expect(report[0].error).toMatch(/自评表/);
    expect(report[0].sheets).toEqual([{ sheet: "通讯录", kind: null, findings: [], totals: null, indicators: null, scoring: null }]);
  });
});

describe("--format text", () => {
  it("groups findings by file and sheet with cell, severity, rule and message, then totals", async () => {
    const r = await ziping(["check", files.twoSheets, files.text]);
    const out = r.stdout;
    expect(out).toContain(files.twoSheets);
    expect(out).toMatch(/工作表「说明」\s+未找到自评表/);
    expect(out).toMatch(/错误\s+G25\s+「邀请代表列席常委会会议人数」.*indicator-unmet/);
    expect(out).toMatch(/警告\s+G14\s+.*indicator-exceeds-range/);
    expect(out).toMatch(/提示\s+G17\s+.*indicator-far-exceeded/);
    expect(out).toContain("预算数合计 146,963,013.91");
    expect(out).toContain("预算执行率 95.51%");
    expect(out).toContain("指标 16 项：已达成 13，未达成 1，超额完成 2，需人工判断 0");
    expect(out).toMatch(new RegExp(`${files.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\n\\s+无法检查：不是 \\.xlsx`));
    expect(out).toMatch(/共 2 个文件：1 个错误，1 个警告，1 个提示；1 个文件无法检查/);
    expect(out).not.toMatch(/\u001b\[/);
  });

  it("speaks English with --lang en and colours only on a terminal", async () => {
    const plain = await ziping(["check", "--lang", "en", files.seed]);
    expect(plain.stdout).toMatch(/error\s+G25/);
    expect(plain.stdout).toContain("indicators: 16; met 13, not met 1, exceeded 2, for a person to judge 0");
    const tty = await ziping(["check", files.seed], { tty: true });
    expect(tty.stdout).toMatch(/\u001b\[31m错误/);
    const noColor = await ziping(["check", files.seed], { tty: true, env: { NO_COLOR: "1" } });
    expect(noColor.stdout).not.toMatch(/\u001b\[/);
  });
});

describe("--out", () => {
  it("writes an annotated copy under the same name and says so", async () => {
    const out = path.join(dir, "out-a");
    const r = await ziping(["check", "--out", out, files.seed]);
    expect(r.code).toBe(1);
    const copy = path.join(out, "seed.xlsx");
    expect(existsSync(copy)).toBe(true);
    expect(r.stdout).toContain(`已写入标注副本 ${copy}`);
    expect(r.stdout).toContain("标注 3 个单元格");
    const { workbook } = await readWorkbook(copy);
    expect(workbook.getWorksheet("自评表")!.getCell("G25").note).toMatch(/^【自评表校验】/);
  });

  it("inserts the totals row and the summary, and the copy then checks clean of total-missing", async () => {
    const out = path.join(dir, "out-b");
    const r = await ziping(["check", "--out", out, "--insert-totals", "--summary", files.noTotals]);
    expect(r.stdout).toContain("插入合计行（第 10 行）");
    const again = await json([path.join(out, "no-totals.xlsx")]);
    const rules = again.report[0].sheets[0].findings.map((f) => f.rule);
    expect(rules).not.toContain("total-missing");
    expect(rules).toEqual(["indicator-unmet", "indicator-exceeds-range", "indicator-far-exceeded"]);
    expect(again.report[0].sheets[0].findings[0].cells).toEqual(["G25"]);
  });

  it("never overwrites an input: not by the same path, another spelling, or a link", async () => {
    const before = readFileSync(files.seed);
    const mtime = statSync(files.seed).mtimeMs;
    const same = await ziping(["check", "--out", dir, files.seed]);
    expect(same.code).toBe(2);
    expect(same.stdout).toMatch(/拒绝写入/);
    const spelled = await ziping(["check", "--out", path.join(dir, "sub", ".."), files.seed]);
    expect(spelled.code).toBe(2);
    const link = path.join(dir, "link");
    symlinkSync(dir, link);
    const linked = await json(["--out", link, files.seed]);
    expect(linked.code).toBe(2);
    expect(linked.report[0].error).toMatch(/拒绝写入/);
    expect(readFileSync(files.seed).equals(before)).toBe(true);
    expect(statSync(files.seed).mtimeMs).toBe(mtime);
  });

  it("refuses a second input whose copy would land on the first one's", async () => {
    const other = path.join(dir, "other");
    mkdirSync(other, { recursive: true });
    const twin = writeBytes(other, "seed.xlsx", readFileSync(files.clean));
    const out = path.join(dir, "out-c");
    const r = await json(["--out", out, files.seed, twin]);
    expect(r.code).toBe(2);
    expect(r.report[0].error).toBeNull();
    expect(r.report[1].error).toMatch(/同名/);
    // the copy is the first input's
    const { workbook } = await readWorkbook(path.join(out, "seed.xlsx"));
    expect(workbook.getWorksheet("自评表")!.getCell("G25").value).toBe("36");
  });

  it("leaves no temporary files behind", async () => {
    const out = path.join(dir, "out-d");
    await ziping(["check", "--out", out, files.seed, files.clean]);
    expect(readdirSync(out).sort()).toEqual(["clean.xlsx", "seed.xlsx"]);
  });

  it("warns when the copy cannot keep parts of the input (charts, macros, …)", async () => {
    const seed = readFileSync(files.seed);
    const withChart = writeBytes(dir, "chart.xlsx", Buffer.from(seed.toString("latin1").split("docProps/app.xml").join("xl/charts/c1.xml"), "latin1"));
    const out = path.join(dir, "out-f");
    const text = await ziping(["check", "--out", out, withChart]);
    expect(text.stdout).toContain("注意：标注副本不含原文件中的图表");
    const j = await json(["--out", out, "--lang", "en", withChart]);
    expect(j.stderr).toContain("lacks the input's charts");
    expect(Object.keys(j.report[0]).sort()).toEqual(["error", "file", "sheets"]);
    const plain = await ziping(["check", "--out", out, files.seed]);
    expect(plain.stdout).not.toContain("注意");
  });

  it("does not write a copy of a file it could not check", async () => {
    const out = path.join(dir, "out-e");
    await ziping(["check", "--out", out, files.noForm, files.text]);
    expect(existsSync(path.join(out, "no-form.xlsx"))).toBe(false);
    expect(existsSync(path.join(out, "notes.xlsx"))).toBe(false);
  });
});
