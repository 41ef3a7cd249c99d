import { isExecutionRateIndicator } from "../../../src/core/indicator/execution-rate";
import rule from "../../../src/core/rules/rate-mismatch";
import { departmentMoney, indicator, makeForm, projectMoney, SEED_TASKS, seedMoney, type CellInput } from "../../support/form-factory";
import { runRule } from "../../support/run-rule";

const seedRates = (a: CellInput, b: CellInput) => [
  indicator({ level2: "成本", name: "支出进度达标率", target: ">90%", actual: a }),
  indicator({ level2: "成本", name: "项目资金使用率", target: ">90%", actual: b }),
];

describe("rate-mismatch", () => {
  it("does not fire on the seed: 140,363,937.12 ÷ 146,963,013.91 is 95.51%, as both rate indicators say", () => {
    expect(runRule(rule, makeForm({ money: seedMoney(), indicators: seedRates("95.51%", "95.51%") }))).toEqual([]);
  });

  it("fires on a rate indicator that disagrees with the amounts, expected written like the stated rate", () => {
    const findings = runRule(rule, makeForm({ money: seedMoney(), indicators: seedRates("95.51%", "96.50%") }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "rate-mismatch",
      severity: "error",
      cells: ["G22"],
      expected: "95.51%",
      actual: "96.50%",
      subject: "项目资金使用率",
    });
    expect(findings[0].message["zh-CN"]).toBe("「项目资金使用率」实际完成值 96.50% 与资金执行率 95.51%（执行数 ÷ 预算数）不符");
  });

  it("allows rounding to the precision the rate is written with, and no more", () => {
    // 95.5056…%: 96% is off by 0.49 (one decimal place fewer than 0.5), 95.5% by 0.0056, 95.6% by 0.094.
    const ok = runRule(rule, makeForm({ money: seedMoney(), indicators: seedRates("96%", "95.5%") }));
    expect(ok).toEqual([]);
    const off = runRule(rule, makeForm({ money: seedMoney(), indicators: seedRates("95.6%", "95.52%") }));
    expect(off.map((f) => [f.expected, f.actual])).toEqual([
      ["95.5%", "95.6%"],
      ["95.51%", "95.52%"],
    ]);
  });

  it("reads a fraction in a percent cell and a bare fraction", () => {
    const pct = { value: 0.9551, format: "0.00%" };
    expect(runRule(rule, makeForm({ money: seedMoney(), indicators: seedRates(pct, 0.9551) }))).toEqual([]);
    const off = runRule(rule, makeForm({ money: seedMoney(), indicators: seedRates(0.9, 0.9551) }));
    expect(off.map((f) => [f.subject, f.expected, f.actual])).toEqual([["支出进度达标率", "96%", "90%"]]);
  });

  it("uses the sum of the parts when the form has no totals row", () => {
    const money = departmentMoney({ tasks: SEED_TASKS, total: null });
    expect(runRule(rule, makeForm({ money, indicators: seedRates("95.51%", "95.51%") }))).toEqual([]);
    expect(runRule(rule, makeForm({ money, indicators: seedRates("95.51%", "90%") }))).toHaveLength(1);
  });

  it("leaves other rates alone: 政府采购执行率, 合格率", () => {
    const indicators = [
      indicator({ name: "政府采购执行率", target: "100%", actual: "72.74%" }),
      indicator({ name: "委托业务报告合格率", target: "≥100百分比", actual: 100 }),
    ];
    expect(runRule(rule, makeForm({ money: seedMoney(), indicators }))).toEqual([]);
    expect(isExecutionRateIndicator("政府采购执行率")).toBe(false);
    expect(isExecutionRateIndicator("预算执行率")).toBe(true);
    expect(isExecutionRateIndicator("项目资金使用率")).toBe(true);
    expect(isExecutionRateIndicator("资金 执行率")).toBe(true);
  });

  it("checks each 执行率 cell against its own row's 全年执行数 ÷ 全年预算数", () => {
    const money = projectMoney({
      total: { amounts: ["194.9", "194.9", "194.9"], rate: "100%" },
      lines: [
        { label: "其中:中央、省、市补助县级资金", amounts: ["194.9", "194.9", "150"], rate: "100%" },
        { label: "其他资金", amounts: ["0.00", "0.00", "0.00"], rate: "0.00%" },
      ],
    });
    const findings = runRule(rule, makeForm({ kind: "project", money }));
    // 其他资金 has a zero budget: no rate to compute, nothing to say. The totals line states 194.9 spent
    // where its lines add up to 150: the form's rate is 150 ÷ 194.9, on that line too.
    expect(findings.map((f) => [f.subject, f.cells, f.expected, f.actual])).toEqual([
      ["其中:中央、省、市补助县级资金", ["F6"], "77%", "100%"],
      ["年度资金总额", ["F5"], "77%", "100%"],
    ]);
    expect(findings[1].message["zh-CN"]).toBe(
      "「年度资金总额」执行率应为 77%（执行数 ÷ 预算数），表中填写 100%；执行率按各分项之和计算：执行数 150 ÷ 预算数 194.9 = 76.96%，「年度资金总额」行填写的是 194.9 ÷ 194.9",
    );
    expect(findings[0].message["en-US"]).toBe(
      "「其中:中央、省、市补助县级资金」: the execution rate should be 77% (spent ÷ budget) but the cell says 100%",
    );
  });

  it("reads a 执行率(%) column written in points", () => {
    const money = projectMoney({ total: { amounts: [100, 100, 76], rate: 76 }, lines: [] });
    expect(runRule(rule, makeForm({ kind: "project", money }))).toEqual([]);
    const off = projectMoney({ total: { amounts: [100, 100, 76], rate: 67 }, lines: [] });
    expect(runRule(rule, makeForm({ kind: "project", money: off })).map((f) => f.expected)).toEqual(["76%"]);
  });
});
