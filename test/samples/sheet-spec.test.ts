import { Grid } from "../../src/core/grid";
import {
  cellAt,
  cellValue,
  deleteRows,
  insertColumns,
  shiftSpec,
  toGridData,
  withCells,
  type SheetSpec,
} from "../../tools/samples/sheet-spec";
import { SEED_INDICATORS, seedSpec } from "../../tools/samples/seed-shenzhen-2021";
import {
  numericAmounts,
  numericActuals,
  projectSpecAnhui,
  projectSpecHubei,
  projectSpecHunan,
  projectSpecSichuan,
  toTraditional,
  wanYuan,
  withoutTotalsRow,
} from "../../tools/samples/variants";

const tiny: SheetSpec = {
  name: "t",
  rows: [
    ["a", null, { value: 0.5, format: "0%" }],
    [null, 2, { value: 3, formula: "=B2+1" }],
  ],
  merges: ["A1:B1"],
  formats: { "B2": "0.00" },
  columnWidths: [10, 11, 12],
};

describe("toGridData", () => {
  it("places rows at the origin with merges, formats and formulas", () => {
    const g = toGridData({ ...tiny, origin: "B3" });
    expect(g.origin).toEqual({ row: 2, col: 1 });
    expect(g.values).toEqual([["a", null, 0.5], [null, 2, 3]]);
    expect(g.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    // formats are absolute: B2 lies outside a grid starting at B3
    expect(g.formats).toEqual([[null, null, "0%"], [null, null, null]]);
    expect(g.formulas?.[1][2]).toBe("=B2+1");
  });
});

describe("spec helpers", () => {
  it("shiftSpec moves cells, merges, formats and widths together", () => {
    const s = shiftSpec(tiny, 4, 2);
    expect(s.origin).toBe("C5");
    expect(s.merges).toEqual(["C5:D5"]);
    expect(s.formats).toEqual({ D6: "0.00" });
    expect(s.columnWidths).toEqual([8.43, 8.43, 10, 11, 12]);
    expect(cellValue(cellAt(s, "D6"))).toBe(2);
  });

  it("withCells grows the used range up and left", () => {
    const s = withCells(shiftSpec(tiny, 2, 2), { A1: "note", F2: "x" });
    expect(s.origin).toBe("A1");
    expect(cellValue(cellAt(s, "A1"))).toBe("note");
    expect(cellValue(cellAt(s, "C3"))).toBe("a");
    expect(cellValue(cellAt(s, "F2"))).toBe("x");
    const g = new Grid(toGridData(s));
    expect(g.value(2, 3)).toBe("a"); // D3 is inside the merge C3:D3
  });

  it("deleteRows shrinks merges spanning the deleted row and moves the rest up", () => {
    const s: SheetSpec = { name: "t", rows: [["x"], ["y"], ["z"], ["w"]], merges: ["A1:A3", "A3:A4"] };
    const d = deleteRows(s, 2);
    expect(d.rows.map((r) => r[0])).toEqual(["x", "z", "w"]);
    expect(d.merges).toEqual(["A1:A2", "A2:A3"]);
  });

  it("insertColumns widens merges across the gap", () => {
    const s = insertColumns(tiny, "B");
    expect(s.merges).toEqual(["A1:C1"]);
    expect(cellValue(cellAt(s, "D1"))).toBe(0.5);
  });
});

describe("seedSpec", () => {
  const grid = new Grid(toGridData(seedSpec));
  const at = (addr: string): unknown => cellValue(cellAt(seedSpec, addr));

  it("is laid out as the printed form", () => {
    expect(grid.rowCount).toBe(29);
    expect(grid.colCount).toBe(8);
    expect(at("A1")).toBe("部门（单位）整体支出绩效目标完成情况自评表");
    expect(at("B2")).toBe("深圳市人民代表大会常务委员会办公厅");
    expect(at("G2")).toBe("2021");
    expect(at("E3")).toBe("预算数（元）");
    expect(at("H4")).toBe("其中：财政拨款");
    expect(at("B5")).toBe("人大机关建设");
    expect(at("B9")).toBe("人大代表工作");
    expect(at("E5")).toBe("37,560,000.00");
    expect(at("B10")).toBe("金额合计");
    expect(at("H10")).toBe("140,363,937.12");
    expect(at("D25")).toBe("邀请代表列席常委会会议人数");
    expect(at("G25")).toBe("36");
    expect(at("G29")).toBe("100%");
  });

  it("reads merged cells as their top-left", () => {
    expect(grid.value(9, 0)).toBe("年度主要任务完成情况"); // A10
    expect(grid.value(23, 1)).toBe("产出"); // B24
    expect(grid.value(25, 2)).toBe("社会效益"); // C26
    expect(grid.value(24, 7)).toBe("36"); // H25 → G25
    expect(grid.value(2, 5)).toBe("预算数（元）"); // F3
  });

  it("holds the 16 indicators in seed order", () => {
    expect(SEED_INDICATORS).toHaveLength(16);
    SEED_INDICATORS.forEach(([l1, l2, name, target, actual], i) => {
      const r = 13 + i;
      expect([grid.value(r, 1), grid.value(r, 2), grid.value(r, 3), grid.value(r, 4), grid.value(r, 6)]).toEqual([
        l1,
        l2,
        name,
        target,
        actual,
      ]);
    });
  });
});

describe("variants", () => {
  it("numericAmounts turns text amounts into formatted numbers", () => {
    const s = numericAmounts(seedSpec);
    expect(cellAt(s, "E6")).toEqual({ value: 80218013.91, format: "#,##0.00" });
    expect(cellAt(s, "G14")).toBe("33");
  });

  it("wanYuan divides exactly and renames the headers", () => {
    const s = wanYuan(seedSpec);
    expect(cellAt(s, "E3")).toBe("预算数（万元）");
    expect(cellAt(s, "G3")).toBe("执行数（万元）");
    expect(cellAt(s, "E6")).toBe("8,021.8014");
    expect(cellAt(s, "E10")).toBe("14,696.3014");
    expect(cellAt(wanYuan(seedSpec, { numeric: true }), "G10")).toEqual({ value: 14036.3937, format: "#,##0.0000" });
  });

  it("wanYuan with a unit note puts 单位：万元 above the money header", () => {
    const s = wanYuan(seedSpec, { unitIn: "note" });
    expect(cellAt(s, "H3")).toBe("单位：万元");
    expect(cellAt(s, "E4")).toBe("预算数");
    expect(s.merges).toContain("A4:A11");
  });

  it("withoutTotalsRow removes row 10 and moves the rest up", () => {
    const s = withoutTotalsRow(seedSpec);
    expect(cellAt(s, "B10")).toBe("预期目标");
    expect(s.merges).toContain("A3:A9");
    // the old B10:D10 (金额合计) is gone; B11:D11 (预期目标) moved up into its place
    expect(s.merges).toHaveLength(seedSpec.merges.length - 1);
    expect(s.merges).toContain("A10:A11");
    expect(cellValue(cellAt(s, "G24"))).toBe("36");
  });

  it("numericActuals reads percentages into fractions with a percent format", () => {
    const s = numericActuals(seedSpec, "G", 14, 29);
    expect(cellAt(s, "G23")).toEqual({ value: 0.9551, format: "0.00%" });
    expect(cellAt(s, "G15")).toBe(1210);
    expect(cellAt(s, "E14")).toBe("10项-20项");
  });

  it("toTraditional writes headers in 繁体", () => {
    const s = toTraditional(seedSpec);
    expect(cellAt(s, "E3")).toBe("預算數（元）");
    expect(cellAt(s, "G13")).toBe("實際完成指標值");
  });

  it("project builders produce rectangular sheets", () => {
    for (const spec of [projectSpecAnhui(), projectSpecHunan(), projectSpecSichuan(), projectSpecHubei()]) {
      const widths = new Set(spec.rows.map((r) => r.length));
      expect(widths.size).toBe(1);
      expect(() => toGridData(spec)).not.toThrow();
    }
  });
});
