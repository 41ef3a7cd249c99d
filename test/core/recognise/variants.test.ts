import Big from "big.js";
import type { Form } from "../../../src/core/model";
import { SUMMARY_MARKER } from "../../../src/core/model";
import { seedSpec } from "../../../tools/samples/seed-shenzhen-2021";
import { cellValue, findCell, insertColumns, insertRows, shiftSpec, withCells } from "../../../tools/samples/sheet-spec";
import {
  numericActuals,
  numericAmounts,
  toTraditional,
  wanYuan,
  withoutTotalsRow,
} from "../../../tools/samples/variants";
import { digestForm, shiftDigest } from "../../support/form-digest";
import { mustRecognise } from "../../support/recognise-spec";

const seed = mustRecognise(seedSpec);

function amountText(form: Form, row: "total" | number, col: number): string {
  const r = row === "total" ? form.money!.total! : form.money!.parts[row];
  const v = r.amounts[col];
  return v.kind === "amount" ? `${v.value.toString()}/${v.decimals}` : v.kind;
}

describe("recognise: the seed moved and surrounded", () => {
  it("finds the same form when it starts at C5 under notes and beside junk", () => {
    const moved = withCells(shiftSpec(seedSpec, 4, 2), {
      A1: "附件3",
      C2: "部门整体支出绩效目标表",
      F3: "填报日期：2022年3月",
      A8: "备注",
      A20: 12345,
      M6: "内部核对用",
      M7: 99,
    });
    const form = mustRecognise(moved);
    expect(digestForm(form)).toEqual(shiftDigest(digestForm(seed), 4, 2));
    expect(form.indicators!.rows[11].actualCell.address).toBe("I29");
    expect(form.money!.total!.amounts[9].cell.address).toBe("J14");
  });

  it("reads through a blank row inside each table and a blank column in the middle", () => {
    let spec = insertRows(seedSpec, 7); // between 人大监督工作 (row 7) and 人大立法工作
    spec = insertRows(spec, 22); // inside the indicators
    spec = insertColumns(spec, "D"); // between 主要内容 and 完成情况
    const form = mustRecognise(spec);
    expect(form.money!.parts.map((p) => p.label)).toEqual(seed.money!.parts.map((p) => p.label));
    expect(form.money!.total!.row).toBe(10);
    expect(form.money!.columns.map((c) => c.col)).toEqual([5, 6, 7, 8]);
    expect(form.indicators!.rows).toHaveLength(16);
    expect(form.indicators!.rows.map((r) => r.name)).toEqual(seed.indicators!.rows.map((r) => r.name));
    expect(form.indicators!.rows.find((r) => r.name === "邀请代表列席常委会会议人数")!.actualCell.address).toBe("H27");
  });

  it("reads a task merged over two rows once, from its top-left cell", () => {
    // 人大机关建设 written over rows 5–6 as one task, as when the text is long
    let spec = insertRows(seedSpec, 6);
    spec = { ...spec, merges: [...spec.merges, "B5:B6", "C5:C6", "D5:D6", "E5:E6", "F5:F6", "G5:G6", "H5:H6"] };
    const form = mustRecognise(spec);
    expect(form.money!.parts.map((p) => p.row)).toEqual([4, 6, 7, 8, 9]);
    expect(form.money!.parts[0].labelCell.address).toBe("B5");
    expect(form.money!.total!.row).toBe(10);
  });
});

describe("recognise: amounts in other notations", () => {
  it("reads numeric amounts with #,##0.00 as the same values", () => {
    const form = mustRecognise(numericAmounts(seedSpec));
    expect(amountText(form, 1, 4)).toBe("80218013.91/2");
    expect(amountText(form, "total", 6)).toBe("140363937.12/2");
    expect(form.money!.parts[0].amounts[4].raw).toBe("37560000");
    expect(form.money!.unit).toBe("元");
  });

  it("reads 万元 from the header", () => {
    const form = mustRecognise(wanYuan(seedSpec));
    expect(form.money!.unit).toBe("万元");
    expect(form.money!.columns[0].label).toBe("预算数（万元）/ 总额");
    expect(amountText(form, 1, 4)).toBe("8021.8014/4");
    expect(amountText(form, "total", 4)).toBe("14696.3014/4");
  });

  it("reads 万元 numbers from the header", () => {
    const form = mustRecognise(wanYuan(seedSpec, { numeric: true }));
    expect(form.money!.unit).toBe("万元");
    expect(amountText(form, "total", 6)).toBe("14036.3937/4");
  });

  it("reads 万元 from a 单位：万元 note above the table", () => {
    const spec = wanYuan(seedSpec, { unitIn: "note" });
    expect(cellValue(spec.rows[2][7])).toBe("单位：万元");
    const form = mustRecognise(spec);
    expect(form.money!.unit).toBe("万元");
    expect(form.money!.headerTop).toBe(3);
    expect(form.money!.columns.map((c) => c.label)).toEqual(["预算数/ 总额", "预算数/ 其中：财政拨款", "执行数/ 总额", "执行数/ 其中：财政拨款"]);
    expect(form.money!.parts).toHaveLength(5);
  });

  it("reads actuals held as numbers in percent-formatted cells", () => {
    const form = mustRecognise(numericActuals(seedSpec, "G", 14, 29));
    const rate = form.indicators!.rows.find((r) => r.name === "项目资金使用率")!.actual;
    expect(rate.kind === "number" && rate.value.eq(new Big("95.51")) && rate.unit === "%").toBe(true);
    const count = form.indicators!.rows.find((r) => r.name === "代表活动次数")!.actual;
    expect(count.kind === "number" && count.value.eq(1210)).toBe(true);
  });
});

describe("recognise: no totals row", () => {
  const form = mustRecognise(withoutTotalsRow(seedSpec));

  it("keeps the five tasks, has no total and inserts after the last task", () => {
    const m = form.money!;
    expect(m.total).toBeNull();
    expect(m.parts.map((p) => p.label)).toEqual(seed.money!.parts.map((p) => p.label));
    expect(m.totalInsertRow).toBe(9);
    expect(m.totalPosition).toBe("below");
  });

  it("still finds the indicators, one row higher", () => {
    expect(form.indicators!.headerRow).toBe(11);
    expect(form.indicators!.rows).toHaveLength(16);
    expect(form.indicators!.rows[11].actualCell.address).toBe("G24");
  });

  it("inserts after a task merged over two rows, below its last row", () => {
    let spec = insertRows(withoutTotalsRow(seedSpec), 10);
    spec = { ...spec, merges: [...spec.merges, "B9:B10", "E9:E10", "F9:F10", "G9:G10", "H9:H10"] };
    const f = mustRecognise(spec);
    expect(f.money!.parts).toHaveLength(5);
    expect(f.money!.totalInsertRow).toBe(10);
  });
});

describe("recognise: 繁体 headers", () => {
  it("reads a form written in traditional characters", () => {
    const form = mustRecognise(toTraditional(seedSpec));
    expect(form.kind).toBe("department");
    expect(form.money!.unit).toBe("元");
    expect(form.money!.columns.map((c) => [c.col, c.measure, c.partOf])).toEqual([
      [4, "budget", undefined],
      [5, "budget", 4],
      [6, "spent", undefined],
      [7, "spent", 6],
    ]);
    expect(form.money!.parts).toHaveLength(5);
    expect(form.money!.total!.label).toBe("金額合計");
    expect(form.indicators!.rows).toHaveLength(16);
    expect(form.unitName).toBe(cellValue(toTraditional(seedSpec).rows[1][1]));
    expect(form.year).toBe("2021");
  });
});

describe("recognise: a ziping summary block below the form", () => {
  const spec = withCells(seedSpec, {
    A31: SUMMARY_MARKER,
    A32: "执行率",
    B32: "95.51%",
    A33: "预算合计",
    B33: 146963013.91,
    A34: "问题",
    B34: "错误 1，警告 1，提示 1",
  });
  const form = mustRecognise(spec);

  it("is found and left out of the form", () => {
    expect(form.summaryBlock).toEqual({ top: 30, bottom: 33 });
    expect(form.bounds.bottom).toBe(28);
    expect(form.indicators!.rows).toHaveLength(16);
  });

  it("is left out even when it follows the last indicator with no gap", () => {
    const tight = withCells(seedSpec, { A30: SUMMARY_MARKER, A31: "执行率", B31: "95.51%" });
    const f = mustRecognise(tight);
    expect(f.summaryBlock).toEqual({ top: 29, bottom: 30 });
    expect(f.indicators!.rows).toHaveLength(16);
    expect(f.bounds.bottom).toBe(28);
  });

  it("never lends its rows to a money table without a totals row", () => {
    const noTotal = withoutTotalsRow(seedSpec);
    const at = findCell(noTotal, "常委会工作报告的通过率")!;
    const row = Number(at.slice(1));
    const f = mustRecognise(withCells(noTotal, { [`A${row + 2}`]: SUMMARY_MARKER, [`B${row + 3}`]: "金额合计" }));
    expect(f.money!.total).toBeNull();
    expect(f.summaryBlock!.top).toBe(row + 1);
  });
});

describe("recognise: other department layouts", () => {
  it("reads a one-row money header without 其中 columns", () => {
    const spec = {
      name: "Sheet1",
      rows: [
        ["2022年度部门整体支出绩效自评表", null, null, null],
        ["单位：万元", null, null, null],
        ["任务名称", "主要内容", "预算数", "执行数"],
        ["日常运转", "保障机关运行", "120.50", "118.20"],
        ["专项业务", "开展专项工作", "80.00", "61.35"],
        ["合计", null, "200.50", "179.55"],
      ],
      merges: ["A1:D1", "A6:B6"],
    };
    const form = mustRecognise(spec);
    expect(form.kind).toBe("department");
    expect(form.year).toBe("2022");
    expect(form.money!.unit).toBe("万元");
    expect(form.money!.columns).toEqual([
      { col: 2, measure: "budget", label: "预算数" },
      { col: 3, measure: "spent", label: "执行数" },
    ]);
    expect(form.money!.parts.map((p) => p.label)).toEqual(["日常运转", "专项业务"]);
    expect(form.money!.total!.labelCell.address).toBe("A6");
    expect(form.indicators).toBeNull();
  });

  it("reads 金额合计 written in the side column across A:D", () => {
    const merges = seedSpec.merges.filter((m) => m !== "A3:A10" && m !== "B10:D10").concat(["A3:A9", "A10:D10"]);
    const rows = seedSpec.rows.map((r, i) => (i === 9 ? ["金额合计", null, null, null, ...r.slice(4)] : r));
    const form = mustRecognise({ ...seedSpec, rows, merges });
    expect(form.money!.total!.label).toBe("金额合计");
    expect(form.money!.total!.labelCell.address).toBe("A10");
    expect(form.money!.parts).toHaveLength(5);
  });
});
