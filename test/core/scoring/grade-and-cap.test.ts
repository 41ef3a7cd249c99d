import Big from "big.js";
import { executionCap, gradeOf, readStatedGrade } from "../../../src/core/scoring";

describe("grades", () => {
  it.each([
    ["100", "优"],
    ["90", "优"],
    ["89.99", "良"],
    ["89.995", "优"],
    ["80", "良"],
    ["79.99", "中"],
    ["60", "中"],
    ["59.99", "差"],
    ["0", "差"],
  ])("总分 %s → %s", (total, grade) => expect(gradeOf(new Big(total))).toBe(grade));

  it("reads the grade a form writes, 繁体 and variants included", () => {
    expect(["优", "优秀", "優", "A", "优等"].map(readStatedGrade)).toEqual(["优", "优", "优", "优", "优"]);
    expect(["良", "良好", "B级"].map(readStatedGrade)).toEqual(["良", "良", "良"]);
    expect(["中", "合格", "一般"].map(readStatedGrade)).toEqual(["中", "中", "中"]);
    expect(["差", "不合格", "较差"].map(readStatedGrade)).toEqual(["差", "差", "差"]);
    expect(["很好", "", "90"].map(readStatedGrade)).toEqual([null, null, null]);
  });
});

describe("the 执行率 cap (regional extra)", () => {
  it.each([
    ["0.80", null],
    ["0.7999", 89],
    ["0.70", 89],
    ["0.6999", 79],
    ["0.60", 79],
    ["0.55", 69],
    ["0.50", 69],
    ["0.4999", 59],
    ["0", 59],
  ])("执行率 %s → cap %s", (rate, limit) => expect(executionCap(new Big(rate))?.limit ?? null).toBe(limit));
});
