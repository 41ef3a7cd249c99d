import { isReverseIndicator } from "../../../src/core/parse/reverse";
import { parseTarget } from "../../../src/core/parse/target";

const rev = (level2: string, name: string, target: string, level1 = "") =>
  isReverseIndicator({ level1, level2, name }, parseTarget(target, null));

describe("isReverseIndicator", () => {
  it.each([
    ["成本指标", "项目总成本", "90万元"],
    ["成本", "单位成本", "120元"],
    ["经济成本", "人均培训费", "500元"],
    ["成本指标", "单项业务成本", "符合相关规定"],
    ["数量指标", "人均成本", "50"],
    ["质量指标", "差错率", "1%"],
    ["质量指标", "投诉率", "2%"],
    ["质量指标", "安全事故率", "0"],
    ["", "结转结余率", "2%"],
    ["", "预算调整率", "3%"],
    ["", "“三公”经费变动率", "0"],
    ["", "火灾发生率", "1%"],
    ["", "操作失误率", "1%"],
    ["", "经费超支率", "0"],
    ["质量指标", "县级储备粮库存粮食明显变质比例", "0"],
    ["服务对象满意度指标", "因粮食市场波动引起的粮食安全事件发生数", "0起"],
    ["数量指标", "培训经费", "30万元"],
    ["数量指标", "补助资金", "1.2亿元"],
    // Chongqing's 部门整体 form (form_4): control rates of staff and money are shares of a ceiling.
    ["", "财政供养人员控制率", "100%"],
    ["", "公用经费控制率", "100%"],
    ["", "“三公”经费控制率", "100%"],
  ])("%s / %s (%s) is reverse", (level2, name, target) => expect(rev(level2, name, target)).toBe(true));

  it.each([
    ["成本", "支出进度达标率", ">90%"],
    ["成本", "项目资金使用率", ">90%"],
    ["成本指标", "国家政策性粮收购价格执行率", "100%"],
    ["成本指标", "县级储备粮库存成本核算率", "100%"],
    ["数量", "代表活动次数", ">1000人次"],
    ["质量", "法规表决通过率", ">95%"],
    ["", "高血压患者血压控制率", "60%"],
    ["社会效益", "投诉率下降", "10%"],
    ["经济效益", "成本节约率", "5%"],
    ["数量指标", "补助资金发放金额", "≥90万元"],
    ["满意度", "公众满意度", ">80%"],
  ])("%s / %s (%s) is not reverse", (level2, name, target) => expect(rev(level2, name, target)).toBe(false));

  it("成本 as the 一级 indicator (newer central templates)", () => {
    expect(rev("经济成本指标", "设备购置费", "50万元", "成本指标")).toBe(true);
  });
});
