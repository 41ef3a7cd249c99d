/**
 * The command as a user runs it: `node bin/ziping.js` (what `npx ziping` runs) on the committed
 * sample workbook. Exactly the seed's findings (docs/forms.md), exit 1, right totals.
 */
import { spawnSync } from "child_process";
import { readdirSync } from "fs";
import * as path from "path";
import type { JsonFile } from "../../src/cli/format-json";
import { tempDir } from "../support/workbooks";
import { ensureBuilt } from "../support/built-cli";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "ziping.js");
const SAMPLE = "assets/samples/seed-shenzhen-2021.xlsx";

function ziping(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => ensureBuilt(), 180_000);

describe("bin/ziping.js on the bundled sample", () => {
  it("reports exactly the seed's three findings and exits 1", () => {
    const r = ziping(["check", "--format", "json", SAMPLE]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as JsonFile[];
    expect(report).toHaveLength(1);
    expect(report[0].file).toBe(SAMPLE);
    expect(report[0].error).toBeNull();
    expect(report[0].sheets).toHaveLength(1);
    const [sheet] = report[0].sheets;
    expect(sheet.kind).toBe("department");
    const serious = sheet.findings.filter((f) => f.severity !== "info");
    expect(serious.map((f) => [f.rule, f.severity])).toEqual([
      ["indicator-unmet", "error"],
      ["indicator-exceeds-range", "warning"],
    ]);
    const unmet = sheet.findings.find((f) => f.rule === "indicator-unmet")!;
    expect(unmet.cells).toEqual(["G25"]);
    expect(unmet.message).toContain("邀请代表列席常委会会议人数");
    expect(sheet.findings.filter((f) => f.rule === "indicator-exceeds-range")).toHaveLength(1);
    expect(sheet.findings.filter((f) => f.rule === "indicator-far-exceeded")).toHaveLength(1);
    expect(sheet.findings.filter((f) => f.rule === "indicator-far-exceeded")[0].cells).toEqual(["G17"]);
    expect(sheet.totals).toEqual({
      budget: "146963013.91",
      budgetFiscal: "146963013.91",
      spent: "140363937.12",
      spentFiscal: "140363937.12",
      executionRate: "95.51%",
    });
    expect(sheet.indicators).toEqual({ total: 16, met: 13, unmet: 1, exceeded: 2, manual: 0 });
  });

  it("prints the text report and writes the demo's annotated copy", () => {
    const { dir, cleanup } = tempDir();
    try {
      const r = ziping(["check", SAMPLE, "--out", dir, "--summary"]);
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/错误\s+G25/);
      expect(readdirSync(dir)).toEqual(["seed-shenzhen-2021.xlsx"]);
    } finally {
      cleanup();
    }
  });

  it("exits 2 with a clear message for a file that is not a workbook", () => {
    const r = ziping(["check", "package.json"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain("不是 .xlsx 或 .xls 工作簿");
  });
});
