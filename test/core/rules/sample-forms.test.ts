/**
 * The project-form layouts of real forms (tools/samples/variants, from published forms), recognised
 * and checked: what a reviewer would be told about each.
 */
import { Grid } from "../../../src/core/grid";
import type { Finding } from "../../../src/core/model";
import { recognise } from "../../../src/core/recognise";
import { runAllRules } from "../../support/run-rule";
import { toGridData, type SheetSpec } from "../../../tools/samples/sheet-spec";
import { projectSpecAnhui, projectSpecHubei, projectSpecHunan, projectSpecSichuan } from "../../../tools/samples/variants";

function check(spec: SheetSpec): Finding[] {
  const form = recognise(new Grid(toGridData(spec)));
  if (!form) throw new Error(`${spec.name} was not recognised`);
  return runAllRules(form);
}

describe("real project forms", () => {
  it("Anhui (form_1): 年度资金总额 left at 0 under a filled 其中 line — totals and subset errors per column", () => {
    const findings = check(projectSpecAnhui());
    expect(findings.map((f) => [f.rule, f.cells.join(","), f.expected])).toEqual([
      ["total-mismatch", "C6", "90.000"],
      ["total-mismatch", "D6", "89.974"],
      ["total-mismatch", "E6", "89.974"],
      ["rate-mismatch", "G6", "100.00%"],
      // The budget part's 得分 0 follows the 0 total; the fund lines give 100% of 10 points.
      ["score-mismatch", "H6", "10"],
      ["subset-exceeds-total", "C7,C6", "≤ 0.000"],
      ["subset-exceeds-total", "D7,D6", "≤ 0.000"],
      ["subset-exceeds-total", "E7,E6", "≤ 0.000"],
    ]);
  });

  it("Hunan (form_7): the blank actual explained in 未完成原因 is a warning, nothing else is reported", () => {
    const findings = check(projectSpecHunan());
    expect(findings.map((f) => [f.rule, f.severity, f.subject])).toEqual([
      ["indicator-missing-actual", "warning", "政策性挂账利息补贴保障率"],
    ]);
    expect(findings[0].message["zh-CN"]).toContain("已说明原因：没有轮换、动用库存");
  });

  it("Sichuan (form_2): the published form left 完成值 and 得分 blank", () => {
    const findings = check(projectSpecSichuan());
    expect(findings.map((f) => [f.rule, f.severity, f.expected])).toEqual([
      ["score-mismatch", "error", "10"],
      ["indicator-missing-actual", "error", "=100%"],
      ["indicator-missing-actual", "error", "=100%"],
      ["score-mismatch", "warning", null],
      ["score-mismatch", "warning", null],
    ]);
  });

  it("Hubei (form_5): one 年度财政资金总额 line, everything met — nothing to report", () => {
    expect(check(projectSpecHubei())).toEqual([]);
  });
});
