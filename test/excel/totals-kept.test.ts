/**
 * 插入合计行 on a one-total department form: nothing under its 年度资金总额 to add up, so the port writes
 * no formula, keeps the stated total, and returns why for the pane to show (SheetCheck.totalsKept).
 */
import { oneTotalSpec } from "../support/one-total-forms";
import { seedWorkbook } from "../support/seed-workbook";

describe("insertTotals on a one-total form", () => {
  it("writes no formula, leaves the stated total as it was, and says why in both languages", async () => {
    const { fake, port, sheet } = seedWorkbook({ spec: oneTotalSpec() });
    const before = Object.fromEntries(["C4", "D4", "E4"].map((a) => [a, fake.cell(sheet, a).value]));
    const check = await port.insertTotals();
    expect(check.refused).toBeUndefined();
    for (const address of ["C4", "D4", "E4"]) {
      expect(fake.cell(sheet, address).formula ?? null).toBeNull();
      expect(fake.cell(sheet, address).value).toBe(before[address]);
    }
    expect(check.totalsKept).toEqual([
      {
        cells: ["C4", "D4", "E4"],
        reason: "one-total",
        message: {
          "zh-CN": "「年度资金总额」是本表唯一的金额行，下面没有可以求和的明细行（分项写在文字里），已保留表中所填总额，未写入公式",
          "en-US":
            "「年度资金总额」 is the form's only row of amounts and has no rows under it to add up (its breakdowns are written as text), so the stated total is kept and no formula was written",
        },
      },
    ]);
    expect(check.result.findings.map((f) => f.rule)).toEqual(["breakdown-mismatch"]);
  });
});
