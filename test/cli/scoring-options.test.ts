/**
 * The scoring switches of `ziping check`: --profile, --explain-over-achievement, --cap-by-rate and
 * --fill-scores, and the `scoring` block of the JSON report.
 */
import * as path from "path";
import type { JsonFile } from "../../src/cli/format-json";
import { checkGrid } from "../../src/core/engine";
import { departmentSpecChongqing } from "../../tools/samples/chongqing-2021";
import { withCells } from "../../tools/samples/sheet-spec";
import { projectSpecHubei, projectSpecSichuan } from "../../tools/samples/variants";
import { readWorkbook } from "../../src/xlsx/read";
import { ziping } from "../support/cli";
import { specBytes, tempDir, writeBytes } from "../support/workbooks";

let dir: string;
let cleanup: () => void;
const files: Record<string, string> = {};

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  files.chongqing = writeBytes(dir, "chongqing.xlsx", await specBytes(departmentSpecChongqing()));
  files.hubei = writeBytes(dir, "hubei.xlsx", await specBytes(projectSpecHubei()));
  // form_2 with its 完成值 filled in but no 得分.
  files.unscored = writeBytes(dir, "unscored.xlsx", await specBytes(withCells(projectSpecSichuan(), { H14: 100, H15: 100 })));
  // form_1-like: an over-achievement with its explanation column blank.
  files.farExceeded = writeBytes(dir, "far.xlsx", await specBytes(withCells(projectSpecSichuan(), { H14: 140, H15: 100, J14: 60, J15: 30, H8: 10, J16: 100, E14: "≥" })));
});
afterAll(() => cleanup());

async function json(args: string[]): Promise<{ code: number; report: JsonFile[]; stderr: string }> {
  const r = await ziping(["check", "--format", "json", ...args]);
  return { code: r.code, report: JSON.parse(r.stdout) as JsonFile[], stderr: r.stderr };
}

describe("ziping check: scoring", () => {
  it("reports 总分 stated and computed, 等级 and the profile in the JSON", async () => {
    const { code, report } = await json([files.chongqing]);
    expect(code).toBe(1);
    const sheet = report[0].sheets[0];
    expect(sheet.scoring).toEqual({ profile: "central", guessed: true, computedTotal: "97.05", statedTotal: "97.6", grade: "优", statedGrade: null });
    expect(sheet.findings.find((f) => f.rule === "score-mismatch")?.message).toBe("「政府采购执行率」按评分规则应得 72.74% ÷ 100% × 2 = 1.45 分，表中填写 2");
  });

  it("prints 总分 stated and by the rules, the profile and 等级 in the text report", async () => {
    const zh = await ziping(["check", files.chongqing]);
    expect(zh.stdout).toContain("总分：表中填写 97.6，按评分规则 97.05（中央一体化口径，根据表式判断）；等级 优");
    const en = await ziping(["check", "--lang", "en", "--profile", "hubei", files.hubei]);
    expect(en.stdout).toContain("total score: 100 as stated on the form, 100.00 by the scoring rules (Hubei profile); grade 优");
  });

  it("--profile sets the scoring rules instead of guessing them from the layout", async () => {
    expect((await json([files.hubei])).report[0].sheets[0].scoring).toMatchObject({ profile: "hubei", guessed: true });
    expect((await json(["--profile", "central", files.hubei])).report[0].sheets[0].scoring).toMatchObject({ profile: "central", guessed: false });
    expect((await ziping(["check", "--profile", "guangxi", files.hubei])).code).toBe(2);
  });

  it("--explain-over-achievement asks for an explanation of 140% (Guangxi)", async () => {
    const rules = async (args: string[]) => (await json([...args, files.farExceeded])).report[0].sheets[0].findings.map((f) => f.rule);
    expect(await rules([])).not.toContain("deviation-unexplained");
    expect(await rules(["--explain-over-achievement"])).toContain("deviation-unexplained");
  });

  it("--cap-by-rate caps 总分 by the execution rate", async () => {
    // 执行率 76%: at most 89.
    const capped = await json(["--cap-by-rate", files.chongqing]);
    expect(capped.report[0].sheets[0].scoring).toMatchObject({ computedTotal: "89.00", grade: "良" });
    expect(capped.report[0].sheets[0].findings.map((f) => f.rule)).toContain("score-total-mismatch");
  });

  it("--fill-scores needs --out, and writes the computed 得分 into the copy's blank cells", async () => {
    const refused = await ziping(["check", "--fill-scores", files.unscored]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--fill-scores");

    const out = path.join(dir, "out");
    const before = await json([files.unscored]);
    expect(before.report[0].sheets[0].findings.map((f) => [f.rule, f.cells[0]])).toEqual([
      ["score-mismatch", "H8"],
      ["score-mismatch", "J14"],
      ["score-mismatch", "J15"],
    ]);
    const { code, report } = await json(["--out", out, "--fill-scores", files.unscored]);
    expect(code).toBe(0);
    expect(report[0].sheets[0].findings).toEqual([]);
    const copy = await readWorkbook(path.join(out, "unscored.xlsx"));
    const grid = copy.sheets.find((s) => s.sheet === "Sheet1")!;
    const value = (row: number, col: number) => grid.values[row - grid.origin.row]?.[col - grid.origin.col];
    expect([value(7, 7), value(13, 9), value(14, 9), value(15, 9)]).toEqual([10, 60, 30, 100]);
    expect(checkGrid(grid).findings).toEqual([]);
  });
});
