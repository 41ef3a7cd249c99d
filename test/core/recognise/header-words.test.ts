import {
  budgetPoints,
  classifyFieldLabel,
  gradeLabel,
  isBlockHeading,
  isRatioLetterHeader,
  scoreTotalLabel,
  classifyIndicatorHeader,
  classifyMoneyHeader,
  isIndicatorEnd,
  isTotalLabel,
  sectionHeading,
  unitInHeader,
  unitInNote,
  yearIn,
} from "../../../src/core/recognise/header-words";

describe("header words", () => {
  it.each([
    ["预算数（元）", "budget"],
    ["全年(调整)预算数", "budget"],
    ["调整后预算数", "budget"],
    ["预算数(A)", "budget"],
    ["年初预算数", "budgetInitial"],
    ["年初预算", "budgetInitial"],
    ["执行数（万元）", "spent"],
    ["预算执行数", "spent"],
    ["执行数(B)", "spent"],
    ["全年执行数", "spent"],
    ["执行率(B/A)", "rate"],
    ["预算执行率", "rate"],
    ["执行率权重", "weight"],
    ["分值", "weight"],
    ["执行率得分(分)", "score"],
    ["得分(20分*执行率)", "score"],
    ["预算执行情况(万元)(20分)", null],
    ["项目资金（万元）", null],
    ["得分系数(%)", null],
  ])("money header %s → %s", (text, kind) => {
    expect(classifyMoneyHeader(text)).toBe(kind);
  });

  it("ignores long text that happens to contain a header word", () => {
    expect(classifyMoneyHeader("做好机关预决算工作，预算数据及时上报，完成决算工作并做好统计分析")).toBeNull();
  });

  it.each([
    ["一级指标", "level1"],
    ["二级指标", "level2"],
    ["三级指标", "name"],
    ["指标名称", "name"],
    ["预期指标值", "target"],
    ["年度指标值", "target"],
    ["年初目标值(A)", "target"],
    ["实际完成指标值", "actual"],
    ["实际完成值(B)", "actual"],
    ["全年完成值", "actual"],
    ["指标性质", "nature"],
    ["度量单位", "unit"],
    ["指标权重(分)", "weight"],
    ["指标得分(分)", "score"],
    ["偏差原因分析及改进措施", "explanation"],
    ["未完成原因分析", "explanation"],
    ["是否核心指标", null],
    ["年度绩效指标完成情况", null],
  ])("indicator header %s → %s", (text, kind) => {
    expect(classifyIndicatorHeader(text)).toBe(kind);
  });

  it("knows totals lines and table ends", () => {
    expect(["金额合计", "合 计", "年度资金总额:", "年度财政资金总额", "總額"].every(isTotalLabel)).toBe(true);
    expect(["其中：财政拨款", "金额合计数说明"].some(isTotalLabel)).toBe(false);
    expect(["总分", "合计", "说明", "注：", "评价结论"].every(isIndicatorEnd)).toBe(true);
    expect(["注册企业数量", "说明书印发数量", "合格率"].some(isIndicatorEnd)).toBe(false);
  });

  it("reads section headings, units and years", () => {
    expect(sectionHeading("产出指标(50分)")).toEqual({ name: "产出指标", points: 50 });
    expect(sectionHeading("效益指标（30分）")).toEqual({ name: "效益指标", points: 30 });
    expect(sectionHeading("产出指标")).toBeNull();
    expect(unitInHeader("预算数（万元）")).toBe("万元");
    expect(unitInHeader("执行数（元）")).toBe("元");
    expect(unitInHeader("执行率(%)")).toBeNull();
    expect(unitInNote("单位：万元")).toBe("万元");
    expect(unitInNote("金额单位:元")).toBe("元");
    expect(yearIn("（2022年度）")).toBe("2022");
    expect(yearIn("2021")).toBe("2021");
    expect(yearIn("报表编号:510000_0013zp")).toBeNull();
  });

  it("reads header field labels, with text after a colon", () => {
    expect(classifyFieldLabel("部门（单位）名称")).toMatchObject({ field: "unitName", rank: 0, rest: "" });
    expect(classifyFieldLabel("单位名称：农业工作科")).toMatchObject({ field: "unitName", rest: "农业工作科" });
    expect(classifyFieldLabel("实施单位（盖章）")).toMatchObject({ field: "unitName", rank: 1 });
    expect(classifyFieldLabel("预算年度")).toMatchObject({ field: "year" });
    expect(classifyFieldLabel("专项资金名称")).toMatchObject({ field: "projectName" });
    // Chongqing's 部门整体 form names the department only as 主管部门: the last resort for the unit name.
    expect(classifyFieldLabel("主管部门")).toMatchObject({ field: "unitName", rank: 2 });
    expect(classifyFieldLabel("县级主管部门")).toBeNull();
  });

  it("reads 得分系数 as the coefficient column of an indicator table", () => {
    expect(classifyIndicatorHeader("得分系数(%)")).toBe("coefficient");
    expect(classifyIndicatorHeader("得分系数")).toBe("coefficient");
  });

  it("knows 总分 lines and 等级 labels, with a value after a colon", () => {
    for (const label of ["总分", "合计", "自评总分(分)", "自评得分", "综合得分", "總分", "合 计"]) {
      expect([label, scoreTotalLabel(label)]).toEqual([label, { rest: "" }]);
    }
    expect(scoreTotalLabel("自评总分：97.6")).toEqual({ rest: "97.6" });
    expect(["总分说明", "得分", "分值", "金额合计"].map(scoreTotalLabel)).toEqual([null, null, null, null]);
    expect(gradeLabel("自评等级")).toEqual({ rest: "" });
    expect(gradeLabel("等级：优")).toEqual({ rest: "优" });
    expect(gradeLabel("評價等級")).toEqual({ rest: "" });
    expect(gradeLabel("等级指标")).toBeNull();
  });

  it("reads the points of the budget part from its heading or its 得分 header", () => {
    expect(budgetPoints("预算执行情况(10分)")).toEqual({ points: 10, formula: false });
    expect(budgetPoints("预算执行情况(万元)(20分)")).toEqual({ points: 20, formula: false });
    expect(budgetPoints("得分(20分*执行率)")).toEqual({ points: 20, formula: true });
    expect(budgetPoints("得分（20分×执行率）")).toEqual({ points: 20, formula: true });
    expect(budgetPoints("执行率得分(分)")).toBeNull();
  });

  it("tells block headings from 一级指标 groups, and sees Hubei's (A)/(B) headers", () => {
    expect(["绩效指标", "年度绩效目标1", "年度績效目標2"].every(isBlockHeading)).toBe(true);
    expect(["产出指标", "效益指标", "满意度指标"].some(isBlockHeading)).toBe(false);
    expect(isRatioLetterHeader("年初目标值(A)")).toBe(true);
    expect(isRatioLetterHeader("实际完成值（B）")).toBe(true);
    expect(isRatioLetterHeader("年度指标值")).toBe(false);
  });
});
