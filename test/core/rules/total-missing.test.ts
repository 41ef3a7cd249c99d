import rule from "../../../src/core/rules/total-missing";
import { departmentMoney, makeForm, projectMoney, SEED_TASKS, seedMoney } from "../../support/form-factory";
import { runRule } from "../../support/run-rule";

describe("total-missing", () => {
  it("fires on a task table without 金额合计, at the last task's label, offering the insert-totals fix", () => {
    const form = makeForm({ money: departmentMoney({ tasks: SEED_TASKS, total: null }) });
    const findings = runRule(rule, form);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "total-missing", severity: "error", cells: ["B9"], subject: "金额合计" });
    expect(findings[0].message["zh-CN"]).toContain("金额合计");
    expect(rule.meta.fix).toBe("insert-totals");
  });

  it("fires on a project fund table without 年度资金总额", () => {
    const money = projectMoney({
      total: null,
      lines: [
        { label: "其中：本年财政拨款", amounts: [90, 89.974, 89.974] },
        { label: "上年结转资金", amounts: [] },
      ],
    });
    const findings = runRule(rule, makeForm({ kind: "project", money }));
    expect(findings).toHaveLength(1);
    expect(findings[0].message["en-US"]).toContain("年度资金总额");
    expect(findings[0].cells).toEqual(["B6"]);
  });

  it("does not fire when the totals row is there, or when there is no money table", () => {
    expect(runRule(rule, makeForm({ money: seedMoney() }))).toEqual([]);
    expect(runRule(rule, makeForm({ money: null }))).toEqual([]);
  });
});
