/**
 * Points written in section headings, with or without a 分值 column: group headings that share out
 * more (or less) than their block, and blocks that with 预算执行 do not make 100, are weight-sum errors
 * naming the headings involved. Shown on the Hubei form (no 分值 column) and the Anhui form (分值
 * column), both in tools/samples/variants.ts with their sources.
 */
import { checkGrid, type SheetResult } from "../../../src/core/engine";
import { insertRows, toGridData, withCells, type SheetSpec } from "../../../tools/samples/sheet-spec";
import { projectSpecAnhui, projectSpecHubei, toTraditional } from "../../../tools/samples/variants";

const check = (spec: SheetSpec): SheetResult => checkGrid(toGridData(spec));
const weightSums = (r: SheetResult) => r.findings.filter((f) => f.rule === "weight-sum");

/** Hubei, its 一级 cells given points: 产出指标(60分) + 满意度指标(40分) under 年度绩效目标1(80分). */
const hubeiGroupsPastBlock = (): SheetSpec => withCells(projectSpecHubei(), { A8: "产出指标(60分)", A11: "满意度指标(40分)" });

/** Hubei with a second block: 年度绩效目标1(40分) and 年度绩效目标2(50分) beside 预算执行 20. */
function hubeiTwoBlocks(): SheetSpec {
  const spec = insertRows(projectSpecHubei(), 11);
  return {
    ...withCells(spec, { A6: "年度绩效目标1(40分)", A11: "年度绩效目标2(50分)", F8: 10, F13: 100 }),
    merges: [...spec.merges, "A11:F11"],
  };
}

describe("group headings that do not share out their block's points", () => {
  it("without a 分值 column: names the block and its groups (zh and en)", () => {
    const found = weightSums(check(hubeiGroupsPastBlock()));
    expect(found.map((f) => [f.cells, f.expected, f.actual])).toEqual([[["A6", "A8", "A11"], "80", "100"]]);
    expect(found[0].message["zh-CN"]).toBe("「年度绩效目标1」为 80 分，其下各部分合计 100 分（产出指标 60 + 满意度指标 40）");
    expect(found[0].message["en-US"]).toBe("「年度绩效目标1」 gives 80 points, but the parts under it add up to 100 (产出指标 60 + 满意度指标 40)");
  });

  it("in 繁体 too", () => {
    const found = weightSums(check(toTraditional(hubeiGroupsPastBlock())));
    expect(found.map((f) => [f.cells, f.expected, f.actual])).toEqual([[["A6", "A8", "A11"], "80", "100"]]);
  });

  it("with a 分值 column: the block on the side of the header (绩效指标(80分)) over 产出 50 + 效益 30 + 满意度 10", () => {
    const found = weightSums(check(withCells(projectSpecAnhui(), { A12: "绩效指标(80分)" })));
    const groups = found.find((f) => f.cells.length > 1)!;
    expect([groups.cells, groups.expected, groups.actual]).toEqual([["A12", "B13", "B20", "B25"], "80", "90"]);
    expect(groups.message["zh-CN"]).toContain("产出指标 50 + 效益指标 30 + 满意度指标 10");
  });

  it("says nothing when the groups make their block", () => {
    expect(weightSums(check(withCells(projectSpecHubei(), { A8: "产出指标(40分)", A11: "满意度指标(40分)" })))).toEqual([]);
  });
});

describe("blocks and 预算执行 that do not make 100", () => {
  it("names each block with its points (zh and en)", () => {
    const found = weightSums(check(hubeiTwoBlocks()));
    expect(found.map((f) => [f.expected, f.actual])).toEqual([["100", "110"]]);
    expect(found[0].message["zh-CN"]).toBe("「总分」分值合计为 110（预算执行 20 + 年度绩效目标1 40 + 年度绩效目标2 50），应为 100");
    expect(found[0].message["en-US"]).toBe("「总分」: the weights add up to 110 (budget execution 20 + 年度绩效目标1 40 + 年度绩效目标2 50), not 100");
  });

  it("with a 分值 column, names the headings the weights sit under (zh and en)", () => {
    const found = weightSums(check(withCells(projectSpecAnhui(), { F6: 20 })));
    expect(found.map((f) => [f.expected, f.actual])).toEqual([["100", "110"]]);
    expect(found[0].message["zh-CN"]).toBe("「总分」分值合计为 110（预算执行 20 + 产出指标 50 + 效益指标 30 + 满意度指标 10），应为 100");
    expect(found[0].message["en-US"]).toBe(
      "「总分」: the weights add up to 110 (budget execution 20 + 产出指标 50 + 效益指标 30 + 满意度指标 10), not 100",
    );
  });
});

test("a 分值 at the edge of a float under a heading is summed exactly and named, not thrown on", () => {
  // Found by the engine property: the heading's sum was turned into a float and read back by big.js.
  const spec = withCells(projectSpecAnhui(), { G14: -1.7976931348623151e308 });
  const result = checkGrid(toGridData(spec));
  const total = result.findings.find((f) => f.rule === "weight-sum" && f.messageId === "total");
  expect(total?.message["zh-CN"]).toMatch(/产出指标 -17976931348623\d+ \+ 效益指标 30/);
});
