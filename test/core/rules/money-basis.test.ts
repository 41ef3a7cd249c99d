/**
 * One basis per form. When the totals line disagrees with the sum of its lines, every figure — the 执行率
 * the summary shows, the totals line's 执行率 cell, a 预算执行率 indicator, the budget score — is computed
 * from the lines, and the messages end with one clause that works the rate out from the lines and
 * gives the totals line's own figures, never brackets inside brackets. Shown on the Sichuan form (tools/samples/variants.ts, with its source) with its 财政资金 line spending 226.70 of
 * 251.89 while 总额 still says 251.89.
 */
import { checkGrid, type SheetResult } from "../../../src/core/engine";
import { toGridData, withCells } from "../../../tools/samples/sheet-spec";
import { projectSpecSichuan } from "../../../tools/samples/variants";

function twoBases(): SheetResult {
  const spec = withCells(projectSpecSichuan(), {
    E9: 226.7,
    H8: 10,
    D14: "预算执行率",
    H14: "100%",
    J14: 60,
    H15: "100%",
    J15: 30,
  });
  return checkGrid(toGridData(spec));
}

const result = twoBases();

/** True when a bracket opens inside another: 「（执行数 ÷ 预算数；按各分项之和计（…））」 read that way. */
function nested(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === "（" || ch === "(") if (++depth > 1) return true;
    if (ch === "）" || ch === ")") depth--;
  }
  return false;
}
const find = (rule: string, cell: string) => result.findings.find((f) => f.rule === rule && f.cells[0] === cell);

describe("a form whose totals line disagrees with its lines", () => {
  it("reports the totals line once, as total-mismatch", () => {
    expect([find("total-mismatch", "E8")?.expected, find("total-mismatch", "E8")?.actual]).toEqual(["226.70", "251.89"]);
  });

  it("shows the 执行率 of the lines in the summary", () => {
    expect(result.totals).toMatchObject({ budget: "251.89", spent: "226.70", executionRate: "90.00%" });
  });

  it("checks the 预算执行率 indicator against the same 90%, saying which basis and giving the other figure (zh and en)", () => {
    const finding = find("rate-mismatch", "H14")!;
    expect([finding.expected, finding.actual]).toEqual(["90%", "100%"]);
    expect(finding.message["zh-CN"]).toBe(
      "「预算执行率」实际完成值 100% 与资金执行率 90%（执行数 ÷ 预算数）不符；执行率按各分项之和计算：执行数 226.7 ÷ 预算数 251.89 = 90.00%，「总额」行填写的是 251.89 ÷ 251.89",
    );
    expect(finding.message["en-US"]).toBe(
      "「预算执行率」 says 100%, but the execution rate from the amounts (spent ÷ budget) is 90%; the rate is worked out from the sum of the parts: spent 226.7 ÷ budget 251.89 = 90.00%, while the 「总额」 line says 251.89 ÷ 251.89",
    );
  });

  it("checks the totals line's own 执行率 cell against it too", () => {
    expect(find("rate-mismatch", "F8")?.expected).toBe("90.00%");
  });

  it("scores the budget part on it, and says so", () => {
    const finding = find("score-mismatch", "H8")!;
    expect([finding.expected, finding.actual]).toEqual(["9", "10"]);
    expect(finding.messageId).toBe("budget");
    expect(finding.message["zh-CN"]).toBe(
      "「总额」预算执行得分表中填写 10，按评分规则应得 226.7 ÷ 251.89 × 10 = 9.00 分；执行率按各分项之和计算：执行数 226.7 ÷ 预算数 251.89 = 90.00%，「总额」行填写的是 251.89 ÷ 251.89",
    );
    expect(finding.message["en-US"]).toBe(
      "「总额」 (budget execution): the form says 10, but by the scoring rules it earns 226.7 ÷ 251.89 × 10 = 9.00 points; the rate is worked out from the sum of the parts: spent 226.7 ÷ budget 251.89 = 90.00%, while the 「总额」 line says 251.89 ÷ 251.89",
    );
  });

  it("never puts brackets inside brackets in any of these messages (zh and en)", () => {
    const basisFindings = result.findings.filter((f) => ["rate-mismatch", "score-mismatch"].includes(f.rule));
    expect(basisFindings.length).toBeGreaterThanOrEqual(3);
    for (const f of basisFindings) for (const lang of ["zh-CN", "en-US"] as const) expect([f.message[lang], nested(f.message[lang])]).toEqual([f.message[lang], false]);
  });
});

describe("a form with one basis", () => {
  it("says nothing of bases", () => {
    const plain = checkGrid(toGridData(withCells(projectSpecSichuan(), { D14: "预算执行率", H14: "95%" })));
    const finding = plain.findings.find((f) => f.rule === "rate-mismatch")!;
    expect(finding.message["zh-CN"]).toBe("「预算执行率」实际完成值 95% 与资金执行率 100%（执行数 ÷ 预算数）不符");
  });
});
