import rule from "../../../src/core/rules/total-mismatch";
import { departmentMoney, makeForm, projectMoney, SEED_TASKS, SEED_TOTAL, seedMoney } from "../../support/form-factory";
import { runRule } from "../../support/run-rule";

describe("total-mismatch", () => {
  it("does not fire on the seed, whose totals add up to the fen", () => {
    expect(runRule(rule, makeForm({ money: seedMoney() }))).toEqual([]);
  });

  it("fires on a 金额合计 cell one fen off, with the exact sum as expected and the column named", () => {
    const total = ["146,963,013.92", ...SEED_TOTAL.slice(1)];
    const findings = runRule(rule, makeForm({ money: departmentMoney({ tasks: SEED_TASKS, total }) }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "total-mismatch",
      severity: "error",
      cells: ["E10"],
      expected: "146,963,013.91",
      actual: "146,963,013.92",
      subject: "金额合计",
    });
    expect(findings[0].message["en-US"]).toBe(
      "Total of 预算数/总额 should be 146,963,013.91 (the sum of the rows above) but the cell says 146,963,013.92",
    );
    expect(findings[0].message["zh-CN"]).toContain("预算数·总额 应为 146,963,013.91");
  });

  it("reads numbers exactly: 0.1 + 0.2 is 0.3 in a 元 column", () => {
    const money = departmentMoney({
      tasks: [
        ["甲", 0.1, 0.1, 0.1, 0.1],
        ["乙", 0.2, 0.2, 0.2, 0.2],
      ],
      total: [0.3, 0.3, 0.3, 0.3],
    });
    expect(runRule(rule, makeForm({ money }))).toEqual([]);
  });

  it("counts blank parts as 0 and reports a blank total when the parts add up to something", () => {
    const money = departmentMoney({
      tasks: [
        ["甲", "100.00", null, "90.00", null],
        ["乙", "50.00", null, "40.00", null],
      ],
      total: ["150.00", null, null, null],
    });
    const findings = runRule(rule, makeForm({ money }));
    expect(findings.map((f) => [f.cells[0], f.expected, f.actual])).toEqual([["G7", "130.00", ""]]);
  });

  it("stays silent when a part is unreadable (amount-unreadable reports that)", () => {
    const money = departmentMoney({
      tasks: [
        ["甲", "约3万", "100.00", "90.00", "90.00"],
        ["乙", "50.00", "50.00", "40.00", "40.00"],
      ],
      total: ["999.00", "150.00", "130.00", "130.00"],
    });
    expect(runRule(rule, makeForm({ money }))).toEqual([]);
  });

  it("compares 万元 at the decimals the cells show", () => {
    const lines = [
      { label: "其中：本年财政拨款", amounts: ["90.00", "89.974", "89.974"] },
      { label: "上年结转资金", amounts: [] },
      { label: "其他资金", amounts: [] },
    ];
    const ok = projectMoney({ total: { amounts: ["90.00", "89.974", "89.974"] }, lines });
    expect(runRule(rule, makeForm({ kind: "project", money: ok }))).toEqual([]);

    // Anhui's real form: 年度资金总额 left at 0 while the fund line holds the money.
    const anhui = projectMoney({ total: { amounts: [0, 0, 0] }, lines });
    const findings = runRule(rule, makeForm({ kind: "project", money: anhui }));
    expect(findings.map((f) => [f.cells[0], f.expected, f.actual])).toEqual([
      ["C5", "90.00", "0"],
      ["D5", "89.974", "0"],
      ["E5", "89.974", "0"],
    ]);
    expect(findings[0].message["zh-CN"]).toBe("「年度资金总额」年初预算数 应为 90.00（各行之和），表中填写 0");

    // 89.97 shown against parts of 89.974: the parts show three decimals, so the total is 0.004 off.
    const rounded = projectMoney({ total: { amounts: ["90.00", "89.97", "89.974"] }, lines });
    const off = runRule(rule, makeForm({ kind: "project", money: rounded }));
    expect(off.map((f) => [f.cells[0], f.expected, f.actual])).toEqual([["D5", "89.974", "89.97"]]);
  });

  it("does not fire when only the total is filled in (fund lines left blank)", () => {
    const money = projectMoney({
      total: { amounts: ["1.56", "1.56", "1.56"] },
      lines: [{ label: "其中：本年财政拨款", amounts: [] }],
    });
    expect(runRule(rule, makeForm({ kind: "project", money }))).toEqual([]);
  });

  it("does nothing without a totals row (total-missing's job)", () => {
    expect(runRule(rule, makeForm({ money: departmentMoney({ tasks: SEED_TASKS, total: null }) }))).toEqual([]);
  });
});
