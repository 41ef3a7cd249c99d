/** Live re-check: a user's edit re-checks after the debounce and updates only what changed; ziping's own writes never trigger it. */
import { MARK_FILL, NOTE_PREFIX } from "../../src/core/model";
import type { SheetCheck } from "../../src/excel";
import { seedWorkbook, type SeedWorkbook } from "../support/seed-workbook";

/** Let queued promise callbacks (the fake's syncs) run while timers are fake. */
async function settle(): Promise<void> {
  for (let i = 0; i < 50; i++) await Promise.resolve();
}

async function watching(book: SeedWorkbook, debounceMs = 600) {
  const checks: Promise<SheetCheck>[] = [];
  const stop = await book.port.watchEdits(() => {
    checks.push(book.port.checkActiveSheet());
  }, debounceMs);
  return { checks, stop };
}

describe.each([
  ["with triggerSource (ExcelApi 1.18)", "1.18"],
])("live re-check %s", (_title, apiVersion) => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("removes G25's mark after the user fixes 36 to 60, and leaves the other marks alone", async () => {
    const book = seedWorkbook({ host: { apiVersion } });
    const { fake, port, sheet } = book;
    await port.checkActiveSheet();
    const { checks, stop } = await watching(book);
    const warning = fake.conditionalFormats(sheet).find((f) => f.formula.includes("warning"));
    const otherNotes = fake.annotations(sheet).filter((a) => a.address !== "G25");

    // Past the write window of older hosts: a user's edit right after ziping's write would be taken for ziping's.
    jest.advanceTimersByTime(2000);
    fake.userEdit(sheet, "G25", 60);
    jest.advanceTimersByTime(599);
    await settle();
    expect(checks).toHaveLength(0);
    jest.advanceTimersByTime(1);
    await settle();
    expect(checks).toHaveLength(1);
    const check = await checks[0];

    expect(check.result.findings.map((f) => f.cells[0])).not.toContain("G25");
    expect(fake.displayedFill(sheet, "G25")).toBeNull();
    expect(fake.annotations(sheet).find((a) => a.address === "G25")).toBeUndefined();
    expect(fake.annotations(sheet).filter((a) => a.address !== "G25")).toEqual(otherNotes);
    expect(fake.conditionalFormats(sheet).find((f) => f.formula.includes("warning"))).toEqual(warning);
    expect(fake.displayedFill(sheet, "G14")).toBe(MARK_FILL.warning);

    // The re-check's own write fired onChanged; it must not start another check.
    jest.advanceTimersByTime(5000);
    await settle();
    expect(checks).toHaveLength(1);
    await stop();
    expect(fake.handlerErrors).toEqual([]);
  });

  it("debounces a burst of edits into one check", async () => {
    const book = seedWorkbook({ host: { apiVersion } });
    await book.port.checkActiveSheet();
    const { checks, stop } = await watching(book, 600);
    jest.advanceTimersByTime(2000);
    for (const [address, value] of [["G25", 40], ["G25", 55], ["G25", 60]] as const) {
      book.fake.userEdit(book.sheet, address, value);
      jest.advanceTimersByTime(300);
    }
    jest.advanceTimersByTime(600);
    await settle();
    expect(checks).toHaveLength(1);
    await checks[0];
    await stop();
  });

  it("ignores ziping's own writes: check, totals, summary and clear start no re-check", async () => {
    const book = seedWorkbook({ host: { apiVersion } });
    const { checks, stop } = await watching(book);
    await book.port.checkActiveSheet();
    await book.port.writeSummary("zh-CN");
    await book.port.insertTotals();
    await book.port.clearMarks();
    jest.advanceTimersByTime(5000);
    await settle();
    expect(checks).toHaveLength(0);
    await stop();
  });

  it("stops watching", async () => {
    const book = seedWorkbook({ host: { apiVersion } });
    const { checks, stop } = await watching(book);
    await stop();
    expect(book.fake.handlerCount).toBe(0);
    jest.advanceTimersByTime(2000);
    book.fake.userEdit(book.sheet, "G25", 60);
    jest.advanceTimersByTime(5000);
    await settle();
    expect(checks).toHaveLength(0);
  });
});

describe("live re-check and notes", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("adds a mark and its note when an edit breaks a rule", async () => {
    const book = seedWorkbook();
    const { fake, port, sheet } = book;
    await port.checkActiveSheet();
    const { checks, stop } = await watching(book);
    fake.userEdit(sheet, "G23", "85%");
    jest.advanceTimersByTime(600);
    await settle();
    const check = await checks[0];
    expect(check.result.findings.some((f) => f.cells.includes("G23"))).toBe(true);
    expect(fake.displayedFill(sheet, "G23")).not.toBeNull();
    expect(fake.annotations(sheet).find((a) => a.address === "G23")?.content.startsWith(NOTE_PREFIX)).toBe(true);
    await stop();
  });
});
