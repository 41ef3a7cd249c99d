/**
 * The seed form end to end: laid out as printed, recognised, checked: the totals add up,
 * 执行率 95.51% matches the rate indicators, and exactly three indicators are reported.
 */
import { Grid } from "../../../src/core/grid";
import type { Finding } from "../../../src/core/model";
import { recognise } from "../../../src/core/recognise";
import { runAllRules } from "../../support/run-rule";
import { seedSpec } from "../../../tools/samples/seed-shenzhen-2021";
import { toGridData, type SheetSpec } from "../../../tools/samples/sheet-spec";
import { numericActuals, numericAmounts, toTraditional, wanYuan, withoutTotalsRow } from "../../../tools/samples/variants";

function check(spec: SheetSpec): Finding[] {
  const form = recognise(new Grid(toGridData(spec)));
  if (!form) throw new Error(`${spec.name} was not recognised`);
  return runAllRules(form);
}

const brief = (findings: Finding[]) => findings.map((f) => [f.rule, f.severity, f.cells[0], f.expected, f.actual]);

const SEED_FINDINGS = [
  ["indicator-unmet", "error", "G25", ">50人次", "36"],
  ["indicator-exceeds-range", "warning", "G14", "10项-20项", "33"],
  ["indicator-far-exceeded", "info", "G17", ">20次", "29"],
];

describe("the seed form (深圳市人大常委会办公厅 2021)", () => {
  it("gives exactly one unmet, one above-range and one far-exceeded indicator", () => {
    const findings = check(seedSpec);
    expect(brief(findings)).toEqual(SEED_FINDINGS);
    expect(findings[0].message["zh-CN"]).toBe("「邀请代表列席常委会会议人数」实际完成值 36 未达到预期指标值 >50人次");
    expect(findings[2].message["zh-CN"]).toContain("145%");
  });

  it("gives the same with numeric amounts, in 万元, in 繁体, and with numeric actuals", () => {
    expect(brief(check(numericAmounts(seedSpec)))).toEqual(SEED_FINDINGS);
    expect(brief(check(wanYuan(seedSpec)))).toEqual(SEED_FINDINGS);
    expect(brief(check(toTraditional(seedSpec)))).toEqual(SEED_FINDINGS);
    expect(brief(check(numericActuals(seedSpec, "G", 14, 29)))).toEqual(SEED_FINDINGS);
  });

  it("reports the missing 金额合计 row, and still checks the rate indicators against the tasks' sum", () => {
    const findings = check(withoutTotalsRow(seedSpec));
    expect(findings.map((f) => [f.rule, f.cells[0]])).toEqual([
      ["total-missing", "B9"],
      ["indicator-unmet", "G24"],
      ["indicator-exceeds-range", "G13"],
      ["indicator-far-exceeded", "G16"],
    ]);
  });
});
