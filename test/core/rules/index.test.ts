import { readdirSync } from "fs";
import { join } from "path";
import { checkGrid } from "../../../src/core/engine";
import { ruleById, rules } from "../../../src/core/rules";
import { runAllRules } from "../../support/run-rule";
import { toGridData } from "../../../tools/samples/sheet-spec";
import { SEED_INDICATORS } from "../../../tools/samples/seed-shenzhen-2021";
import type { Finding } from "../../../src/core/model";
import {
  budgetPart,
  departmentMoney,
  gradeLine,
  indicator,
  indicatorTable,
  makeForm,
  projectMoney,
  ref,
  SEED_TASKS,
  seedMoney,
  totalLine,
} from "../../support/form-factory";
import { oneFigureBlank, oneFigureSpec, oneTotalRestated, oneTotalSpec } from "../../support/one-total-forms";

/** Forms on which every message of the score rules fires. */
function scoredForms(): Finding[] {
  const money = projectMoney({ total: { amounts: [100, 100, 80], weight: 20, score: 30 }, lines: [], scored: true });
  const blankBudget = projectMoney({ total: { amounts: [100, 100, 80], weight: 10, score: null }, lines: [], scored: true });
  const wrongBudget = projectMoney({ total: { amounts: [100, 100, 75], weight: 10, score: 5 }, lines: [], scored: true });
  const full = indicatorTable([indicator({ name: "满分", target: "1", actual: 1, weight: 90, score: 90 })]);
  const table = indicatorTable(
    [
      indicator({ name: "超分", target: "1", actual: 1, weight: 10, score: 12 }),
      indicator({ name: "错分", target: ">50 人次", actual: 36, weight: 10, score: 10 }),
      indicator({ name: "区间外", target: "效果明显", actual: "部分达成", weight: 10, score: 10 }),
      indicator({ name: "空分", target: "1", actual: 1, weight: 10, score: null }),
      indicator({ name: "空分缺值", target: "1", actual: null, weight: 10, score: null }),
      indicator({ name: "系数", target: "100%", actual: "72.74%", weight: 2, score: 1.45, coefficient: "100%" }),
    ],
    { sections: [{ row: 19, name: "产出指标", points: 50, scope: "group", cell: ref(19, 1) }] },
  );
  const blocks = indicatorTable(
    [indicator({ name: "甲", target: "98%", actual: "98%", score: 19.6 }), indicator({ name: "乙", target: "1", actual: 1, score: 20 })],
    {
      sections: [
        { row: 19, name: "年度绩效目标1", points: 40, scope: "block", cell: ref(19, 0) },
        // A group heading sharing out more than its block has.
        { row: 19, name: "产出指标", points: 50, scope: "group", cell: ref(19, 1) },
      ],
    },
  );
  return [
    ...runAllRules(makeForm({ kind: "project", money, indicators: table, scoring: { budget: budgetPart(money, 10), total: totalLine(200, 90), grade: gradeLine("差") } })),
    ...runAllRules(makeForm({ kind: "project", money: blankBudget, indicators: blocks, scoring: { budget: budgetPart(blankBudget), total: totalLine(null), grade: gradeLine("很好") } })),
    ...runAllRules(makeForm({ kind: "project", money: wrongBudget, indicators: full, scoring: { budget: budgetPart(wrongBudget), total: totalLine(95) } }), {
      capByExecutionRate: true,
    }),
  ];
}

/** The one-total department forms, recognised from their sheets: breakdowns and a missing figure. */
function oneTotalForms(): Finding[] {
  return [oneTotalSpec(), oneTotalRestated(), oneFigureSpec(), oneFigureBlank()].flatMap((spec) => checkGrid(toGridData(spec)).findings);
}

// docs/rules/.
const SEVERITIES: Record<string, string> = {
  "total-missing": "error",
  "total-mismatch": "error",
  "breakdown-mismatch": "error",
  "subset-exceeds-total": "error",
  overspent: "warning",
  "amount-unreadable": "error",
  "rate-mismatch": "error",
  "rate-unconfirmed": "warning",
  "indicator-missing-actual": "error",
  "indicator-unmet": "error",
  "indicator-exceeds-range": "warning",
  "indicator-far-exceeded": "info",
  "indicator-unreadable": "warning",
  "indicator-qualitative": "info",
  "unit-mismatch": "warning",
  "taxonomy-mismatch": "warning",
  "deviation-unexplained": "error",
  "score-exceeds-weight": "error",
  "score-mismatch": "error",
  "weight-sum": "error",
  "score-total-mismatch": "error",
  "grade-mismatch": "error",
};

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("rule registry", () => {
  it("registers one rule per file, named by its id, with the severity docs/rules/ gives", () => {
    const dir = join(__dirname, "../../../src/core/rules");
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".ts") && f !== "index.ts" && f !== "rule.ts")
      .map((f) => f.replace(/\.ts$/, ""))
      .sort();
    expect(rules.map((r) => r.meta.id).sort()).toEqual(files);
    for (const rule of rules) expect([rule.meta.id, rule.meta.severity]).toEqual([rule.meta.id, SEVERITIES[rule.meta.id]]);
    expect(Object.keys(SEVERITIES).sort()).toEqual(files);
  });

  it("gives every rule a title in both languages", () => {
    for (const rule of rules) {
      expect([rule.meta.id, rule.meta.title["zh-CN"] !== "", rule.meta.title["en-US"] !== ""]).toEqual([rule.meta.id, true, true]);
    }
  });

  it("finds rules by id", () => {
    expect(ruleById("total-mismatch")?.meta.severity).toBe("error");
    expect(ruleById("no-such-rule")).toBeUndefined();
  });
});

describe("runRules", () => {
  const seedIndicators = () =>
    SEED_INDICATORS.map(([level1, level2, name, target, actual]) => indicator({ level1, level2, name, target, actual }));

  it("gives the seed's three indicator findings and nothing else", () => {
    const findings = runAllRules(makeForm({ money: seedMoney(), indicators: seedIndicators() }));
    expect(findings.map((f) => [f.rule, f.severity, f.cells[0], f.subject])).toEqual([
      ["indicator-unmet", "error", "G32", "邀请代表列席常委会会议人数"],
      ["indicator-exceeds-range", "warning", "G21", "拟提交审议法规数量（包括立、改、废、释）"],
      ["indicator-far-exceeded", "info", "G24", "专家评审会次数"],
    ]);
  });

  it("sorts by severity, then by sheet position of the first cell", () => {
    const money = departmentMoney({
      tasks: [
        ["甲", "100.00", "120.00", "130.00", "100.00"],
        ["乙", "约3万", "10.00", "10.00", "10.00"],
      ],
      total: null,
    });
    const findings = runAllRules(makeForm({ money, indicators: seedIndicators() }));
    expect(findings.map((f) => [f.severity, f.rule, f.cells[0]])).toEqual([
      ["error", "subset-exceeds-total", "F5"],
      ["error", "total-missing", "B6"],
      ["error", "amount-unreadable", "E6"],
      ["error", "indicator-unmet", "G32"],
      ["warning", "overspent", "G5"],
      ["warning", "indicator-exceeds-range", "G21"],
      ["info", "indicator-far-exceeded", "G24"],
    ]);
  });

  it("lets a rule's error escape instead of swallowing it", () => {
    const form = makeForm({ money: departmentMoney({ tasks: SEED_TASKS, total: null }) });
    const broken = { ...form, money: { ...form.money!, parts: null as never } };
    expect(() => runAllRules(broken)).toThrow();
  });

  it("fills every placeholder of every message, in both languages, when each rule fires", () => {
    const money = departmentMoney({
      tasks: [
        ["甲", "100.00", "120.00", "130.00", "100.00"],
        ["乙", "约3万", "10.00", "10.00", "10.00"],
      ],
      total: ["999.00", "130.00", "140.00", "110.00"],
    });
    const table = indicatorTable(
      [
        indicator({ name: "预算执行率", target: "≥90%", actual: "80%" }),
        indicator({ name: "缺", target: "100%", actual: null }),
        indicator({ name: "缺但说明", target: "100%", actual: "无", explanation: "没有轮换、动用库存" }),
        indicator({ name: "区间", target: "10项-20项", actual: 33 }),
        indicator({ name: "远超", target: ">20 次", actual: 29 }),
        indicator({ name: "读不出", target: "≤30万元", actual: "完成" }),
        indicator({ name: "定性", target: "效果明显", actual: "群众反映良好" }),
        indicator({ name: "部分", target: "好", actual: "基本完成" }),
        indicator({ name: "无目标", target: "—", actual: "持续有效" }),
        indicator({ name: "单位", target: ">50人次", actual: "36人" }),
        indicator({ level1: "产出", level2: "社会效益", name: "错类", target: "1", actual: 1 }),
        indicator({ name: "等于", target: "=100%", actual: "90%" }),
        indicator({ name: "上限", target: "≤90万元", actual: 95 }),
        indicator({ name: "等级", target: "高", actual: "低" }),
        indicator({ name: "目标坏", target: "#REF!", actual: 1 }),
      ],
      { explanationColumn: true },
    );
    const withTotal = runAllRules(makeForm({ money, indicators: table }), { explainOverAchievement: true });
    const withoutTotal = runAllRules(makeForm({ money: departmentMoney({ tasks: SEED_TASKS, total: null }) }));
    const projectWithoutTotal = runAllRules(
      makeForm({ kind: "project", money: projectMoney({ total: null, lines: [{ label: "其他资金", amounts: [1, 1, 1] }] }) }),
    );
    const project = runAllRules(
      makeForm({
        kind: "project",
        money: projectMoney({
          total: { amounts: [0, 0, 0] },
          lines: [{ label: "其中：本年财政拨款", amounts: [90, 90, 80], rate: "100%" }],
        }),
      }),
    );
    const blankTotal = runAllRules(
      makeForm({ money: departmentMoney({ tasks: [["甲", "1.00", null, null, null]], total: [null, null, null, null] }) }),
    );
    const all = [...withTotal, ...withoutTotal, ...projectWithoutTotal, ...project, ...blankTotal, ...scoredForms(), ...oneTotalForms()];
    expect(new Set(all.map((f) => f.rule))).toEqual(new Set(Object.keys(SEVERITIES)));
    for (const f of all) {
      expect([f.rule, f.message["zh-CN"]]).not.toEqual([f.rule, expect.stringMatching(/\{\w+\}/)]);
      expect([f.rule, f.message["en-US"]]).not.toEqual([f.rule, expect.stringMatching(/\{\w+\}/)]);
      expect(f.subject).toBeTruthy();
      expect(f.cells.length).toBeGreaterThan(0);
    }
    // Every message id of every rule was used at least once.
    const used = new Set(all.map((f) => `${f.rule}:${f.messageId}`));
    for (const rule of rules) {
      for (const id of Object.keys(rule.meta.messages)) expect(used).toContain(`${rule.meta.id}:${id}`);
    }
  });
});
