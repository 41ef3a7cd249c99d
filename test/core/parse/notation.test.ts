import Big from "big.js";
import { formatActual, formatQuantity, formatTarget } from "../../../src/core/parse/notation";
import { parseActual } from "../../../src/core/parse/actual";
import { parseTarget } from "../../../src/core/parse/target";
import type { CellValue } from "../../../src/core/grid";

describe("formatTarget", () => {
  it.each([
    [">50 人次", ">50人次"],
    ["10项-20项", "10项-20项"],
    ["10-20项", "10项-20项"],
    ["≥95%", "≥95%"],
    ["不低于95%", "≥95%"],
    ["＜5%", "<5%"],
    ["不超过30万元", "≤30万元"],
    ["=100%", "=100%"],
    ["100%", "100%"],
    ["≥100百分比", "≥100%"],
    ["95.50%", "95.50%"],
    ["效果明显", "效果明显"],
    ["无", ""],
    ["#REF!", "#REF!"],
    [">1,000,000元", ">1,000,000元"],
  ])("%j → %j", (text, shown) => expect(formatTarget(parseTarget(text, null))).toBe(shown));
});

describe("formatActual", () => {
  it.each<[CellValue, string | null, string, string]>([
    [36, null, ">50 人次", "36"],
    ["36", null, ">50 人次", "36"],
    ["95.51%", null, ">90%", "95.51%"],
    [0.9551, "0.00%", ">90%", "95.51%"],
    [0.93, null, "≥95%", "93%"],
    ["12天", null, "≤15天", "12天"],
    ["1,210", null, ">1000人次", "1210"],
    ["已完成", null, "效果明显", "已完成"],
    ["有所提升", null, "效果明显", "有所提升"],
    ["无", null, "100%", "无"],
    ["#N/A", null, "100%", "#N/A"],
  ])("%j (%s) against %j → %j", (value, format, target, shown) => {
    expect(formatActual(parseActual(value, format, parseTarget(target, null)))).toBe(shown);
  });
});

describe("formatQuantity", () => {
  it("uses the value's own decimals unless told", () => {
    expect(formatQuantity(new Big("95.51"), "%")).toBe("95.51%");
    expect(formatQuantity(new Big("145"), "%", 1)).toBe("145.0%");
    expect(formatQuantity(new Big("36"), null)).toBe("36");
    expect(formatQuantity(new Big("12345.6"), "元", 2)).toBe("12,345.60元");
    expect(formatQuantity(new Big("-3"), "次")).toBe("-3次");
  });
});
