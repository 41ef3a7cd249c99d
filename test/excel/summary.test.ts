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
      const cell = fake.cell(sheet, "B36");
      expect(cell.formula).toBeNull();
      expect(cell.value).toBe(name);
      expect(cell.format.numberFormat).toBe("@");
    },
  );
});
