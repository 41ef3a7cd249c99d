/** Refusals: decided before anything is written, reported to the pane, never a crash. */
import { seedSpec } from "../../tools/samples/seed-shenzhen-2021";
import { withoutTotalsRow } from "../../tools/samples/variants";
import { createCheckActiveSheet } from "../../src/commands/commands";
import { uiStrings } from "../../src/commands/strings";
import { isCellEditMode } from "../../src/excel/errors";
import { seedWorkbook } from "../support/seed-workbook";

describe("a protected sheet", () => {
  it("is checked (findings listed) but not marked, in one sync", async () => {
    const { fake, port, sheet } = seedWorkbook({ setup: { protected: true } });
    const check = await port.checkActiveSheet();
    expect(check.refused).toEqual({ code: "sheet-protected", params: {} });
    expect(check.result.findings.length).toBe(3);
    expect(check.marked).toBe(0);
    expect(fake.syncCount).toBe(1);
    expect(fake.conditionalFormats(sheet)).toEqual([]);
    expect(fake.annotations(sheet)).toEqual([]);
  });

  it("keeps marks made before it was protected, and says nothing needs writing when they are current", async () => {
    const { fake, port, sheet } = seedWorkbook();
    await port.checkActiveSheet();
    fake.protect(sheet);
    const again = await port.checkActiveSheet();
    expect(again.refused).toBeUndefined();
    expect(again.marked).toBe(3);
    // The user unprotects, edits and protects again; the marks are stale and cannot be updated.
    fake.protect(sheet, false);
    fake.userEdit(sheet, "G25", 60);
    fake.protect(sheet);
    const stale = await port.checkActiveSheet();
    expect(stale.refused).toEqual({ code: "sheet-protected", params: {} });
    expect(stale.marked).toBe(3);
    expect(fake.conditionalFormats(sheet)).toHaveLength(3);
  });
});

describe("cell-edit mode", () => {
  it.each(["InvalidOperationInCellEditMode", "InvalidOperation"] as const)(
    "refuses each action while the user types (Excel's %s), without throwing, and works once they stop",
    async (code) => {
      const { fake, port, sheet } = seedWorkbook({
        spec: withoutTotalsRow(seedSpec),
      });
      fake.setCellEditMode(true, code);
      const check = await port.checkActiveSheet();
      expect(check.refused).toEqual({ code: "cell-edit-mode", params: {} });
      expect((await port.insertTotals()).refused).toEqual({ code: "cell-edit-mode", params: {} });
      expect((await port.writeSummary("zh-CN")).refused).toEqual({ code: "cell-edit-mode", params: {} });
      expect((await port.checkAllSheets())[0].refused).toEqual({ code: "cell-edit-mode", params: {} });
      await expect(port.clearMarks()).rejects.toMatchObject({ problem: { code: "cell-edit-mode" } });
      await expect(port.selectCell(sheet, "G24")).rejects.toMatchObject({ problem: { code: "cell-edit-mode" } });
      expect(fake.conditionalFormats(sheet)).toEqual([]);

      fake.setCellEditMode(false);
      const later = await port.checkActiveSheet();
      expect(later.refused).toBeUndefined();
      expect(later.marked).toBeGreaterThan(0);
    },
  );

  it("tells the ribbon's user to press Enter or Esc, whichever code Excel used", async () => {
    for (const code of [
      "InvalidOperationInCellEditMode",
      "InvalidOperation",
    ] as const) {
      const { fake, port } = seedWorkbook();
      fake.setCellEditMode(true, code);
      const said: string[] = [];
      await createCheckActiveSheet({
        port,
        notify: async (text) => void said.push(text),
      })({ completed: () => undefined });
      expect(said).toEqual([uiStrings["zh-CN"].problem["cell-edit-mode"]({})]);
      expect(said[0]).toContain("Enter");
    }
  });

  it("does not take another invalid operation for cell-edit mode", () => {
    expect(
      isCellEditMode(
        Object.assign(new Error("Cannot change part of a merged cell."), {
          code: "InvalidOperation",
        }),
      ),
    ).toBe(false);
  });

  it("keeps showing the last result when a re-check is refused", async () => {
    const { fake, port } = seedWorkbook();
    const first = await port.checkActiveSheet();
    fake.setCellEditMode(true);
    const refused = await port.checkActiveSheet();
    expect(refused.result).toEqual(first.result);
  });

  it("refuses a write that Excel rejects after the read, leaving the sheet as it was", async () => {
    const { fake, port, sheet } = seedWorkbook();
    // The read goes through; the user starts typing before the write arrives.
    fake.failNextSync({
      code: "InvalidOperationInCellEditMode",
      afterSyncs: 1,
    });
    const check = await port.checkActiveSheet();
    expect(fake.syncCount).toBe(2);
    expect(check.refused).toEqual({ code: "cell-edit-mode", params: {} });
    expect(check.result.findings).toHaveLength(3);
    expect(fake.conditionalFormats(sheet)).toEqual([]);
    // Nothing was recorded as written: the next check writes the marks.
    expect((await port.checkActiveSheet()).marked).toBe(3);
    expect(fake.conditionalFormats(sheet)).toHaveLength(3);
  });
});

describe("errors that are not refusals", () => {
  it("propagate to the pane", async () => {
    const { fake, port } = seedWorkbook();
    // A failed read is tried once more in smaller pieces (a band of over 512 merged areas fails it); a second failure stands.
    fake.failNextSync({ code: "GeneralException", message: "Excel crashed" });
    fake.failNextSync({ code: "GeneralException", message: "Excel crashed" });
    await expect(port.checkActiveSheet()).rejects.toMatchObject({
      code: "GeneralException",
    });
  });
});
