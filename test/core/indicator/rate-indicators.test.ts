/**
 * An execution rate under its indicator name (预算执行率, 资金执行率, 支出进度…) with its target left
 * blank, `—` or `100%` is a rate: read as a percentage against 100%, scored by the rule for rates, and
 * a score that misses what the rate gives is reported. Shown on the Anhui form (tools/samples/variants.ts,
 * with its source), whose 委托业务报告合格率 line (row 15, 分值 8) is rewritten as each case.
 */
import { checkGrid, type SheetResult } from "../../../src/core/engine";
import type { CellSpec } from "../../../tools/samples/sheet-spec";
import { toGridData, withCells } from "../../../tools/samples/sheet-spec";
import { projectSpecAnhui, toTraditional } from "../../../tools/samples/variants";

function check(name: string, target: CellSpec, actual: CellSpec, score: CellSpec, traditional = false): SheetResult {
  const spec = withCells(projectSpecAnhui(), { D15: name, E15: target, F15: actual, G15: 8, H15: score });
  return checkGrid(toGridData(traditional ? toTraditional(spec) : spec));
}

const onRow15 = (r: SheetResult) => r.findings.filter((f) => /\D15$/.test(f.cells[0])).map((f) => [f.rule, f.cells[0], f.expected, f.actual]);

describe.each([
  ["—", "—"],
  ["blank", null],
  ["100%", "100%"],
])("a rate indicator with the target %s", (_label, target) => {
  it.each([
    ["100%", "100%"],
    ["1 in a 0% cell", { value: 1, format: "0%" }],
    ["100", 100],
  ])("and the actual %s is met and owes the full 分值", (_a, actual) => {
    const result = check("预算执行率", target, actual, 7);
    expect(onRow15(result)).toEqual([["score-mismatch", "H15", "8", "7"]]);
    expect(result.findings.some((f) => f.rule === "indicator-qualitative")).toBe(false);
  });
});

describe("the rule for rates", () => {
  it("scores 95% of a rate as 95% of its 分值, and says so in zh and en", () => {
    const result = check("资金执行率", "—", "95%", 8);
    const finding = result.findings.find((f) => f.rule === "score-mismatch" && f.cells[0] === "H15")!;
    expect([finding.expected, finding.actual]).toEqual(["7.6", "8"]);
    expect(finding.message["zh-CN"]).toContain("资金执行率");
    expect(finding.message["zh-CN"]).toContain("7.6");
    expect(finding.message["en-US"]).toContain("7.6");
  });

  it("reads 支出进度 the same way, and in 繁体", () => {
    expect(onRow15(check("支出进度完成率", null, "100%", 7, true))).toEqual([["score-mismatch", "H15", "8", "7"]]);
  });

  it("counts the rate as met, not as one to judge by hand", () => {
    expect(check("预算执行率", "—", "100%", 8).indicators).toMatchObject({ total: 10, manual: 0 });
    expect(check("委托业务报告合格率", "—", "100%", 8).indicators).toMatchObject({ total: 10, manual: 1 });
  });

  it("leaves a rate whose actual is words to a person, and other rates alone", () => {
    expect(onRow15(check("支出进度", "—", "按时支付", 8))).toEqual([["indicator-qualitative", "F15", "", "按时支付"]]);
    expect(onRow15(check("政府采购执行率", "—", "100%", 7)).map((f) => f[0])).toEqual(["indicator-qualitative"]);
  });
});
