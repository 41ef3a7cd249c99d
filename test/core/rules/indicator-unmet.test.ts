import rule from "../../../src/core/rules/indicator-unmet";
import { indicator, makeForm, type CellInput } from "../../support/form-factory";
import { runRule } from "../../support/run-rule";

const one = (target: CellInput, actual: CellInput, name = "指标") =>
  runRule(rule, makeForm({ indicators: [indicator({ name, target, actual })] }));

describe("indicator-unmet", () => {
  it("fires on the seed's 邀请代表列席常委会会议人数 (>50 人次 → 36), at the actual cell, in the form's notation", () => {
    const findings = one(">50 人次", 36, "邀请代表列席常委会会议人数");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "indicator-unmet",
      severity: "error",
      cells: ["G21"],
      expected: ">50人次",
      actual: "36",
      subject: "邀请代表列席常委会会议人数",
    });
    expect(findings[0].message["zh-CN"]).toBe("「邀请代表列席常委会会议人数」实际完成值 36 未达到预期指标值 >50人次");
    expect(findings[0].message["en-US"]).toBe("「邀请代表列席常委会会议人数」: actual 36 does not reach the target >50人次");
  });

  it("says a ceiling was exceeded, an equality missed, a range not reached, a grade not achieved", () => {
    expect(one("≤90万元", 95)[0].message["zh-CN"]).toBe("「指标」实际完成值 95 超过预期指标值 ≤90万元");
    expect(one("=100%", "90%")[0].message["zh-CN"]).toBe("「指标」实际完成值 90% 不等于预期指标值 =100%");
    expect(one("10项-20项", 5)[0].message["zh-CN"]).toBe("「指标」实际完成值 5 未达到预期指标值 10项-20项");
    expect(one("高", "低")[0].message["zh-CN"]).toBe("「指标」实际完成情况「低」，未达成预期指标值「高」");
  });

  it("does not fire on met, above-range, far-exceeded or qualitative indicators", () => {
    expect(one(">1000人次", 1210)).toEqual([]);
    expect(one("10项-20项", 33)).toEqual([]);
    expect(one(">20 次", 29)).toEqual([]);
    expect(one("效果明显", "达成预期指标")).toEqual([]);
    expect(one("0起", "0起")).toEqual([]);
  });
});
