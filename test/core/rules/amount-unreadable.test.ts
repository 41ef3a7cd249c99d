import rule from "../../../src/core/rules/amount-unreadable";
import { departmentMoney, makeForm, projectMoney, seedMoney } from "../../support/form-factory";
import { runRule } from "../../support/run-rule";

describe("amount-unreadable", () => {
  it("does not fire on the seed", () => {
    expect(runRule(rule, makeForm({ money: seedMoney() }))).toEqual([]);
  });

  it("fires on text that only approximates an amount and on Excel error values, in parts and totals", () => {
    const money = departmentMoney({
      tasks: [
        ["人大机关建设", "约3万", "30,000.00", "29,000.00", "29,000.00"],
        ["基本支出", "100.00", "100.00", "#REF!", "100.00"],
      ],
      total: ["30,100.00", "30,100.00", "见附表", "29,100.00"],
    });
    const findings = runRule(rule, makeForm({ money }));
    expect(findings.map((f) => [f.subject, f.cells[0], f.actual])).toEqual([
      ["人大机关建设", "E5", "约3万"],
      ["基本支出", "G6", "#REF!"],
      ["金额合计", "G7", "见附表"],
    ]);
    expect(findings[0].message["zh-CN"]).toBe("「人大机关建设」预算数·总额 填写的「约3万」不是金额：其中第 1 个字符「约」不是数字");
    // Text with no digits at all is not a number with a wrong character in it: nothing to point at.
    expect(findings[1].message["zh-CN"]).toBe("「基本支出」执行数·总额 填写的「#REF!」不是金额");
    expect(findings[0].severity).toBe("error");
  });

  it("points at the character that cannot be read, in Chinese and English", () => {
    const money = departmentMoney({
      tasks: [
        ["人大机关建设", "1,2OO.00", "1,200.00", "1,000.00", "1,000.00"],
        ["基本支出", "100.00", "100.00", "100.00", "100.00"],
      ],
      total: ["1,300.00", "1,300.00", "1,100.00", "1,100.00"],
    });
    const [finding] = runRule(rule, makeForm({ money }));
    expect(finding.messageId).toBe("unreadable");
    expect(finding.message["zh-CN"]).toBe("「人大机关建设」预算数·总额 填写的「1,2OO.00」不是金额：其中第 4 个字符「O」不是数字");
    expect(finding.message["en-US"]).toBe(
      "「人大机关建设」: 预算数/总额 holds 「1,2OO.00」, which is not an amount: its character 4, 「O」, is not a digit",
    );
  });

  it("treats blank, 无 and dashes as no amount rather than an unreadable one", () => {
    const money = projectMoney({
      total: { amounts: ["10.00", "10.00", "9.00"] },
      lines: [
        { label: "其中：本年财政拨款", amounts: ["10.00", "10.00", "9.00"] },
        { label: "上年结转资金", amounts: ["无", "—", "/"] },
        { label: "其他资金", amounts: [null, "", null] },
      ],
    });
    expect(runRule(rule, makeForm({ kind: "project", money }))).toEqual([]);
  });
});
