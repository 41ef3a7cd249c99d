import Big from "big.js";
import { convertUnit, normaliseUnit } from "../../../src/core/parse/units";

describe("normaliseUnit", () => {
  it.each([
    ["%", "%"],
    ["％", "%"],
    ["百分比", "%"],
    ["percent", "%"],
    ["Percent", "%"],
    ["（%）", "%"],
    ["(人次)", "人次"],
    [" 人次 ", "人次"],
    ["人/次", "人次"],
    ["项", "项"],
    ["項", "项"],
    ["萬元", "万元"],
    ["kg", "公斤"],
    ["千克", "公斤"],
    ["日", "天"],
    ["㎡", "平方米"],
    ["单位：万元", "万元"],
  ])("%j → %j", (text, unit) => expect(normaliseUnit(text)).toBe(unit));

  it("blank → null", () => {
    expect(normaliseUnit("")).toBeNull();
    expect(normaliseUnit("   ")).toBeNull();
  });
});

describe("convertUnit", () => {
  const conv = (v: string, from: string, to: string) => convertUnit(new Big(v), from, to)?.toString() ?? null;
  it.each([
    ["3756", "万元", "元", "37560000"],
    ["37560000", "元", "万元", "3756"],
    ["1.2", "亿元", "万元", "12000"],
    ["1", "千元", "元", "1000"],
    ["2", "吨", "公斤", "2000"],
    ["500", "公斤", "吨", "0.5"],
    ["1", "斤", "克", "500"],
    ["1.2", "万人次", "人次", "12000"],
    ["1.2", "万", "人次", "12000"],
    ["3", "万", "元", "30000"],
    ["2", "小时", "分钟", "120"],
    ["2", "周", "天", "14"],
    ["5", "‰", "%", "0.5"],
    ["1", "公顷", "平方米", "10000"],
    ["5", "人次", "人次", "5"],
    ["5", "％", "百分比", "5"],
  ])("%s %s → %s = %s", (v, from, to, out) => expect(conv(v, from, to)).toBe(out));

  it.each([
    ["人", "人次"],
    ["个", "项"],
    ["元", "吨"],
    ["月", "天"],
    ["万人", "元"],
    ["%", "人"],
    ["", "元"],
  ])("%s and %s do not convert", (from, to) => expect(conv("1", from, to)).toBeNull());
});
