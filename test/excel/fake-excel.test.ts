/** The fake host behaves like Office.js where the adapter depends on it. */
import type { HostChangedEventArgs } from "../../src/excel/host";
import { FakeExcel } from "../support/fake-excel";

function workbook(options = {}) {
  const fake = new FakeExcel(options);
  fake.addSheet("S", {
    grid: {
      sheet: "S",
      origin: { row: 0, col: 0 },
      values: [
        ["a", 1],
        ["b", 2],
        ["c", 3],
      ],
      formats: [
        ["General", "#,##0.00"],
        ["General", "#,##0.00"],
        ["General", "#,##0.00"],
      ],
      merges: [],
    },
    fills: { A2: "#ffff00" },
  });
  return fake;
}

describe("fake Excel host", () => {
  it("throws PropertyNotLoaded until load() and sync(), and counts syncs", async () => {
    const fake = workbook();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1:B3");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values, address");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([["a", 1], ["b", 2], ["c", 3]]);
      expect(range.address).toBe("S!A1:B3");
    });
    expect(fake.syncCount).toBe(1);
  });

  it("applies writes at sync, in order, and reads no fill as #FFFFFF", async () => {
    const fake = workbook();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const a1 = sheet.getRange("A1");
      a1.values = [["x"]];
      expect(fake.cell("S", "A1").value).toBe("a");
      const fills = [sheet.getRange("A1").format.fill.load("color"), sheet.getRange("A2").format.fill.load("color")];
      await context.sync();
      expect(fake.cell("S", "A1").value).toBe("x");
      expect(fills.map((f) => f.color)).toEqual(["#FFFFFF", "#FFFF00"]);
    });
  });

  it("runs commands still queued when the batch ends in one last sync, as Excel.run does", async () => {
    const fake = workbook();
    await fake.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [["late"]];
    });
    expect(fake.cell("S", "A1").value).toBe("late");
    expect(fake.syncCount).toBe(1);
  });

  it("inserts whole rows as Excel does: contents, merges, formats and references move", async () => {
    const fake = new FakeExcel();
    fake.addSheet("S", {
      grid: {
        sheet: "S",
        origin: { row: 0, col: 0 },
        values: [["t"], [1], [2], [null]],
        formulas: [[null], [null], [null], ["=SUM(A2:A3)"]],
        formats: [[null], ["0.00"], ["0.00"], [null]],
        merges: [{ top: 0, left: 0, bottom: 0, right: 2 }, { top: 1, left: 1, bottom: 3, right: 1 }],
      },
    });
    await fake.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("3:3").insert("Down");
      await context.sync();
    });
    expect(fake.cell("S", "A4").value).toBe(2);
    expect(fake.cell("S", "A3").format.numberFormat).toBe("0.00");
    expect(fake.cell("S", "A5").formula).toBe("=SUM(A2:A4)");
    expect(fake.cell("S", "A5").value).toBe(3);
    expect(fake.merges("S")).toEqual(["A1:C1", "B2:B5"]);
  });

  it("turns numeric and date-like strings into numbers unless the cell is Text", async () => {
    const fake = workbook();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("C1").values = [["3/16"]];
      const c2 = sheet.getRange("C2");
      c2.numberFormat = [["@"]];
      c2.values = [["3/16"]];
      const c3 = sheet.getRange("C3");
      c3.numberFormat = [["@"]];
      c3.formulas = [["=1+1"]];
      await context.sync();
    });
    expect(typeof fake.cell("S", "C1").value).toBe("number");
    expect(fake.cell("S", "C2").value).toBe("3/16");
    expect(fake.cell("S", "C3")).toMatchObject({ value: "=1+1", formula: null });
  });

  it("refuses writes on a protected sheet and in cell-edit mode", async () => {
    const fake = workbook();
    fake.protect("S");
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [["x"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    fake.protect("S", false);
    fake.setCellEditMode(true);
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(fake.cell("S", "A1").value).toBe("a");
  });

  it("stops a failing sync at the failing command without rolling back", async () => {
    const fake = workbook();
    fake.failNextSync({ code: "GeneralException", afterWrites: 1 });
    await expect(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.getRange("A1").values = [["x"]];
        sheet.getRange("A2").values = [["y"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(fake.cell("S", "A1").value).toBe("x");
    expect(fake.cell("S", "A2").value).toBe("b");
  });

  it("reports null objects and refuses APIs above its version", async () => {
    const fake = new FakeExcel({ apiVersion: "1.12" });
    fake.addSheet("Empty");
    await fake.run(async (context) => {
      const used = context.workbook.worksheets.getActiveWorksheet().getUsedRangeOrNullObject(true);
      used.load("address");
      await context.sync();
      expect(used.isNullObject).toBe(true);
    });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1:B2").getMergedAreasOrNullObject().load("areaCount");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("fires onChanged after a sync with the trigger source, asynchronously", async () => {
    jest.useFakeTimers();
    try {
      const fake = workbook();
      const seen: HostChangedEventArgs[] = [];
      await fake.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().onChanged.add(async (args) => {
          seen.push(args);
        });
        await context.sync();
      });
      await fake.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("B1").values = [[9]];
        await context.sync();
      });
      fake.userEdit("S", "B2", 7);
      expect(seen).toHaveLength(0);
      jest.runOnlyPendingTimers();
      expect(seen.map((s) => [s.address, s.triggerSource])).toEqual([
        ["B1", "ThisLocalAddin"],
        ["B2", "Unknown"],
      ]);
    } finally {
      jest.useRealTimers();
    }
  });

  it("caps what one sync may load, as Excel on the web does", async () => {
    const fake = workbook({ payloadLimit: 20 });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1:B3").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
});
