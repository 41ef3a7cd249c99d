import rule from "../../../src/core/rules/subset-exceeds-total";
import { departmentMoney, makeForm, projectMoney, seedMoney } from "../../support/form-factory";
import { runRule } from "../../support/run-rule";

describe("subset-exceeds-total", () => {
  it("does not fire on the seed (财政拨款 equals 总额 on every row)", () => {
    expect(runRule(rule, makeForm({ money: seedMoney() }))).toEqual([]);
  });

  it("fires when 其中：财政拨款 is larger than 总额 on a task row and on the totals row", () => {
    const money = departmentMoney({
      tasks: [
        ["人大机关建设", "37,560,000.00", "37,560,000.01", "35,791,380.30", "35,791,380.30"],
        ["基本支出", "80,000.00", "80,000.00", "70,000.00", "60,000.00"],
      ],
      total: ["37,640,000.00", "37,640,000.01", "35,861,380.30", "35,851,380.30"],
    });
    const findings = runRule(rule, makeForm({ money }));
    expect(findings.map((f) => [f.subject, f.cells, f.expected, f.actual])).toEqual([
      ["人大机关建设", ["F5", "E5"], "≤ 37,560,000.00", "37,560,000.01"],
      ["金额合计", ["F7", "E7"], "≤ 37,640,000.00", "37,640,000.01"],
    ]);
    expect(findings[0].message["zh-CN"]).toBe(
      "「人大机关建设」预算数·其中：财政拨款 37,560,000.01 大于 预算数·总额 37,560,000.00",
    );
    expect(findings[0].message["en-US"]).toContain("预算数/其中：财政拨款 37,560,000.01 is more than 预算数/总额");
  });

  it("fires when a 其中 fund line is larger than 年度资金总额 in the same column", () => {
    const money = projectMoney({
      total: { amounts: [0, 0, 0] },
      lines: [
        { label: "其中：本年财政拨款", amounts: [90, "89.974", "89.974"] },
        { label: "上年结转资金", amounts: [5, 5, 5] },
      ],
    });
    const findings = runRule(rule, makeForm({ kind: "project", money }));
    // Only the 其中 line is a subset; 上年结转资金 exceeding a zero total is total-mismatch's business.
    expect(findings.map((f) => f.cells)).toEqual([
      ["C6", "C5"],
      ["D6", "D5"],
      ["E6", "E5"],
    ]);
    expect(findings[1].message["zh-CN"]).toBe("「其中：本年财政拨款」全年预算数 89.974 大于「年度资金总额」0");
  });

  it("does not fire when the part equals its whole at the precision shown", () => {
    const money = projectMoney({
      total: { amounts: ["90.00", "89.97", "89.97"] },
      lines: [{ label: "其中：本年财政拨款", amounts: ["90.00", "89.97", "89.97"] }],
    });
    expect(runRule(rule, makeForm({ kind: "project", money }))).toEqual([]);
  });
});
