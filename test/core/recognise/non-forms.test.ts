import fc from "fast-check";
import { Grid, type CellValue, type GridData } from "../../../src/core/grid";
import { recognise } from "../../../src/core/recognise";
import { seedSpec } from "../../../tools/samples/seed-shenzhen-2021";
import { toGridData, type SheetSpec } from "../../../tools/samples/sheet-spec";
import { recogniseSpec } from "../../support/recognise-spec";

const sheet = (rows: SheetSpec["rows"], merges: string[] = []): SheetSpec => ({ name: "Sheet1", rows, merges });

describe("recognise: sheets that are not forms", () => {
  it("an empty sheet", () => {
    expect(recognise(new Grid({ sheet: "Sheet1", origin: { row: 0, col: 0 }, values: [], merges: [] }))).toBeNull();
    expect(recogniseSpec(sheet([[null, null], [null, null]]))).toBeNull();
  });

  it("just a title", () => {
    expect(recogniseSpec(sheet([["部门（单位）整体支出绩效目标完成情况自评表", null, null]], ["A1:C1"]))).toBeNull();
  });

  it("a random table", () => {
    const rows = [
      ["姓名", "部门", "工号", "入职日期"],
      ["张三", "办公室", 1001, 43831],
      ["李四", "财务科", 1002, 44197],
    ];
    expect(recogniseSpec(sheet(rows))).toBeNull();
  });

  it("a 预算 table without 执行数", () => {
    const rows = [
      ["2021年部门预算表", null, null],
      ["项目", "预算数（元）", "其中：财政拨款"],
      ["基本支出", "80,218,013.91", "80,218,013.91"],
      ["项目支出", "66,745,000.00", "66,745,000.00"],
      ["合计", "146,963,013.91", "146,963,013.91"],
    ];
    expect(recogniseSpec(sheet(rows))).toBeNull();
  });

  it("a header with 预算数 and 执行数 but nothing under it", () => {
    expect(recogniseSpec(sheet([["任务名称", "预算数", "执行数"]]))).toBeNull();
  });

  it("the seed's goal section alone (no money, no indicators)", () => {
    const rows = seedSpec.rows.slice(10, 12);
    expect(recogniseSpec({ name: "x", rows, merges: [] })).toBeNull();
  });
});

describe("recognise: only an indicator table", () => {
  it("is a form with indicators and no money", () => {
    const form = recogniseSpec({ ...seedSpec, rows: seedSpec.rows.slice(0, 2).concat(seedSpec.rows.slice(12)), merges: ["A1:H1"] });
    expect(form).not.toBeNull();
    expect(form!.money).toBeNull();
    expect(form!.kind).toBe("department");
    expect(form!.indicators!.rows).toHaveLength(16);
  });
});

describe("recognise never throws", () => {
  const words = [
    "预算数", "执行数", "预算数（万元）", "其中：财政拨款", "总额", "金额合计", "合计", "任务名称", "年度资金总额",
    "其中：本年财政拨款", "三级指标", "指标名称", "预期指标值", "实际完成值", "一级指标", "二级指标", "分值", "得分",
    "执行率", "产出指标(50分)", "总分", "单位：万元", "校验摘要（ziping）", "自评表", "#REF!", "1,000.00", "95.51%",
    ">50 人次", "10项-20项", "不适用", "无", "/", "",
  ];
  const cell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constantFrom(...words),
    fc.string({ maxLength: 6 }),
    fc.double({ noNaN: false }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
  );
  const gridData: fc.Arbitrary<GridData> = fc
    .record({
      rows: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 14 }),
      top: fc.nat(20),
      left: fc.nat(6),
      merges: fc.array(fc.record({ r: fc.nat(14), c: fc.nat(9), h: fc.nat(3), w: fc.nat(3) }), { maxLength: 5 }),
    })
    .map(({ rows, top, left, merges }) => ({
      sheet: "fuzz",
      origin: { row: top, col: left },
      values: rows,
      merges: merges.map((m) => ({ top: top + m.r, left: left + m.c, bottom: top + m.r + m.h, right: left + m.c + m.w })),
    }));

  it("on random sheets", () => {
    fc.assert(
      fc.property(gridData, (data) => {
        recognise(new Grid(data));
      }),
      { numRuns: 400 },
    );
  });

  it("on the seed with random cells blanked or overwritten", () => {
    const base = toGridData(seedSpec);
    fc.assert(
      fc.property(fc.array(fc.record({ r: fc.nat(28), c: fc.nat(7), v: cell }), { maxLength: 12 }), (edits) => {
        const values = base.values.map((r) => [...r]);
        for (const e of edits) values[e.r][e.c] = e.v;
        recognise(new Grid({ ...base, values }));
      }),
      { numRuns: 300 },
    );
  });
});
