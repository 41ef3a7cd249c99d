import Big from "big.js";
import type { MoneyValue } from "../../../src/core/model";
import { SEED_INDICATORS, SEED_TASKS, seedSpec } from "../../../tools/samples/seed-shenzhen-2021";
import { mustRecognise } from "../../support/recognise-spec";

const amount = (v: MoneyValue | undefined): string => (v && v.kind === "amount" ? v.value.toFixed(2) : `<${v?.kind}>`);

describe("recognise: the seed form (Shenzhen 2021, department)", () => {
  const form = mustRecognise(seedSpec);

  it("reads the header fields", () => {
    expect(form.kind).toBe("department");
    expect(form.sheet).toBe("自评表");
    expect(form.title).toBe("部门（单位）整体支出绩效目标完成情况自评表");
    expect(form.unitName).toBe("深圳市人民代表大会常务委员会办公厅");
    expect(form.year).toBe("2021");
    expect(form.projectName).toBeUndefined();
    expect(form.bounds).toEqual({ top: 0, left: 0, bottom: 28, right: 7 });
    expect(form.summaryBlock).toBeUndefined();
  });

  it("finds the money table: two header rows, E..H with 其中 parts, unit 元", () => {
    const m = form.money!;
    expect(m.unit).toBe("元");
    expect([m.headerTop, m.headerBottom]).toEqual([2, 3]);
    expect(m.labelCol).toBe(1);
    expect(m.columns).toEqual([
      { col: 4, measure: "budget", label: "预算数（元）/ 总额" },
      { col: 5, measure: "budget", label: "预算数（元）/ 其中：财政拨款", partOf: 4 },
      { col: 6, measure: "spent", label: "执行数（元）/ 总额" },
      { col: 7, measure: "spent", label: "执行数（元）/ 其中：财政拨款", partOf: 6 },
    ]);
    expect(m.rateCol).toBeUndefined();
    expect(m.totalPosition).toBe("below");
    expect(m.totalInsertRow).toBe(9);
  });

  it("reads the five tasks with labels and amounts", () => {
    const parts = form.money!.parts;
    expect(parts.map((p) => p.label)).toEqual(SEED_TASKS.map((t) => t[0]));
    expect(parts.map((p) => p.row)).toEqual([4, 5, 6, 7, 8]);
    expect(parts.map((p) => p.labelCell.address)).toEqual(["B5", "B6", "B7", "B8", "B9"]);
    parts.forEach((p, i) => {
      const expected = SEED_TASKS[i][3].map((s) => s.replace(/,/g, ""));
      expect([4, 5, 6, 7].map((c) => amount(p.amounts[c]))).toEqual(expected);
      expect(p.subset).toBe(false);
    });
    expect(parts[1].amounts[4].cell.address).toBe("E6");
    expect(parts[1].amounts[4]).toMatchObject({ kind: "amount", decimals: 2, raw: "80,218,013.91" });
  });

  it("reads the 金额合计 row 10", () => {
    const total = form.money!.total!;
    expect(total.row).toBe(9);
    expect(total.label).toBe("金额合计");
    expect(total.labelCell.address).toBe("B10");
    expect([4, 5, 6, 7].map((c) => amount(total.amounts[c]))).toEqual([
      "146963013.91",
      "146963013.91",
      "140363937.12",
      "140363937.12",
    ]);
    expect(total.amounts[7].cell.address).toBe("H10");
    // exact: the parts add up to the total with no float noise
    const sum = form.money!.parts.reduce((s, p) => {
      const v = p.amounts[4];
      return v.kind === "amount" ? s.plus(v.value) : s;
    }, new Big(0));
    expect(sum.eq(new Big("146963013.91"))).toBe(true);
  });

  it("reads the 16 indicators with 一级/二级 from the merges", () => {
    const t = form.indicators!;
    expect(t.headerRow).toBe(12);
    expect(t.columns).toEqual({ level1: 1, level2: 2, name: 3, target: 4, actual: 6 });
    expect(t.sections).toEqual([]);
    expect(t.rows).toHaveLength(16);
    expect(t.rows.map((r) => [r.level1, r.level2, r.name, r.target.raw, r.actual.raw])).toEqual(SEED_INDICATORS);
    expect(t.rows.map((r) => r.row)).toEqual(Array.from({ length: 16 }, (_, i) => 13 + i));
  });

  it("points at the cells a person sees (top-left of merged target/actual areas)", () => {
    const invited = form.indicators!.rows.find((r) => r.name === "邀请代表列席常委会会议人数")!;
    expect(invited.actualCell.address).toBe("G25");
    expect(invited.targetCell.address).toBe("E25");
    expect(invited.nameCell.address).toBe("D25");
    expect(invited.target).toMatchObject({ kind: "quantity", op: "gt", unit: "人次" });
    expect(invited.actual).toMatchObject({ kind: "number" });
    expect(invited.actual.kind === "number" && invited.actual.value.eq(36)).toBe(true);
  });

  it("parses targets and actuals through the parsers", () => {
    const byName = (n: string) => form.indicators!.rows.find((r) => r.name.startsWith(n))!;
    expect(byName("拟提交审议法规数量").target).toMatchObject({ kind: "range", unit: "项" });
    const rate = byName("项目资金使用率").actual;
    expect(rate.kind === "number" && rate.value.eq(new Big("95.51")) && rate.unit === "%").toBe(true);
    expect(form.indicators!.rows.every((r) => r.explanation === undefined && r.weight === undefined)).toBe(true);
    expect(form.indicators!.rows.some((r) => r.notApplicable)).toBe(false);
  });
});
