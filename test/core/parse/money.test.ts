import Big from "big.js";
import { formatMoney, parseMoney } from "../../../src/core/parse/money";
import type { MoneyUnit } from "../../../src/core/model";
import type { CellValue } from "../../../src/core/grid";

const amount = (value: CellValue, format: string | null, unit: MoneyUnit) => {
  const m = parseMoney(value, format, unit);
  return m.kind === "amount" ? { value: m.value.toString(), decimals: m.decimals } : m.kind;
};

describe("parseMoney", () => {
  it.each<[CellValue, string | null, MoneyUnit, string, number]>([
    ["37,560,000.00", null, "元", "37560000", 2],
    [37560000, "#,##0.00", "元", "37560000", 2],
    [37560000, "General", "元", "37560000", 0],
    [35791380.3, null, "元", "35791380.3", 1],
    ["3756万元", null, "元", "37560000", 0],
    ["3756万元", null, "万元", "3756", 0],
    ["3756.5 万元", null, "元", "37565000", 0],
    ["3756万", null, "元", "37560000", 0],
    ["1.2亿元", null, "元", "120000000", 0],
    ["1.2亿元", null, "万元", "12000", 0],
    ["1,000元", null, "万元", "0.1", 4],
    ["1,000元", null, "元", "1000", 0],
    ["(1,000.00)", null, "元", "-1000", 2],
    ["３７，５６０．００", null, "元", "37560", 2],
    ["-5", null, "元", "-5", 0],
    ["¥1,000", null, "元", "1000", 0],
    ["￥1,000.50", null, "元", "1000.5", 2],
    ["-¥5", null, "元", "-5", 0],
    ["89.974", null, "万元", "89.974", 3],
    [0.1 + 0.2, "General", "万元", "0.3", 1],
    [0, "#,##0.00", "元", "0", 2],
  ])("%j (%s, %s) → %s", (value, format, unit, expected, decimals) => {
    expect(amount(value, format, unit)).toEqual({ value: expected, decimals });
  });

  it.each<CellValue>(["约3万", "#REF!", "#N/A", "待定", "95%", "3万左右", "1,2100", true, NaN, Infinity, "12-15"])(
    "%j is unreadable",
    (value) => expect(amount(value, null, "元")).toBe("unreadable"),
  );

  it.each<CellValue>([null, "", "  ", "无", "--", "—", "/", "——", "－"])("%j is blank", (value) =>
    expect(amount(value, null, "元")).toBe("blank"),
  );

  it("does not read a date as an amount", () => {
    expect(amount(44561, "yyyy-mm-dd", "元")).toBe("unreadable");
  });

  it("keeps the raw text", () => {
    expect(parseMoney(" 3756万元 ", null, "元").raw).toBe(" 3756万元 ");
    expect(parseMoney(12.5, null, "元").raw).toBe("12.5");
  });
});

describe("formatMoney", () => {
  it.each<[string, number, boolean, string]>([
    ["146963013.91", 2, true, "146,963,013.91"],
    ["140363937.12", 2, true, "140,363,937.12"],
    ["1000", 2, true, "1,000.00"],
    ["999", 0, true, "999"],
    ["-1234567.5", 2, true, "-1,234,567.50"],
    ["-1234567.5", 2, false, "-1234567.50"],
    ["0.005", 2, true, "0.01"],
    ["-0.001", 2, true, "0.00"],
    ["89.974", 3, true, "89.974"],
    ["12.345", 0, true, "12"],
  ])("%s to %i decimals (grouping %s) → %s", (v, d, grouping, text) => {
    expect(formatMoney(new Big(v), d, { grouping })).toBe(text);
  });
});
