import rule from "../../../src/core/rules/indicator-qualitative";
import { indicator, makeForm } from "../../support/form-factory";
import { runRule } from "../../support/run-rule";

describe("indicator-qualitative", () => {
  it("lists a qualitative target answered in free text, and a partial grade, for a person to judge", () => {
    const indicators = [
      indicator({ name: "对维护基建市场公平的影响程度", target: "效果明显", actual: "群众反映良好" }),
      indicator({ name: "资金使用合规性", target: "好", actual: "基本完成" }),
    ];
    const findings = runRule(rule, makeForm({ indicators }));
    expect(findings.map((f) => [f.severity, f.subject, f.cells])).toEqual([
      ["info", "对维护基建市场公平的影响程度", ["G21"]],
      ["info", "资金使用合规性", ["G22"]],
    ]);
    expect(findings[0].message["zh-CN"]).toBe(
      "「对维护基建市场公平的影响程度」为定性指标（预期指标值「效果明显」，实际完成情况「群众反映良好」），请人工判断是否达成",
    );
    expect(findings[1].message["zh-CN"]).toBe("「资金使用合规性」实际完成情况「基本完成」为部分达成（预期指标值「好」），请人工判断");
  });

  it("does not list qualitative indicators that restate the target or give a grade of met", () => {
    const indicators = [
      indicator({ name: "管理制度健全性", target: "高", actual: "高" }),
      indicator({ name: "经费支出合规性", target: "严格执行相关制度规定", actual: "达成预期指标" }),
      indicator({ name: "公众满意度", target: ">80%", actual: "95%" }),
    ];
    expect(runRule(rule, makeForm({ indicators }))).toEqual([]);
  });

  it("says a target left blank or `—` is not listed, rather than quoting an empty one (银川 2021 项目决策 lines)", () => {
    const indicators = [
      indicator({ name: "完整性", target: "—", actual: "目标明确、内容细化、目标量化" }),
      indicator({ name: "可行性", target: null, actual: "实际工作需求" }),
    ];
    const findings = runRule(rule, makeForm({ indicators }));
    expect(findings.map((f) => [f.severity, f.subject, f.expected])).toEqual([
      ["info", "完整性", ""],
      ["info", "可行性", ""],
    ]);
    expect(findings[0].message["zh-CN"]).toBe("「完整性」未列预期指标值，实际完成情况为「目标明确、内容细化、目标量化」，请人工判断是否达成");
    expect(findings[0].message["en-US"]).toBe("「完整性」 lists no target and gives 「目标明确、内容细化、目标量化」 as its actual: a person has to judge whether it was met");
    expect(findings[1].message["zh-CN"]).toBe("「可行性」未列预期指标值，实际完成情况为「实际工作需求」，请人工判断是否达成");
  });
});
