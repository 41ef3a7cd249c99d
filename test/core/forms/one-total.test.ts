/**
 * The provincial 一体化 department forms: one total row, its breakdowns written in text, a header line
 * restating the split, a total row with one figure where two are expected (docs/one-total-forms.md).
 */
import { checkGrid, type SheetResult } from "../../../src/core/engine";
import type { Finding } from "../../../src/core/model";
import { planWrites } from "../../../src/core/plan";
import { parseLabelledAmount } from "../../../src/core/parse/labelled-amount";
import { toGridData, withCells, type SheetSpec } from "../../../tools/samples/sheet-spec";
import { oneFigureBlank, oneFigureSpec, oneTotalCorrected, oneTotalRestated, oneTotalSpec } from "../../support/one-total-forms";

function check(spec: SheetSpec): SheetResult {
  const result = checkGrid(toGridData(spec));
  if (!result.form) throw new Error(`${spec.name} was not recognised`);
  return result;
}

const brief = (findings: Finding[]) => findings.map((f) => [f.rule, f.severity, f.cells[0], f.expected, f.actual]);
const amountOf = (text: string) => {
  const { label, amount } = parseLabelledAmount(text, "万元");
  return [label, amount.kind === "amount" ? amount.value.toString() : amount.kind];
};

describe("one total row against 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分", () => {
  const result = check(oneTotalSpec());
  const table = result.form!.money!;

  it("is a department form of its own kind: no task rows, the total row, its rate and score read", () => {
    expect(result.kind).toBe("department");
    expect(table.oneTotal).toBe(true);
    expect(table.parts).toEqual([]);
    expect(table.total?.label).toBe("年度资金总额");
    expect(result.totals).toMatchObject({ budget: "2030.12", spent: "2030.12", executionRate: "100.00%" });
    expect(result.findings.map((f) => f.rule)).not.toContain("total-missing");
  });

  it("checks the stated 执行率 and 得分 of the total row (zh and en)", () => {
    const wrong = check(withCells(oneTotalSpec(), { E4: 1827.11, G4: { value: 1, format: "0%" }, H4: 10 }));
    expect(brief(wrong.findings.filter((f) => f.rule !== "breakdown-mismatch"))).toEqual([
      ["rate-mismatch", "error", "G4", "90%", "100%"],
      ["score-mismatch", "error", "H4", "9", "10"],
    ]);
    const rate = wrong.findings.find((f) => f.rule === "rate-mismatch")!;
    expect(rate.message["zh-CN"]).toBe("「年度资金总额」执行率应为 90%（执行数 ÷ 预算数），表中填写 100%");
    expect(rate.message["en-US"]).toBe("「年度资金总额」: the execution rate should be 90% (spent ÷ budget) but the cell says 100%");
  });

  it("as published, has one finding: the 按支出性质分 lines that do not add up", () => {
    expect(brief(result.findings)).toEqual([["breakdown-mismatch", "error", "E5", "1,925.67", "2,030.12"]]);
  });

  it("corrected, has none", () => {
    expect(check(oneTotalCorrected()).findings).toEqual([]);
  });
});

describe("the two breakdowns of the total, and a header line that states the split a third time", () => {
  it("reads both breakdowns side by side, each line's amount from its own text, a bare label as no amount", () => {
    const breakdowns = check(oneTotalSpec()).form!.money!.breakdowns!;
    const lines = breakdowns.map((b) => [b.basis, b.label, b.stated?.amount.raw, b.lines.map((l) => [l.label, l.cell.address, l.amount.kind === "amount" ? l.amount.value.toString() : l.amount.kind])]);
    expect(lines).toEqual([
      [
        "income",
        "按收入性质分",
        "2030.12",
        [
          ["其中：一般公共预算", "B6", "1444.5"],
          ["政府性基金拨款", "B7", "0"],
          ["纳入专户管理的非税收入拨款", "B8", "blank"],
          ["其他资金", "B9", "585.62"],
        ],
      ],
      ["expense", "按支出性质分", "2030.12", [["其中：基本支出", "E6", "900.47"], ["项目支出", "E7", "1025.2"]]],
    ]);
  });

  it("says the 按支出性质分 lines add up to 1,925.67, not the 2,030.12 written with it (zh and en)", () => {
    const [finding] = check(oneTotalSpec()).findings;
    expect(finding.cells).toEqual(["E5", "E6", "E7"]);
    expect(finding.message["zh-CN"]).toBe("「按支出性质分」各项之和为 1,925.67，与所填 2,030.12 不符");
    expect(finding.message["en-US"]).toBe("The lines of 「按支出性质分」 add up to 1,925.67, not the 2,030.12 written with it");
  });

  it("compares a breakdown with no amount of its own to the total row, and a header line's split to the breakdown (zh and en)", () => {
    const findings = check(oneTotalRestated()).findings;
    expect(brief(findings)).toEqual([
      ["breakdown-mismatch", "error", "A2", "900.47", "880.00"],
      ["breakdown-mismatch", "error", "C2", "1,025.20", "1,150.12"],
      ["breakdown-mismatch", "error", "E5", "2,030.12", "1,925.67"],
      ["amount-unreadable", "error", "B9", null, "约586万"],
    ]);
    expect(findings[0].message["zh-CN"]).toBe("「基本支出总额」填 880.00，而「按支出性质分」中同一项填 900.47，两处不一致");
    expect(findings[0].message["en-US"]).toBe("「基本支出总额」 says 880.00, but 「按支出性质分」 gives the same line as 900.47");
    expect(findings[2].message["zh-CN"]).toBe("「按支出性质分」合计 1,925.67，与「年度资金总额」全年执行数 2,030.12 不符");
    expect(findings[2].message["en-US"]).toBe("「按支出性质分」 comes to 1,925.67, but 「年度资金总额」 states 2,030.12 (全年执行数)");
    expect(findings[3].message["zh-CN"]).toBe("「按收入性质分」中「其他资金」填写的「约586万」不是金额：其中第 1 个字符「约」不是数字");
    expect(findings[3].message["en-US"]).toBe("In 「按收入性质分」, 「其他资金」 gives 「约586万」, which is not an amount: its character 1, 「约」, is not a digit");
  });

  it("accepts a header line whose 基本支出总额 + 项目支出总额 is the total", () => {
    const split = check(oneFigureSpec()).form!.money!.breakdowns!;
    expect(split.map((b) => [b.source, b.lines.map((l) => l.label)])).toEqual([["header", ["基本支出总额", "项目支出总额"]]]);
    const wrong = check(withCells(oneFigureSpec(), { C3: "项目支出总额：1000.00" }));
    expect(brief(wrong.findings.filter((f) => f.rule === "breakdown-mismatch"))).toEqual([["breakdown-mismatch", "error", "A3", "2,030.12", "1,900.47"]]);
  });
});

describe("amounts written inside text", () => {
  it("reads the label and the amount of `label：amount`, a bare amount, and a bare label as no amount", () => {
    expect(amountOf("按收入性质分：2030.12")).toEqual(["按收入性质分", "2030.12"]);
    expect(amountOf("其中：基本支出：900.47")).toEqual(["其中：基本支出", "900.47"]);
    expect(amountOf("其他资金：585.62")).toEqual(["其他资金", "585.62"]);
    expect(amountOf("864.2万")).toEqual(["", "864.2"]);
    expect(amountOf("纳入专户管理的非税收入拨款：")).toEqual(["纳入专户管理的非税收入拨款", "blank"]);
    expect(amountOf("其他资金：约3万")).toEqual(["其他资金", "unreadable"]);
  });

  it("reports none of the breakdown cells as amount-unreadable", () => {
    expect(check(oneTotalSpec()).findings.filter((f) => f.rule === "amount-unreadable")).toEqual([]);
  });

  it("takes an amount in the cell beside its label (`其他资金：` | `864.2万`)", () => {
    const spec = withCells({ ...oneTotalSpec(), merges: oneTotalSpec().merges.filter((m) => m !== "B9:D9") }, { B9: "其他资金：", C9: "585.62万" });
    const income = check(spec).form!.money!.breakdowns![0];
    expect(income.lines.map((l) => (l.amount.kind === "amount" ? l.amount.value.toString() : l.amount.kind))).toEqual(["1444.5", "0", "blank", "585.62"]);
  });
});

describe("the money block ends where its rows end", () => {
  const result = check(oneFigureSpec());

  it("leaves the 年度目标 row, its text merged over the money columns, out of the amounts", () => {
    expect(result.form!.money!.parts).toEqual([]);
    expect(result.findings.map((f) => f.rule)).not.toContain("amount-unreadable");
    expect(result.findings.map((f) => f.rule)).not.toContain("total-missing");
  });

  it("still finds the indicators under it", () => {
    expect(result.indicators?.total).toBe(2);
  });
});

describe("one figure where 预算数(A) | 执行数(B) expect two", () => {
  it("merged over both columns: warns that 执行数(B) is missing and the 100% and 20 cannot be confirmed (zh and en)", () => {
    const result = check(oneFigureSpec());
    expect(brief(result.findings)).toEqual([["rate-unconfirmed", "warning", "B5", null, "2,030.12"]]);
    expect(result.findings[0].cells).toEqual(["B5", "D5", "E5"]);
    expect(result.findings[0].message["zh-CN"]).toBe(
      "「部门整体支出总额」预算数(A)与执行数(B)合并为一格，只填了一个数 2,030.12，缺少执行数(B)：所填执行率 100%、得分 20 无法核对",
    );
    expect(result.findings[0].message["en-US"]).toBe(
      "「部门整体支出总额」: 预算数(A) and 执行数(B) share one merged cell holding a single figure, 2,030.12; 执行数(B) is missing, so the stated execution rate 100% and the score 20 cannot be confirmed",
    );
    expect(result.totals).toMatchObject({ budget: "2030.12", spent: null, executionRate: null });
  });

  it("blank: names the blank 执行数(B) (zh and en)", () => {
    const [finding] = check(oneFigureBlank()).findings;
    expect([finding.rule, finding.severity, finding.cells[0]]).toEqual(["rate-unconfirmed", "warning", "C5"]);
    expect(finding.message["zh-CN"]).toBe("「部门整体支出总额」执行数(B)未填写（预算数(A)为 2,030.12）：所填执行率 100%、得分 20 无法核对");
    expect(finding.message["en-US"]).toBe(
      "「部门整体支出总额」: 执行数(B) is blank (预算数(A) is 2,030.12), so the stated execution rate 100% and the score 20 cannot be confirmed",
    );
  });

  it("is quiet once both figures are there", () => {
    const both = check(withCells({ ...oneFigureSpec(), merges: oneFigureSpec().merges.filter((m) => m !== "B5:C5") }, { C5: 2030.12 }));
    expect(both.findings).toEqual([]);
  });
});

describe("the 校验摘要 of a total row with one figure", () => {
  it("writes no 执行率 formula: the engine has no rate to report, and a formula over the merged cell would show 0%", () => {
    const grid = toGridData(oneFigureSpec());
    const { plan } = planWrites(checkGrid(grid), { summary: true }, grid);
    const formulas = (plan.summary?.rows ?? []).flatMap((r) => r.cells.filter((c) => c.formula !== undefined));
    expect(plan.summary?.rows.length).toBeGreaterThan(0);
    expect(formulas).toEqual([]);
  });
});

describe("--insert-totals on a one-total form", () => {
  it("writes no formula and says why, in the plan the command line and the pane report (zh and en)", () => {
    const grid = toGridData(oneTotalSpec());
    const { plan } = planWrites(checkGrid(grid), { insertTotals: true }, grid);
    expect(plan.totals).toBeUndefined();
    expect(plan.totalsKept).toEqual([
      {
        cells: ["C4", "D4", "E4"],
        reason: "one-total",
        message: {
          "zh-CN": "「年度资金总额」是本表唯一的金额行，下面没有可以求和的明细行（分项写在文字里），已保留表中所填总额，未写入公式",
          "en-US":
            "「年度资金总额」 is the form's only row of amounts and has no rows under it to add up (its breakdowns are written as text), so the stated total is kept and no formula was written",
        },
      },
    ]);
  });
});
