/**
 * Excel 97–2003 submissions through the command: the same findings and exit code as the .xlsx each
 * was saved from, in Chinese and English; with --out no copy is written and the run says so plainly,
 * while the exit code still follows the findings; WPS's .et is refused with the way out (exit 2).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync } from "fs";
import * as path from "path";
import type { JsonFile } from "../../src/cli/format-json";
import { ziping } from "../support/cli";
import { tempDir } from "../support/workbooks";

const ROOT = path.join(__dirname, "..", "..");
const SAMPLES = ["project-anhui-2022", "seed-no-totals", "seed-shenzhen-2021"];
const xlsOf = (name: string): string => path.join(ROOT, "test/fixtures/xls", `${name}.xls`);
const xlsxOf = (name: string): string => path.join(ROOT, "assets/samples", `${name}.xlsx`);

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir("ziping-xls-")));
afterAll(() => cleanup());

const withoutFile = (report: JsonFile[]): unknown => report.map(({ file: _file, ...rest }) => rest);

describe.each(["zh", "en"] as const)("--lang %s", (lang) => {
  it.each(SAMPLES)("%s.xls: the same findings, totals and exit code as the .xlsx", async (name) => {
    const xls = await ziping(["check", "--format", "json", "--lang", lang, xlsOf(name)]);
    const xlsx = await ziping(["check", "--format", "json", "--lang", lang, xlsxOf(name)]);
    expect(xls.code).toBe(xlsx.code);
    const report = JSON.parse(xls.stdout) as JsonFile[];
    expect(report[0].error).toBeNull();
    expect(report[0].sheets[0].findings.length).toBeGreaterThan(0);
    expect(withoutFile(report)).toEqual(withoutFile(JSON.parse(xlsx.stdout) as JsonFile[]));
  });

  it("with --out checks an .xls, writes no copy, says why and exits by its findings", async () => {
    const out = path.join(dir, `out-${lang}`);
    const r = await ziping(["check", "--lang", lang, "--out", out, xlsOf("seed-shenzhen-2021")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/G25/);
    expect(r.stdout).toContain(lang === "zh" ? "未写标注副本：标注副本只能写成 .xlsx" : "no annotated copy: annotated copies are written as .xlsx only");
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);

    const json = await ziping(["check", "--format", "json", "--lang", lang, "--out", out, xlsOf("seed-shenzhen-2021")]);
    expect(json.code).toBe(1);
    expect(json.stderr).toContain(lang === "zh" ? "另存为 .xlsx" : "save it as .xlsx");
  });

  it("refuses WPS's .et with the way out and exit 2", async () => {
    const r = await ziping(["check", "--lang", lang, path.join(ROOT, "test/fixtures/bad/wps-saved.et")]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(lang === "zh" ? "请在 WPS 中另存为 .xlsx 或 .xls 后再检查" : "save it as .xlsx or .xls in WPS");
  });
});

it("a folder walk takes .xls and .et files beside .xlsx", async () => {
  const inbox = path.join(dir, "inbox");
  mkdirSync(inbox);
  copyFileSync(xlsOf("project-anhui-2022"), path.join(inbox, "a.xls"));
  copyFileSync(xlsxOf("seed-shenzhen-2021"), path.join(inbox, "b.xlsx"));
  copyFileSync(path.join(ROOT, "test/fixtures/bad/wps-saved.et"), path.join(inbox, "c.et"));
  const r = await ziping(["check", "--format", "json", inbox]);
  const report = JSON.parse(r.stdout) as JsonFile[];
  expect(report.map((f) => [path.basename(f.file), f.error === null])).toEqual([
    ["a.xls", true],
    ["b.xlsx", true],
    ["c.et", false],
  ]);
  expect(r.code).toBe(2);
});
