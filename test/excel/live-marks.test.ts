/**
 * Live marks through the Office.js adapter, on the fake host (which evaluates the conditions the way
 * Excel's function reference describes them; only real Excel can show its own rendering): the fill
 * follows the cell with no re-check, and the pane's live re-check writes nothing while the user fixes
 * cells — it writes only for a new finding or a static mark that must go.
 */
import { MARK_FILL } from "../../src/core/model";
import { withCells } from "../../tools/samples/sheet-spec";
import { seedSpec } from "../../tools/samples/seed-shenzhen-2021";
import { MAX_COLS } from "../support/fake-excel/addresses";
import { seedWorkbook } from "../support/seed-workbook";

const RED = MARK_FILL.error;
const AMBER = MARK_FILL.warning;
const BLUE = MARK_FILL.info;

describe("live marks in Excel", () => {
  it("a fixed cell loses its fill without a re-check; the untouched marks keep theirs", async () => {
    const { fake, port, sheet } = seedWorkbook();
    await port.checkActiveSheet();
    expect(fake.displayedFill(sheet, "G25")).toBe(RED);
    const syncs = fake.syncCount;
    fake.userEdit(sheet, "G25", "60");
    expect(fake.syncCount).toBe(syncs);
    expect(fake.displayedFill(sheet, "G25")).toBeNull();
    expect(fake.displayedFill(sheet, "G14")).toBe(AMBER);
    expect(fake.displayedFill(sheet, "G17")).toBe(BLUE);
    fake.userEdit(sheet, "G25", "40人次");
    expect(fake.displayedFill(sheet, "G25")).toBe(RED);
  });

  it("the live re-check after a fix reads once and writes nothing; the note states the requirement", async () => {
    const { fake, port, sheet } = seedWorkbook();
    await port.checkActiveSheet();
    fake.userEdit(sheet, "G25", "60");
    const syncs = fake.syncCount;
    const check = await port.checkActiveSheet({}, { live: true });
    expect(fake.syncCount - syncs).toBe(1);
    expect(check.result.findings.map((f) => f.cells[0])).not.toContain("G25");
    const note = fake.annotations(sheet).find((a) => a.address === "G25");
    expect(note?.content).toContain("实际完成值应 >50人次");
    // Broken again: red at once, and the next live re-check still has nothing to write.
    fake.userEdit(sheet, "G25", "36");
    expect(fake.displayedFill(sheet, "G25")).toBe(RED);
    const again = fake.syncCount;
    await port.checkActiveSheet({}, { live: true });
    expect(fake.syncCount - again).toBe(1);
  });

  it("校验本表 (not live) takes the fixed cell's mark and note away", async () => {
    const { fake, port, sheet } = seedWorkbook();
    await port.checkActiveSheet();
    fake.userEdit(sheet, "G25", "60");
    const syncs = fake.syncCount;
    await port.checkActiveSheet();
    expect(fake.syncCount - syncs).toBe(2);
    expect(fake.annotations(sheet).map((a) => a.address)).toEqual(["G14", "G17"]);
  });

  it("the live re-check writes when a static mark must go, or a finding appears with no live condition", async () => {
    const { fake, port, sheet } = seedWorkbook({ spec: withCells(seedSpec, { G21: "基本完成" }) });
    await port.checkActiveSheet();
    expect(fake.displayedFill(sheet, "G21")).not.toBeNull();
    fake.userEdit(sheet, "G21", "100%");
    // A static mark stays until ziping runs again …
    expect(fake.displayedFill(sheet, "G21")).not.toBeNull();
    let syncs = fake.syncCount;
    await port.checkActiveSheet({}, { live: true });
    // … which writes to take it away.
    expect(fake.syncCount - syncs).toBe(2);
    expect(fake.displayedFill(sheet, "G21")).toBeNull();
    fake.userEdit(sheet, "G15", "1500");
    syncs = fake.syncCount;
    await port.checkActiveSheet({}, { live: true });
    expect(fake.syncCount - syncs).toBe(2);
    expect(fake.displayedFill(sheet, "G15")).toBe(BLUE);
  });

  it("with guards, raising a task's 执行数 turns its 金额合计 red as it is typed", async () => {
    const { fake, port, sheet } = seedWorkbook();
    await port.checkActiveSheet({}, { guards: true });
    expect(fake.displayedFill(sheet, "G10")).toBeNull();
    fake.userEdit(sheet, "G5", "45,791,380.30");
    expect(fake.displayedFill(sheet, "G10")).toBe(RED);
    expect(fake.displayedFill(sheet, "G5")).toBe(AMBER);
    // Guards share rules per column and condition.
    expect(fake.conditionalFormats(sheet).length).toBeLessThan(25);
  });
});

describe("live conditions after rows are inserted (the fake moves a format's range and its formula's references as it moves cells' formulas)", () => {
  const insertRow = (fake: ReturnType<typeof seedWorkbook>["fake"], sheet: string, row: number) =>
    fake.doc.insertRows(fake.sheet(sheet), { top: row, bottom: row, left: 0, right: MAX_COLS - 1 }, false);

  it("a row above the form: the marks move with their cells and still follow them", async () => {
    const { fake, port, sheet } = seedWorkbook();
    await port.checkActiveSheet({}, { guards: true });
    insertRow(fake, sheet, 0);
    expect(fake.displayedFill(sheet, "G26")).toBe(RED);
    fake.userEdit(sheet, "G26", "60");
    expect(fake.displayedFill(sheet, "G26")).toBeNull();
    fake.userEdit(sheet, "G6", "45,791,380.30");
    expect(fake.displayedFill(sheet, "G11")).toBe(RED);
  });

  it("a row inside the task rows: the total's condition grows over it", async () => {
    const { fake, port, sheet } = seedWorkbook();
    await port.checkActiveSheet({}, { guards: true });
    insertRow(fake, sheet, 6); // a new row 7, between the second and third task
    expect(fake.displayedFill(sheet, "G11")).toBeNull();
    fake.userEdit(sheet, "G7", "1,000.00");
    expect(fake.displayedFill(sheet, "G11")).toBe(RED);
  });
});
