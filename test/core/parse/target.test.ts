import { parseTarget } from "../../../src/core/parse/target";
import type { Target } from "../../../src/core/model";
import type { CellValue } from "../../../src/core/grid";

/** A target as plain data, easy to compare. */
function plain(t: Target): Record<string, unknown> {
  switch (t.kind) {
    case "quantity":
      return { op: t.op, explicit: t.explicitOp, value: t.value.toString(), unit: t.unit, decimals: t.decimals };
    case "range":
      return { low: t.low.toString(), high: t.high.toString(), unit: t.unit, decimals: t.decimals };
    case "qualitative":
      return { text: t.text };
    default:
      return { kind: t.kind };
  }
}

const q = (op: string, explicit: boolean, value: string, unit: string | null, decimals = 0) => ({
  op,
  explicit,
  value,
  unit,
  decimals,
});

describe("parseTarget: operators", () => {
  it.each([
    [">50 人次", q("gt", true, "50", "人次")],
    ["＞50人次", q("gt", true, "50", "人次")],
    ["大于50人次", q("gt", true, "50", "人次")],
    ["超过50人次", q("gt", true, "50", "人次")],
    ["高于90%", q("gt", true, "90", "%")],
    ["多于3次", q("gt", true, "3", "次")],
    ["≥95%", q("ge", true, "95", "%")],
    [">=95%", q("ge", true, "95", "%")],
    ["≧95%", q("ge", true, "95", "%")],
    ["＞＝95%", q("ge", true, "95", "%")],
    ["不低于90%", q("ge", true, "90", "%")],
    ["不少于10项", q("ge", true, "10", "项")],
    ["至少10项", q("ge", true, "10", "项")],
    ["达到100%", q("ge", true, "100", "%")],
    ["大于等于90%", q("ge", true, "90", "%")],
    ["100人以上", q("ge", true, "100", "人")],
    ["100人及以上", q("ge", true, "100", "人")],
    ["≥90%以上", q("ge", true, "90", "%")],
    ["<5%", q("lt", true, "5", "%")],
    ["＜5%", q("lt", true, "5", "%")],
    ["小于5%", q("lt", true, "5", "%")],
    ["低于5%", q("lt", true, "5", "%")],
    ["≤90万元", q("le", true, "90", "万元")],
    ["<=90万元", q("le", true, "90", "万元")],
    ["≦3%", q("le", true, "3", "%")],
    ["不高于3%", q("le", true, "3", "%")],
    ["不超过30万元", q("le", true, "30", "万元")],
    ["不多于2次", q("le", true, "2", "次")],
    ["5%以内", q("le", true, "5", "%")],
    ["5%以下", q("le", true, "5", "%")],
    ["控制在5%以内", q("le", true, "5", "%")],
    ["控制在5%", q("le", true, "5", "%")],
    ["=100%", q("eq", true, "100", "%")],
    ["＝100%", q("eq", true, "100", "%")],
    ["﹦100%", q("eq", true, "100", "%")],
    ["≥ 100 %", q("ge", true, "100", "%")],
    ["≥100（含）", q("ge", true, "100", null)],
  ])("%j", (text, expected) => expect(plain(parseTarget(text, null))).toEqual(expected));
});

describe("parseTarget: no operator means at least, not written", () => {
  it.each([
    ["100%", q("ge", false, "100", "%")],
    ["26次", q("ge", false, "26", "次")],
    ["2200篇", q("ge", false, "2200", "篇")],
    ["0", q("ge", false, "0", null)],
    ["0起", q("ge", false, "0", "起")],
    ["90万元", q("ge", false, "90", "万元")],
    ["12天", q("ge", false, "12", "天")],
    ["95.5%", q("ge", false, "95.5", "%", 1)],
    ["1,000人次", q("ge", false, "1000", "人次")],
    ["1.2万人次", q("ge", false, "1.2", "万人次", 1)],
    ["５０个", q("ge", false, "50", "个")],
  ])("%j", (text, expected) => expect(plain(parseTarget(text, null))).toEqual(expected));
});

describe("parseTarget: units", () => {
  it.each([
    ["≥100百分比", q("ge", true, "100", "%")],
    ["≥50个", q("ge", true, "50", "个")],
    ["10 项", q("ge", false, "10", "项")],
    ["≥5场", q("ge", true, "5", "场")],
    ["≥3篇", q("ge", true, "3", "篇")],
    ["≥1份", q("ge", true, "1", "份")],
    ["≤12月", q("le", true, "12", "月")],
    ["1年", q("ge", false, "1", "年")],
    ["≥10件", q("ge", true, "10", "件")],
    ["≤1.2亿元", q("le", true, "1.2", "亿元", 1)],
    ["≥500吨", q("ge", true, "500", "吨")],
    ["≥90％", q("ge", true, "90", "%")],
  ])("%j", (text, expected) => expect(plain(parseTarget(text, null))).toEqual(expected));
});

describe("parseTarget: ranges", () => {
  const r = (low: string, high: string, unit: string | null, decimals = 0) => ({ low, high, unit, decimals });
  it.each([
    ["10项-20项", r("10", "20", "项")],
    ["10-20项", r("10", "20", "项")],
    ["10~20", r("10", "20", null)],
    ["10～20", r("10", "20", null)],
    ["10至20", r("10", "20", null)],
    ["10到20个", r("10", "20", "个")],
    ["10—20项", r("10", "20", "项")],
    ["90%-100%", r("90", "100", "%")],
    ["90-100%", r("90", "100", "%")],
    ["1.5-2.5万元", r("1.5", "2.5", "万元", 1)],
    ["20-10项", r("10", "20", "项")],
    ["-5~5%", r("-5", "5", "%")],
    ["10-20项之间", r("10", "20", "项")],
    ["1万-2万人次", r("1", "2", "万人次")],
  ])("%j", (text, expected) => expect(plain(parseTarget(text, null))).toEqual(expected));

  it("a leading minus is a negative number, not a range", () => {
    expect(plain(parseTarget("-5", null))).toEqual(q("ge", false, "-5", null));
    expect(plain(parseTarget("-5%", null))).toEqual(q("ge", false, "-5", "%"));
    expect(plain(parseTarget("≥-5%", null))).toEqual(q("ge", true, "-5", "%"));
  });
});

describe("parseTarget: qualitative, blank, unreadable", () => {
  it.each(["效果明显", "明显提升", "高", "好", "严格执行相关制度规定", "在项目计划完成时间内完成", "符合相关规定",
    "12月底前完成", "2021年12月31日前", "到0次", "第O份", "达到预期", "达标"])("%j is qualitative", (text) => {
    expect(plain(parseTarget(text, null))).toEqual({ text });
  });

  it("reads a calendar year as a deadline a person compares, not a quantity of years (鄂州 2019 完成时限 2019年)", () => {
    expect(plain(parseTarget("2019年", null))).toEqual({ text: "2019年" });
    expect(plain(parseTarget(2023, null, { unit: "年" }))).toEqual({ text: "2023" });
    // Durations stay quantities, and a year with its own operator is compared as written.
    expect(plain(parseTarget("3年", null))).toEqual(q("ge", false, "3", "年"));
    expect(plain(parseTarget("≤2019年", null))).toEqual(q("le", true, "2019", "年"));
  });

  it("keeps the qualitative text as written (trimmed)", () => {
    expect(parseTarget(" 效果 明显 ", null)).toMatchObject({ kind: "qualitative", text: "效果 明显" });
  });

  it.each<CellValue>([null, "", "  ", "无", "/", "—", "-", "——"])("%j is blank", (v) => {
    expect(parseTarget(v, null).kind).toBe("blank");
  });

  it.each<CellValue>(["#REF!", "#N/A", ">5以下", "≥abc", ">", "100%完成", "50人左右", "≥≥5", true, NaN])(
    "%j is unreadable",
    (v) => expect(parseTarget(v, null).kind).toBe("unreadable"),
  );

  it("keeps raw", () => expect(parseTarget(">50 人次", null).raw).toBe(">50 人次"));
});

describe("parseTarget: number cells", () => {
  it("a number in a percent cell is percentage points", () => {
    expect(plain(parseTarget(0.9, "0%"))).toEqual(q("ge", false, "90", "%"));
    expect(plain(parseTarget(0.955, "0.0%"))).toEqual(q("ge", false, "95.5", "%", 1));
  });
  it("a plain number takes decimals from its format", () => {
    expect(plain(parseTarget(100, "0.00"))).toEqual(q("ge", false, "100", null, 2));
    expect(plain(parseTarget(26, null))).toEqual(q("ge", false, "26", null));
  });
  it("a date cell is a deadline for a person to judge", () => {
    expect(parseTarget(44561, "yyyy-mm-dd")).toMatchObject({ kind: "qualitative", text: "2021-12-31" });
  });
});

describe("parseTarget: split 指标性质 / 度量单位 columns (Sichuan)", () => {
  it.each<[CellValue, CellValue, CellValue, ReturnType<typeof q>]>([
    [100, "=", "%", q("eq", true, "100", "%")],
    [100, "＝", "％", q("eq", true, "100", "%")],
    ["100", "≥", "%", q("ge", true, "100", "%")],
    [3, "≤", "%", q("le", true, "3", "%")],
    [50, "大于", "人次", q("gt", true, "50", "人次")],
    [90, "正向", "%", q("ge", true, "90", "%")],
    [90, "正向指标", "%", q("ge", true, "90", "%")],
    [3, "反向", "%", q("le", true, "3", "%")],
    [90, "定量", "%", q("ge", false, "90", "%")],
    [90, "定量指标", "百分比", q("ge", false, "90", "%")],
    [90, null, "%", q("ge", false, "90", "%")],
    [90, "", "", q("ge", false, "90", null)],
    ["≥90%", "≤", null, q("ge", true, "90", "%")],
    ["90", "≥", "人", q("ge", true, "90", "人")],
  ])("%j with %j and %j", (value, operator, unit, expected) => {
    expect(plain(parseTarget(value, null, { operator, unit }))).toEqual(expected);
  });

  it("定性 with a text target stays qualitative", () => {
    expect(parseTarget("高", null, { operator: "定性指标" })).toMatchObject({ kind: "qualitative", text: "高" });
  });

  it("a range takes the split unit", () => {
    expect(plain(parseTarget("10-20", null, { unit: "项" }))).toEqual({ low: "10", high: "20", unit: "项", decimals: 0 });
  });
});

describe("parseTarget: trailing notes", () => {
  it("reads the value before a bracketed note", () => {
    expect(plain(parseTarget("≥95%（按合同约定）", null))).toEqual(q("ge", true, "95", "%"));
    expect(plain(parseTarget("10项-20项【含修订】", null))).toEqual({ low: "10", high: "20", unit: "项", decimals: 0 });
    expect(plain(parseTarget("≥100(含)", null))).toEqual(q("ge", true, "100", null));
  });
  it("a negative in accounting brackets is still a number", () => {
    expect(plain(parseTarget("(5)", null))).toEqual(q("ge", false, "-5", null));
  });
  it("ignores a full stop at the end", () => {
    expect(plain(parseTarget("≥95%。", null))).toEqual(q("ge", true, "95", "%"));
  });
});
