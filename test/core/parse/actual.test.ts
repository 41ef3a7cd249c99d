import { parseActual } from "../../../src/core/parse/actual";
import { parseTarget } from "../../../src/core/parse/target";
import type { Actual } from "../../../src/core/model";
import type { CellValue } from "../../../src/core/grid";

function plain(a: Actual): Record<string, unknown> {
  switch (a.kind) {
    case "number":
      return { value: a.value.toString(), unit: a.unit, decimals: a.decimals };
    case "grade":
      return { grade: a.grade };
    case "text":
      return { text: a.text };
    default:
      return { kind: a.kind };
  }
}

const n = (value: string, unit: string | null, decimals = 0) => ({ value, unit, decimals });
const actual = (value: CellValue, format: string | null, target: string, split?: { unit?: CellValue }) =>
  plain(parseActual(value, format, parseTarget(target, null), split));

describe("parseActual: numbers", () => {
  it.each<[CellValue, string | null, string, ReturnType<typeof n>]>([
    ["95.51%", null, ">90%", n("95.51", "%", 2)],
    [0.9551, "0.00%", ">90%", n("95.51", "%", 2)],
    [1, "0%", "100%", n("100", "%", 0)],
    ["33", null, "10项-20项", n("33", "项")],
    [33, null, "10项-20项", n("33", "项")],
    ["1,210", null, ">1000人次", n("1210", "人次")],
    [1210, "#,##0", ">1000人次", n("1210", "人次")],
    ["12天", null, "≤15天", n("12", "天")],
    ["1111", null, ">900 人", n("1111", "人")],
    ["９５％", null, "≥90%", n("95", "%")],
    ["95 %", null, "≥90%", n("95", "%")],
    ["100百分比", null, "≥90%", n("100", "%")],
    ["3756万元", null, "≤4000万元", n("3756", "万元")],
    ["36", null, ">50 人次", n("36", "人次")],
    [36, null, "效果明显", n("36", null)],
    ["达到95%", null, "≥90%", n("95", "%")],
  ])("%j (%s) against %j", (value, format, target, expected) => {
    expect(actual(value, format, target)).toEqual(expected);
  });
});

describe("parseActual: bare numbers against a percent target", () => {
  it("≤ 1 is a fraction when the target is above 1%", () => {
    expect(actual(0.93, null, "≥95%")).toEqual(n("93", "%"));
    expect(actual("0.93", null, "≥95%")).toEqual(n("93", "%"));
    expect(actual(0.9551, null, ">90%")).toEqual(n("95.51", "%", 2));
    expect(actual(1, null, "100%")).toEqual(n("100", "%"));
    expect(actual(0, null, "3%")).toEqual(n("0", "%"));
    expect(actual(0.5, null, "90%-100%")).toEqual(n("50", "%"));
  });
  it("> 1 is percentage points", () => {
    expect(actual(95, null, "≥95%")).toEqual(n("95", "%"));
    expect(actual("95", null, "≥95%")).toEqual(n("95", "%"));
    expect(actual(1.5, null, "≥95%")).toEqual(n("1.5", "%", 1));
  });
  it("against a target of 1% or less a bare number is points", () => {
    expect(actual(0.5, null, "≤1%")).toEqual(n("0.5", "%", 1));
    expect(actual(0.5, null, "≤0.8%")).toEqual(n("0.5", "%", 1));
  });
  it("a number that says % is never rescaled", () => {
    expect(actual("0.5%", null, "≥95%")).toEqual(n("0.5", "%", 1));
  });
  it("takes the 度量单位 column's unit", () => {
    expect(plain(parseActual(0.98, null, parseTarget(100, null, { operator: "=", unit: "%" }), { unit: "%" }))).toEqual(
      n("98", "%"),
    );
    expect(plain(parseActual(12, null, parseTarget(10, null), { unit: "人次" }))).toEqual(n("12", "人次"));
  });
});

describe("parseActual: grades", () => {
  it.each([
    ["达成预期指标", "met"],
    ["达成年度指标", "met"],
    ["达成", "met"],
    ["完成", "met"],
    ["已完成", "met"],
    ["全部完成", "met"],
    ["按时完成", "met"],
    ["达标", "met"],
    ["是", "met"],
    ["高", "met"],
    ["好", "met"],
    ["优", "met"],
    ["优秀", "met"],
    ["部分达成", "partial"],
    ["部分达成预期指标", "partial"],
    ["基本完成", "partial"],
    ["基本达成", "partial"],
    ["较好", "partial"],
    ["较高", "partial"],
    ["良", "partial"],
    ["良好", "partial"],
    ["一般", "partial"],
    ["未达成", "unmet"],
    ["未达成预期指标", "unmet"],
    ["未完成", "unmet"],
    ["未按时完成", "unmet"],
    ["否", "unmet"],
    ["差", "unmet"],
    ["较差", "unmet"],
    ["低", "unmet"],
    [" 已完成。", "met"],
    ["達成預期指標", "met"],
  ])("%j → %s", (text, grade) => expect(actual(text, null, "效果明显")).toEqual({ grade }));

  it("booleans are yes/no", () => {
    expect(actual(true, null, "是")).toEqual({ grade: "met" });
    expect(actual(false, null, "是")).toEqual({ grade: "unmet" });
  });

  it.each(["效果明显", "完成率较低", "部分地区完成", "较好地完成了任务目标以外的工作", "12月15日完成"])(
    "%j is free text",
    (text) => expect(actual(text, null, "效果明显")).toEqual({ text }),
  );
});

describe("parseActual: blank and unreadable", () => {
  it.each<CellValue>([null, "", "无", "/", "—", "-", "——"])("%j is blank", (v) =>
    expect(actual(v, null, "100%")).toEqual({ kind: "blank" }),
  );
  it.each<CellValue>(["#REF!", "#N/A", "#DIV/0!", NaN])("%j is unreadable", (v) =>
    expect(actual(v, null, "100%")).toEqual({ kind: "unreadable" }),
  );
  it("a date cell is shown as a date, for a person", () => {
    expect(actual(44545, "yyyy/m/d", "12月底前完成")).toEqual({ text: "2021-12-15" });
  });
});

describe("parseActual: trailing notes", () => {
  it.each<[string, string, Record<string, unknown>]>([
    ["36（受疫情影响）", ">50 人次", n("36", "人次")],
    ["95.51%(按执行数计算)", ">90%", n("95.51", "%", 2)],
    ["已完成【详见附件】", "效果明显", { grade: "met" }],
    ["有所提升(见报告)", "效果明显", { text: "有所提升(见报告)" }],
  ])("%j against %j", (value, target, expected) => expect(actual(value, null, target)).toEqual(expected));
});
