import { projectSpecAnhui, projectSpecHubei, projectSpecHunan, projectSpecSichuan } from "../../../tools/samples/variants";
import { deleteRows, shiftSpec, withCells, type SheetSpec } from "../../../tools/samples/sheet-spec";
import { digestForm, shiftDigest } from "../../support/form-digest";
import { mustRecognise } from "../../support/recognise-spec";

describe("recognise: central/Anhui project form (form_1)", () => {
  const form = mustRecognise(projectSpecAnhui());
  const d = digestForm(form) as any;

  it("reads the header fields", () => {
    expect(form.kind).toBe("project");
    expect(form.title).toBe("项目支出绩效自评表");
    expect(form.projectName).toBe("委托业务项目");
    expect(form.unitName).toBe("219001-池州市贵池区棠溪镇人民政府");
    expect(form.year).toBe("2022");
    expect(d.bounds).toBe("A1:J27");
  });

  it("reads the fund lines under 年度资金总额 with 分值/执行率/得分", () => {
    expect(d.money).toMatchObject({
      unit: "万元",
      header: "5-5",
      labelCol: "B",
      columns: ["C:budgetInitial", "D:budget", "E:spent"],
      rateCol: "G",
      weightCol: "F",
      scoreCol: "H",
      totalInsertRow: "7",
      totalPosition: "above",
    });
    expect(d.money.total).toEqual({
      label: "年度资金总额",
      labelCell: "B6",
      subset: false,
      amounts: ["C6=0/3", "D6=0/3", "E6=0/3"],
      rate: "G6=0 %",
      weight: "F6=10/0",
      score: "H6=0/0",
    });
    expect(d.money.parts.map((p: any) => [p.label, p.subset, p.amounts])).toEqual([
      ["其中：本年财政拨款", true, ["C7=90/3", "D7=89.974/3", "E7=89.974/3"]],
      ["上年结转资金", false, ["C8=blank", "D8=blank", "E8=blank"]],
      ["其他资金", false, ["C9=blank", "D9=blank", "E9=blank"]],
    ]);
    expect(d.money.parts[0].weight).toBe("F7=blank");
  });

  it("reads the indicators with section headings, carried 一级/二级, 分值/得分 and the explanation column", () => {
    const t = d.indicators;
    expect(t.headerRow).toBe("12");
    expect(t.columns).toEqual({ level1: "B", level2: "C", name: "D", target: "E", actual: "F", weight: "G", score: "H", explanation: "I" });
    expect(t.sections).toEqual(["13:产出指标:50", "20:效益指标:30", "25:满意度指标:10"]);
    expect(t.rows.map((r: any) => [r.level1, r.level2, r.name])).toEqual([
      ["产出指标", "数量指标", "基建工程委托业务项目数量"],
      ["产出指标", "质量指标", "委托业务报告合格率"],
      ["产出指标", "质量指标", "经费支出合规性"],
      ["产出指标", "时效指标", "提交报告及时性"],
      ["产出指标", "成本指标", "项目总成本"],
      ["产出指标", "成本指标", "单项业务成本"],
      ["效益指标", "社会效益指标", "对维护基建市场公平的影响程度"],
      ["效益指标", "生态效益指标", "对控制基建项目成本影响程度"],
      ["效益指标", "可持续影响指标", "对推动基建项目“四项制度”健全和落实的持续性影响"],
      // The 经济效益指标 line (row 24) has no 三级 name and nothing written: a template's placeholder, not an indicator.
      ["满意度指标", "服务对象满意度指标", "公众满意度"],
    ]);
    const cost = t.rows[4];
    expect(cost).toMatchObject({ target: "le! 90 万元", reverse: true, weight: "G18=8/0", score: "H18=8/0", explanation: "I18=" });
    expect(t.rows[2]).toMatchObject({ target: "q:严格执行相关制度规定", actual: "grade:met" });
    expect(t.rows[9]).toMatchObject({ name: "公众满意度", target: "ge! 90 %" });
  });

  it("stops at the 总分 row", () => {
    expect(form.indicators!.rows.every((r) => r.row < 26)).toBe(true);
  });

  it("is found the same when moved", () => {
    const moved = withCells(shiftSpec(projectSpecAnhui(), 3, 1), { A1: "附件2", L10: "草稿" });
    expect(digestForm(mustRecognise(moved))).toEqual(shiftDigest(d, 3, 1));
  });
});

describe("recognise: Hunan county project form without 分值/得分 (form_7)", () => {
  const form = mustRecognise(projectSpecHunan());
  const d = digestForm(form) as any;

  it("reads fund lines with labels merged over A:B and a 执行率 column", () => {
    expect(form.kind).toBe("project");
    expect(form.projectName).toBe("县级储备粮");
    expect(form.unitName).toBe("粮食调控储备与产业发展股");
    expect(form.year).toBe("2020");
    expect(d.money).toMatchObject({ unit: "万元", labelCol: "A", columns: ["C:budget", "D:spent"], rateCol: "E", totalPosition: "above" });
    expect(d.money.weightCol).toBeUndefined();
    expect(d.money.total).toMatchObject({ label: "年度资金总额", labelCell: "A5", amounts: ["C5=194.9/2", "D5=194.9/2"], rate: "E5=100 %" });
    expect(d.money.parts.map((p: any) => [p.label, p.subset])).toEqual([
      ["其中:中央、省、市补助县级资金", true],
      ["其他资金", false],
    ]);
  });

  it("reads 16 indicators with merged 一级/二级 and the explanation column", () => {
    const t = d.indicators;
    expect(t.columns).toEqual({ level1: "B", level2: "C", name: "D", target: "E", actual: "F", explanation: "G" });
    expect(t.rows).toHaveLength(16);
    expect(t.rows[1]).toMatchObject({ level1: "产出指标", level2: "数量指标", name: "库存数量真实率" });
    expect(t.rows[10]).toMatchObject({
      level1: "效益指标",
      level2: "经济效益指标",
      name: "政策性挂账利息补贴保障率",
      actual: "blank",
      explanation: "G21=没有轮换、动用库存",
    });
    expect(t.rows[15]).toMatchObject({ level1: "满意度指标", level2: "服务对象满意度指标", name: "市民满意度调查" });
    expect(t.rows.every((r: any) => r.weight === undefined && r.score === undefined)).toBe(true);
  });

  it("ends the form at its 说明 line", () => {
    expect(d.bounds).toBe("A1:H27");
  });
});

describe("recognise: Sichuan project form with split 指标性质 | 指标值 | 度量单位 (form_2)", () => {
  const form = mustRecognise(projectSpecSichuan());
  const d = digestForm(form) as any;

  it("reads 总额 and its fund lines under 年度预算数(万元)", () => {
    expect(form.kind).toBe("project");
    expect(form.year).toBe("2023");
    expect(form.unitName).toBe("青神县发展和改革局");
    expect(form.projectName).toBe("51000021R000000019951-工资性支出");
    expect(d.money).toMatchObject({
      unit: "万元",
      header: "7-7",
      labelCol: "B",
      columns: ["C:budgetInitial", "D:budget", "E:spent"],
      rateCol: "F",
      weightCol: "G",
      scoreCol: "H",
    });
    expect(d.money.total).toMatchObject({ label: "总额", rate: "F8=100 %", weight: "G8=10/0", score: "H8=blank" });
    expect(d.money.parts.map((p: any) => p.label)).toEqual(["其中:财政资金", "财政专户管理资金", "单位资金", "其他资金"]);
  });

  it("passes the operator and unit cells to the target parser", () => {
    const t = d.indicators;
    expect(t.columns).toMatchObject({ nature: "E", target: "F", unit: "G", actual: "H", weight: "I", score: "J", explanation: "K" });
    expect(t.rows.map((r: any) => [r.name, r.target, r.actual, r.weight])).toEqual([
      ["发放(缴纳)覆盖率", "eq! 100 %", "blank", "I14=60/0"],
      ["足额保障率(参保率)", "eq! 100 %", "blank", "I15=30/0"],
    ]);
  });
});

describe("recognise: Hubei project form (form_5)", () => {
  const form = mustRecognise(projectSpecHubei());
  const d = digestForm(form) as any;

  it("reads a lone 年度财政资金总额 line and the 得分 column", () => {
    expect(form.unitName).toBe("农业工作科");
    expect(d.money).toMatchObject({ columns: ["C:budget", "D:spent"], rateCol: "E", scoreCol: "F", parts: [] });
    expect(d.money.total).toMatchObject({ label: "年度财政资金总额", amounts: ["C5=1.56/2", "D5=1.56/2"], score: "F5=20/0" });
  });

  it("takes the block heading above the indicator header as a section", () => {
    expect(d.indicators.sections).toEqual(["6:年度绩效目标1:80"]);
    expect(d.indicators.rows.map((r: any) => r.name)).toEqual(["补贴渔船数", "渔船补贴发放率", "12月底之前完成", "退捕渔民抽样调查满意度"]);
    expect(d.indicators.rows[2].level1).toBe("产出指标");
    expect(d.indicators.columns).toEqual({ level1: "A", level2: "B", name: "C", target: "D", actual: "E", score: "F" });
  });
});

describe("recognise: a project form without its 年度资金总额 line", () => {
  it("has no total and inserts it above the fund lines", () => {
    const spec = deleteRows(projectSpecAnhui(), 6);
    const m = mustRecognise(spec).money!;
    expect(m.total).toBeNull();
    expect(m.parts.map((p) => p.label)).toEqual(["其中：本年财政拨款", "上年结转资金", "其他资金"]);
    expect(m.totalPosition).toBe("above");
    expect(m.totalInsertRow).toBe(5);
  });
});

describe("recognise: a fund line whose label was mistyped", () => {
  // Anhui's fund lines are B7 其中：本年财政拨款, B8 上年结转资金, B9 其他资金; B8 is mistyped and blank.
  const mistyped = (spec: SheetSpec): SheetSpec => withCells(spec, { B8: "!" });
  const labels = (spec: SheetSpec): string[] => mustRecognise(spec).money!.parts.map((p) => p.label);

  it("stays one of the fund lines when a fund line follows it, under 年度资金总额 or without it", () => {
    expect(labels(mistyped(projectSpecAnhui()))).toEqual(["其中：本年财政拨款", "!", "其他资金"]);
    expect(labels(deleteRows(mistyped(projectSpecAnhui()), 6))).toEqual(["其中：本年财政拨款", "!", "其他资金"]);
  });

  it("ends them when it is the last, under 年度资金总额 or without it, so an inserted total is the one a re-check finds", () => {
    const last = (spec: SheetSpec): SheetSpec => withCells(spec, { B9: "年度目标：见下" });
    expect(labels(last(projectSpecAnhui()))).toEqual(["其中：本年财政拨款", "上年结转资金"]);
    expect(labels(deleteRows(last(projectSpecAnhui()), 6))).toEqual(["其中：本年财政拨款", "上年结转资金"]);
  });
});
