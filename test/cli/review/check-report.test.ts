/**
 * `ziping check … --report/--jobs` in-process (--jobs 1, or the tsx workers): the same stdout as the
 * sequential command, the report files, refusals and exit codes.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { defaultJobs } from "../../../src/cli/review/run-review";
import { REVIEW_COLUMNS } from "../../../src/cli/review/strings";
import { seedSpec } from "../../../tools/samples/seed-shenzhen-2021";
import { cleanAnhuiSpec, cleanSeedSpec } from "../../support/submissions";
import { workerEntry } from "../../../src/cli/review/pool";
import { ziping } from "../../support/cli";
import { specBytes, tempDir, writeBytes } from "../../support/workbooks";

// Workbooks are written and read for real; a loaded CI machine needs more than jest's 5 s.
jest.setTimeout(60_000);

let dir: string;
let inbox: string;
let cleanup: () => void;
const f: Record<string, string> = {};

beforeAll(async () => {
  ({ dir, cleanup } = tempDir("ziping-report-"));
  inbox = path.join(dir, "inbox");
  mkdirSync(path.join(inbox, "b"), { recursive: true });
  f.seed = writeBytes(inbox, "a-seed.xlsx", await specBytes(seedSpec));
  f.anhui = writeBytes(path.join(inbox, "b"), "anhui.xlsx", await specBytes(cleanAnhuiSpec()));
  f.broken = writeBytes(path.join(inbox, "b"), "broken.xlsx", "");
  f.clean = writeBytes(inbox, "c-clean.xlsx", await specBytes(cleanSeedSpec()));
  writeBytes(inbox, "~$a-seed.xlsx", "lock");
  writeBytes(inbox, "readme.txt", "not a workbook");
});
afterAll(() => cleanup());

/** Header → column of a CSV written by the report (BOM stripped, CRLF records; no quoted newlines here). */
function csvRows(file: string): Record<string, string>[] {
  const text = readFileSync(file, "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).split("\r\n");
  expect(lines.pop()).toBe("");
  const split = (line: string): string[] => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.slice(0, -1).map((m) => m.replace(/,$/, "").replace(/^"(.*)"$/s, "$1").replace(/""/g, '"'));
  const [header, ...rows] = lines.map(split);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

describe("--report", () => {
  it("walks the directory and writes the xlsx and the csv summary, one row per file, in walk order", async () => {
    const xlsx = path.join(dir, "out", "review.xlsx");
    const csv = path.join(dir, "out", "review.csv");
    const r = await ziping(["check", inbox, "--report", xlsx, "--report", csv, "--jobs", "1"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`已写入审核汇总 ${xlsx}（4 行）`);
    expect(r.stdout).toContain(`已写入审核汇总 ${csv}（4 行）`);
    expect(r.stdout).toMatch(/共 4 个文件：.*1 个文件无法检查/);
    const rows = csvRows(csv);
    expect(rows.map((row) => [row["文件"], row["状态"], row["错误"]])).toEqual([
      [f.seed, "有错误", "1"],
      [f.anhui, "通过", "0"],
      [f.broken, "无法检查", ""],
      [f.clean, "通过", "0"],
    ]);
    expect(rows[0]["未达成指标"]).toBe("邀请代表列席常委会会议人数");
    // One line per finding, in the report's language, the rule id last for filtering.
    expect(rows[0]["问题（单元格：说明 [规则]）"].split("\n")).toEqual([
      "错误 G25：「邀请代表列席常委会会议人数」实际完成值 36 未达到预期指标值 >50人次 [indicator-unmet]",
      "警告 G14：「拟提交审议法规数量（包括立、改、废、释）」实际完成值 33 超出预期指标值 10项-20项 的上限 [indicator-exceeds-range]",
    ]);
    expect(rows[1]).toMatchObject({ 表类型: "项目支出", 项目名称: "委托业务项目", 金额单位: "万元", 预算数合计: "89.974", 预算执行率: "100.00%" });
    expect(rows[2]["说明"]).toMatch(/不是 \.xlsx 或 \.xls 工作簿/);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const ws = workbook.worksheets[0];
    expect(ws.rowCount).toBe(5);
    expect(ws.getRow(2).getCell(REVIEW_COLUMNS.indexOf("budget") + 1).value).toBe(146963013.91);
    expect(readdirSync(path.dirname(xlsx)).sort()).toEqual(["review.csv", "review.xlsx"]);
  });

  it("prints exactly what the sequential command prints, as text and as JSON", async () => {
    const files = [f.seed, f.broken, f.anhui, f.clean];
    const report = path.join(dir, "same.csv");
    for (const format of ["text", "json"]) {
      const sequential = await ziping(["check", "--format", format, ...files]);
      const parallel = await ziping(["check", "--format", format, "--jobs", "1", "--report", report, ...files]);
      const note = format === "text" ? `已写入审核汇总 ${report}（4 行）\n` : "";
      expect(parallel.stdout).toBe(sequential.stdout + note);
      expect(parallel.code).toBe(sequential.code);
      expect(parallel.stderr).toBe(sequential.stderr + (format === "json" ? `已写入审核汇总 ${report}（4 行）\n` : ""));
    }
    const empty = await ziping(["check", "--format", "json", "--jobs", "1", f.seed]);
    expect(JSON.parse(empty.stdout)).toEqual(JSON.parse((await ziping(["check", "--format", "json", f.seed])).stdout));
  });

  it("exits 1 for errors and 0 for clean forms, like the sequential command", async () => {
    const report = path.join(dir, "codes.csv");
    expect((await ziping(["check", f.seed, f.clean, "--report", report, "--jobs", "1"])).code).toBe(1);
    expect((await ziping(["check", f.clean, f.anhui, "--report", report, "--jobs", "1"])).code).toBe(0);
  });

  it("speaks English with --lang en", async () => {
    const report = path.join(dir, "en.csv");
    const r = await ziping(["check", f.seed, "--report", report, "--jobs", "1", "--lang", "en"]);
    expect(r.stdout).toContain(`review summary written to ${report} (1 row)`);
    const [row] = csvRows(report);
    expect(row).toMatchObject({ File: f.seed, Status: "errors", Form: "department", "Budget execution rate": "95.51%" });
  });

  it("never writes the report over an input, and does not read its own earlier report as one", async () => {
    const before = readFileSync(f.seed);
    const r = await ziping(["check", f.seed, "--report", f.seed, "--jobs", "1"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`拒绝写入审核汇总 ${f.seed}：它是一个输入文件`);
    expect(r.stdout).toBe("");
    expect(readFileSync(f.seed).equals(before)).toBe(true);

    const again = path.join(dir, "again");
    mkdirSync(again);
    writeBytes(again, "seed.xlsx", before);
    const inside = path.join(again, "review.xlsx");
    for (let run = 0; run < 2; run++) {
      const rr = await ziping(["check", again, "--report", inside, "--jobs", "1"]);
      expect(rr.stdout).toContain("（1 行）");
    }
    expect(readdirSync(again).sort()).toEqual(["review.xlsx", "seed.xlsx"]);
  });

  it("refuses a report that is neither .xlsx nor .csv, a bad --jobs, and a directory without workbooks", async () => {
    const bad = await ziping(["check", f.seed, "--report", path.join(dir, "review.txt")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/须以 \.xlsx 或 \.csv 结尾/);
    expect(existsSync(path.join(dir, "review.txt"))).toBe(false);
    expect((await ziping(["check", f.seed, "--jobs", "0"])).code).toBe(2);
    expect((await ziping(["check", f.seed, "--jobs", "two"])).code).toBe(2);
    const empty = path.join(dir, "empty");
    mkdirSync(empty);
    const none = await ziping(["check", empty, "--report", path.join(dir, "none.csv")]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(`目录 ${empty} 中没有 .xlsx 或 .xls 文件`);
  });

  it("still exits 2 when the report cannot be written, after checking every file", async () => {
    const blocker = writeBytes(dir, "blocker", "a file where a directory should be");
    const r = await ziping(["check", f.clean, "--report", path.join(blocker, "review.csv"), "--jobs", "1"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("共 1 个文件");
    expect(r.stderr).toMatch(/无法写入审核汇总.*请先关闭后重试/);
  });

  it("shows a progress bar on stderr only when stderr is a terminal, and clears it", async () => {
    const report = path.join(dir, "tty.csv");
    const piped = await ziping(["check", f.seed, f.clean, "--report", report, "--jobs", "1"]);
    expect(piped.stderr).toBe("");
    const tty = await ziping(["check", f.seed, f.clean, "--report", report, "--jobs", "1"], { tty: true });
    expect(tty.stderr).toMatch(/\[█+\] 2\/2 100%/);
    expect(tty.stderr.endsWith("\r\u001b[2K")).toBe(true);
  });

  it("writes annotated copies with --out too, the first of two same-named inputs winning whatever the threads", async () => {
    const twinDir = path.join(dir, "twin");
    mkdirSync(twinDir);
    const twin = writeBytes(twinDir, "a-seed.xlsx", readFileSync(f.clean));
    const out = path.join(dir, "copies");
    const report = path.join(dir, "copies.csv");
    const r = await ziping(["check", f.seed, twin, "--out", out, "--report", report, "--jobs", "2"], { workers: workerEntry() });
    expect(r.code).toBe(2);
    const rows = csvRows(report);
    expect(rows.map((row) => row["状态"])).toEqual(["有错误", "无法检查"]);
    expect(rows[1]["说明"]).toMatch(/同名/);
    expect(readdirSync(out)).toEqual(["a-seed.xlsx"]);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(path.join(out, "a-seed.xlsx"));
    expect(copy.worksheets[0].getCell("G25").value).toBe("36");
    expect(statSync(f.seed).isFile()).toBe(true);
  }, 60_000);
});

describe("default --jobs", () => {
  it("leaves a core to V8's compiler threads: one fewer worker than cores, at least one", () => {
    expect([1, 2, 4, 8].map((cores) => defaultJobs(cores))).toEqual([1, 1, 3, 7]);
    expect(defaultJobs()).toBeGreaterThanOrEqual(1);
  });
});
