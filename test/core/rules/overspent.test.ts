import rule from "../../../src/core/rules/overspent";
import { departmentMoney, makeForm, projectMoney, seedMoney } from "../../support/form-factory";
import { runRule } from "../../support/run-rule";

describe("overspent", () => {
  it("does not fire on the seed", () => {
    expect(runRule(rule, makeForm({ money: seedMoney() }))).toEqual([]);
  });

  it("warns when 执行数·总额 exceeds 预算数·总额 on a row", () => {
    const money = departmentMoney({
      tasks: [
        ["人大监督工作", "13,920,000.00", "13,920,000.00", "13,920,000.01", "13,920,000.00"],
        ["基本支出", "100.00", "100.00", "100.00", "100.00"],
      ],
      total: ["13,920,100.00", "13,920,100.00", "13,920,100.01", "13,920,100.00"],
    });
    const findings = runRule(rule, makeForm({ money }));
    expect(findings.map((f) => [f.severity, f.subject, f.cells])).toEqual([
      ["warning", "人大监督工作", ["G5", "E5"]],
      ["warning", "金额合计", ["G7", "E7"]],
    ]);
    expect(findings[0].message["zh-CN"]).toBe("「人大监督工作」执行数·总额 13,920,000.01 超过 预算数·总额 13,920,000.00");
    expect(findings[0]).toMatchObject({ expected: "≤ 13,920,000.00", actual: "13,920,000.01" });
  });

  it("pairs 全年执行数 with 全年预算数, not 年初预算数", () => {
    const money = projectMoney({
      total: { amounts: [80, 100, 95] },
      lines: [{ label: "其中：本年财政拨款", amounts: [80, 100, 95] }],
    });
    expect(runRule(rule, makeForm({ kind: "project", money }))).toEqual([]);
  });

  it("falls back to 年初预算数 when the form has no 全年预算数", () => {
    const money = projectMoney({
      columns: [
        { label: "年初预算数", measure: "budgetInitial" },
        { label: "全年执行数", measure: "spent" },
      ],
      total: { amounts: [80, 95] },
      lines: [],
    });
    const findings = runRule(rule, makeForm({ kind: "project", money }));
    expect(findings.map((f) => f.cells)).toEqual([["D5", "C5"]]);
    expect(findings[0].message["en-US"]).toBe("「年度资金总额」: 全年执行数 95 is more than 年初预算数 80");
  });
});
