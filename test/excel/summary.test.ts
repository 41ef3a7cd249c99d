/** 写入校验摘要: the block one blank row under the form, replaced (never repeated) by a re-run. */
import { SUMMARY_MARKER } from "../../src/core/model";
import { seedWorkbook } from "../support/seed-workbook";
import { withCells } from "../../tools/samples/sheet-spec";
import { seedSpec } from "../../tools/samples/seed-shenzhen-2021";

function markerCells(contents: Record<string, { value: unknown }>): string[] {
  return Object.entries(contents)
    .filter(([, c]) => c.value === SUMMARY_MARKER)
    .map(([address]) => address);
}

describe("writeSummary", () => {
  it("writes the block under the form in two syncs, with text kept as written", async () => {
    const { fake, port, sheet } = seedWorkbook();
    const check = await port.writeSummary("zh-CN");
    expect(fake.syncCount).toBeLessThanOrEqual(2);
    expect(check.refused).toBeUndefined();
    expect(markerCells(fake.contents(sheet))).toEqual(["A31"]);
    const values = Object.values(fake.contents(sheet)).map((c) => c.value);
    // "15/16 met" would become a date in a General cell.
    expect(values).toContain(`${check.result.indicators!.met}/${check.result.indicators!.total}`);
    expect(values.some((v) => typeof v === "string" && v.includes("邀请代表列席常委会会议人数"))).toBe(true);
    // The rate is a live formula over the totals row, shown as a percentage.
    const rate = Object.entries(fake.contents(sheet)).find(([, c]) => c.formula?.includes("IFERROR"));
    expect(rate).toBeDefined();
    expect(rate![1].value).toBeCloseTo(140363937.12 / 146963013.91, 12);
  });

  it("replaces the earlier block on a re-run, in another language too", async () => {
    const { fake, port, sheet } = seedWorkbook();
    await port.writeSummary("zh-CN");
    const rows = fake.gridData(sheet).values.length;
    fake.resetSyncCount();
    await port.writeSummary("en-US");
    expect(fake.syncCount).toBeLessThanOrEqual(2);
    expect(markerCells(fake.contents(sheet))).toEqual(["A31"]);
    expect(fake.gridData(sheet).values.length).toBe(rows);
    const text = Object.values(fake.contents(sheet)).map((c) => String(c.value)).join("\n");
    expect(text).toMatch(/[A-Za-z]{4,}/);
  });

  it("keeps the notes in the add-in's language whatever language the summary is in", async () => {
    const { fake, port, sheet } = seedWorkbook();
    await port.checkActiveSheet();
    const notes = fake.annotations(sheet);
    await port.writeSummary("en-US");
    expect(fake.annotations(sheet)).toEqual(notes);
  });

  it("writes nothing on a protected sheet", async () => {
    const { fake, port, sheet } = seedWorkbook({ setup: { protected: true } });
    const contents = fake.contents(sheet);
    const check = await port.writeSummary("zh-CN");
    expect(check.refused).toMatchObject({ code: "sheet-protected" });
    expect(fake.contents(sheet)).toEqual(contents);
  });
});

describe("text Excel would take for a formula", () => {
  it.each(["-邀请代表列席常委会会议人数", "+邀请代表列席常委会会议人数", "=邀请代表列席常委会会议人数"])(
    "writes an unmet indicator named %s into the summary as text",
    async (name) => {
      const spec = withCells(seedSpec, { D25: name });
      const { fake, port, sheet } = seedWorkbook({ spec });
      await port.writeSummary("zh-CN");
      // Column A (12 wide) is too narrow for the longest label: the figures sit in C, as in the command's copies.
      const cell = fake.cell(sheet, "C36");
      expect(cell.formula).toBeNull();
      expect(cell.value).toBe(name);
      expect(cell.format.numberFormat).toBe("@");
    },
  );
});

describe("writeSummary on a form whose first column is a narrow 序号 column", () => {
  // The widths come from the sheet through Range.format.columnWidth (points), as the files' come from <col>.
  const narrow = { ...seedSpec, columnWidths: [5, ...(seedSpec.columnWidths ?? []).slice(1)] };

  it("reads the columns' widths and puts the figures where the labels have room (as the command line does)", async () => {
    const { fake, port, sheet } = seedWorkbook({ spec: narrow });
    await port.writeSummary("zh-CN");
    const contents = fake.contents(sheet);
    // The block starts at A31; its lines below hold a label in A and a figure further right.
    const figureColumns = new Set(
      Object.keys(contents)
        .map((address) => /^([A-Z]+)(\d+)$/.exec(address)!)
        .filter(([, col, row]) => Number(row) > 31 && col !== "A")
        .map(([, col]) => col),
    );
    // Column A is 5 wide, B 16: a label such as 预算执行率 (10 units) overruns A alone; the figures
    // move to C, after A + B = 21 units, which every label fits.
    expect([...figureColumns]).toEqual(["C"]);
  });

  it("keeps the figures beside the labels where the first column is wide", async () => {
    const wide = { ...seedSpec, columnWidths: [40, ...(seedSpec.columnWidths ?? []).slice(1)] };
    const { fake, port, sheet } = seedWorkbook({ spec: wide });
    await port.writeSummary("zh-CN");
    const columns = new Set(Object.keys(fake.contents(sheet)).filter((a) => Number(/\d+$/.exec(a)![0]) > 31).map((a) => /^[A-Z]+/.exec(a)![0]));
    expect([...columns].sort()).toEqual(["A", "B"]);
  });
});
