import rule, { taxonomyName } from "../../../src/core/rules/taxonomy-mismatch";
import { SEED_INDICATORS } from "../../../tools/samples/seed-shenzhen-2021";
import { indicator, makeForm } from "../../support/form-factory";
import { runRule } from "../../support/run-rule";

describe("taxonomy-mismatch", () => {
  it("does not fire on the seed (成本 under 产出, 其他满意度 under 满意度)", () => {
    const indicators = SEED_INDICATORS.map(([level1, level2, name, target, actual]) =>
      indicator({ level1, level2, name, target, actual }),
    );
    expect(runRule(rule, makeForm({ indicators }))).toEqual([]);
  });

  it("warns once per misfiled 二级 group, at its 二级 cell", () => {
    const indicators = [
      indicator({ level1: "产出", level2: "数量", name: "a", target: "1", actual: 1 }),
      indicator({ level1: "产出", level2: "社会效益", name: "b", target: "1", actual: 1 }),
      indicator({ level1: "产出", level2: "社会效益", name: "c", target: "1", actual: 1 }),
      indicator({ level1: "效益指标", level2: "质量指标", name: "d", target: "1", actual: 1 }),
    ];
    const findings = runRule(rule, makeForm({ indicators }));
    expect(findings.map((f) => [f.severity, f.cells, f.subject, f.expected, f.actual])).toEqual([
      ["warning", ["C22"], "社会效益", "效益", "产出"],
      ["warning", ["C24"], "质量指标", "产出", "效益指标"],
    ]);
    expect(findings[0].message["zh-CN"]).toBe("二级指标「社会效益」应属于一级指标「效益」，不应列在「产出」下");
  });

  it("accepts names with or without 指标 and section points, and 成本 as either level", () => {
    const indicators = [
      indicator({ level1: "产出指标(50分)", level2: "数量指标", name: "a", target: "1", actual: 1 }),
      indicator({ level1: "产出指标", level2: "成本指标", name: "b", target: "1", actual: 1 }),
      indicator({ level1: "成本指标", level2: "经济成本指标", name: "c", target: "1", actual: 1 }),
      indicator({ level1: "成本", level2: "社会成本", name: "d", target: "1", actual: 1 }),
      indicator({ level1: "满意度指标", level2: "服务对象满意度指标", name: "e", target: "1", actual: 1 }),
      indicator({ level1: "效益指标", level2: "可持续影响指标", name: "f", target: "1", actual: 1 }),
    ];
    expect(runRule(rule, makeForm({ indicators }))).toEqual([]);
    expect(taxonomyName("产出指标（50分）")).toBe("产出");
  });

  it("leaves names it does not know alone", () => {
    const indicators = [
      indicator({ level1: "效益指标/满意度指标", level2: "服务对象满意度", name: "a", target: "1", actual: 1 }),
      indicator({ level1: "产出", level2: "管理指标", name: "b", target: "1", actual: 1 }),
      indicator({ level1: "", level2: "", name: "c", target: "1", actual: 1 }),
    ];
    expect(runRule(rule, makeForm({ indicators }))).toEqual([]);
  });

  // Found by the plan property (seed 128936056): a 二级 cell reading `constructor` found
  // Object.prototype.constructor as its parents and the whole check threw.
  it("reads Object.prototype member names as names it does not know", () => {
    const indicators = ["constructor", "toString", "__proto__", "hasOwnProperty"].map((level2, i) =>
      indicator({ level1: "产出", level2, name: `n${i}`, target: "1", actual: 1 }),
    );
    expect(runRule(rule, makeForm({ indicators }))).toEqual([]);
  });
});
