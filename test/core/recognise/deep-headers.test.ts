/**
 * Headers of two and three rows: a group header merged over its sub-columns (`年度指标值` over
 * `指标性质 | 指标值 | 度量单位`, as Yunnan's 项目支出 template and the Sichuan form laid out in two rows
 * write it), the other headers merged down beside it, in 简 and 繁. Each column is read by its
 * sub-header, so the targets read whole and the score rules speak.
 */
import { checkGrid, type SheetResult } from "../../../src/core/engine";
import { insertRows, toGridData, withCells, type SheetSpec } from "../../../tools/samples/sheet-spec";
import { projectSpecSichuan, toTraditional } from "../../../tools/samples/variants";
import { mustRecognise } from "../../support/recognise-spec";

/**
 * The Sichuan form (tools/samples/variants.ts, with its source) with its indicator header in two rows,
 * 年度指标值 merged over 指标性质 | 指标值 | 度量单位, the 完成值 filled in and 得分 written as a unit
 * would: 55 of 60 for a fully met indicator.
 */
function twoRowHeader(): SheetSpec {
  const spec = insertRows(projectSpecSichuan(), 14);
  const down = ["B", "C", "D", "H", "I", "J", "K"].map((c) => `${c}13:${c}14`);
  return {
    ...withCells(spec, {
      E13: "年度指标值",
      F13: null,
      G13: null,
      E14: "指标性质",
      F14: "指标值",
      G14: "度量单位",
      H8: 10,
      H15: 100,
      J15: 55,
      H16: 100,
      J16: 30,
      J17: 95,
    }),
    merges: [...spec.merges, "E13:G13", ...down],
  };
}

/** The same header in three rows: 年度指标值 merged over two rows, its sub-headers in the third. */
function threeRowHeader(): SheetSpec {
  // Inserted between the group and its sub-headers, the row widens the side headers' merges; the group grows over it.
  const spec = insertRows(twoRowHeader(), 14);
  return { ...spec, merges: spec.merges.map((m) => (m === "E13:G13" ? "E13:G14" : m)) };
}

function check(spec: SheetSpec): SheetResult {
  const result = checkGrid(toGridData(spec));
  if (!result.form) throw new Error("not recognised");
  return result;
}

const brief = (r: SheetResult) => r.findings.map((f) => [f.rule, f.cells[0], f.expected, f.actual]);

describe("an indicator header in two rows under a group header", () => {
  it("reads 指标性质, 指标值 and 度量单位 as the target's three parts", () => {
    const form = mustRecognise(twoRowHeader());
    const table = form.indicators!;
    expect(table.columns).toMatchObject({ nature: 4, target: 5, unit: 6, actual: 7, weight: 8, score: 9 });
    expect(table.rows.map((r) => [r.name, r.target.kind, r.target.raw])).toEqual([
      ["发放(缴纳)覆盖率", "quantity", "100"],
      ["足额保障率(参保率)", "quantity", "100"],
    ]);
    expect(table.rows[0].target).toMatchObject({ op: "eq", explicitOp: true, unit: "%" });
  });

  it("finds the score a fully met indicator lost, and nothing unreadable (zh and en)", () => {
    const result = check(twoRowHeader());
    expect(brief(result)).toEqual([["score-mismatch", "J15", "60", "55"]]);
    expect(result.findings[0].message["zh-CN"]).toContain("发放(缴纳)覆盖率");
    expect(result.findings[0].message["en-US"]).toContain("发放(缴纳)覆盖率");
    expect(result.indicators).toMatchObject({ total: 2, met: 2, manual: 0 });
  });

  it("reads the same in 繁体", () => {
    const result = check(toTraditional(twoRowHeader()));
    expect(brief(result)).toEqual([["score-mismatch", "J15", "60", "55"]]);
    expect(result.findings[0].message["en-US"]).toMatch(/55/);
  });
});

describe("an indicator header in three rows", () => {
  it("reads the sub-headers under a group merged over two rows", () => {
    const form = mustRecognise(threeRowHeader());
    expect(form.indicators!.columns).toMatchObject({ nature: 4, target: 5, unit: 6, actual: 7 });
    expect(form.indicators!.rows.map((r) => r.row)).toEqual([15, 16]);
    expect(brief(check(threeRowHeader()))).toEqual([["score-mismatch", "J16", "60", "55"]]);
  });
});

/**
 * The Sichuan form's money header in two rows: 预算数 merged over 年初预算 | 调整后预算数, the other
 * headers merged down beside it.
 */
function moneyTwoRows(): SheetSpec {
  const spec = insertRows(projectSpecSichuan(), 8);
  const down = ["B", "E", "F", "G", "H"].map((c) => `${c}7:${c}8`);
  return {
    ...withCells(spec, { C7: "预算数", D7: null, C8: "年初预算", D8: "调整后预算数", H9: 10 }),
    merges: [...spec.merges.filter((m) => m !== "I7:K7"), "C7:D7", "I7:K8", ...down],
  };
}

describe("a money header in two rows under a group header", () => {
  it.each([
    ["简体", moneyTwoRows()],
    ["繁体", toTraditional(moneyTwoRows())],
  ])("reads 年初预算 and 调整后预算数 as two columns, the adjusted one the budget (%s)", (_script, spec) => {
    const form = mustRecognise(spec);
    expect(form.money!.columns.map((c) => [c.col, c.measure])).toEqual([
      [2, "budgetInitial"],
      [3, "budget"],
      [4, "spent"],
    ]);
    expect(form.money!.total!.row).toBe(8);
    const result = check(spec);
    expect(result.totals).toMatchObject({ budget: "251.89", spent: "251.89", executionRate: "100.00%" });
    expect(result.findings.filter((f) => /^[A-K]9$/.test(f.cells[0]))).toEqual([]);
  });
});
