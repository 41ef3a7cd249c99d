/**
 * The open workbook when a write fails half-way: the adapter decides everything before its
 * write sync; when Excel fails that sync after applying some of it (Excel does not roll back), the
 * call fails with a message that says what happened and what to do, nothing is assumed about what
 * reached the sheet, and 清除标记 removes every mark that did — the sheet is as the user had it.
 */
import { checkGrid } from "../../src/core/engine";
import type { GridData } from "../../src/core/grid";
import { applyPlanToGrid, marksFromFindings, planWrites } from "../../src/core/plan";
import { ProblemError } from "../../src/core/problem";
import { createPort, type Engine } from "../../src/excel";
import { seedSpec } from "../../tools/samples/seed-shenzhen-2021";
import { toGridData } from "../../tools/samples/sheet-spec";
import { FakeExcel } from "../support/fake-excel";

const SHEET = seedSpec.name;

interface Setup {
  fake: FakeExcel;
  port: ReturnType<typeof createPort>;
  /** The sync count each time the engine was asked something. */
  engineCalls: { call: string; sync: number }[];
  /** Fail the next call's write sync after this many write commands; `syncsBefore` syncs pass first. */
  failWriteAfter: (writes: number | null, syncsBefore?: number) => void;
  snapshot: () => unknown;
}

function setup(grid: GridData = toGridData(seedSpec)): Setup {
  const fake = new FakeExcel();
  fake.addSheet(SHEET, { grid, fills: { B5: "#FFFF00", G25: "#DDEEFF" }, notes: { C5: "填表人：内容已压缩" }, bold: ["A1"] });
  const engineCalls: Setup["engineCalls"] = [];
  // The real engine, watched: every decision it takes is stamped with the syncs done so far.
  const engine: Engine = {
    check: (g, o) => (engineCalls.push({ call: "check", sync: fake.syncCount }), checkGrid(g, o)),
    plan: (r, req, g) => (engineCalls.push({ call: "plan", sync: fake.syncCount }), planWrites(r, req, g)),
    applyToGrid: (g, p) => (engineCalls.push({ call: "applyToGrid", sync: fake.syncCount }), applyPlanToGrid(g, p)),
    marks: (f, l) => (engineCalls.push({ call: "marks", sync: fake.syncCount }), marksFromFindings(f, l)),
  };
  const port = createPort(engine, fake.run, { supports: fake.supports, libraryHas: fake.libraryHas, displayLanguage: () => "zh-CN" });
  const snapshot = () => ({
    contents: fake.contents(SHEET),
    formats: fake.formats(SHEET),
    merges: fake.merges(SHEET),
    annotations: fake.annotations(SHEET),
    conditionalFormats: fake.conditionalFormats(SHEET),
  });
  const failWriteAfter = (n: number | null, syncsBefore = SYNCS_BEFORE_WRITE): void => {
    if (n !== null) fake.failNextSync({ code: "GeneralException", message: "The operation failed.", afterWrites: n, afterSyncs: syncsBefore });
  };
  return { fake, port, engineCalls, failWriteAfter, snapshot };
}

/** A first check of the seed reads, locates the user's note among the cells to mark, then writes. */
const SYNCS_BEFORE_WRITE = 2;

describe("writes are decided before the write sync", () => {
  it("every engine call comes before the one sync that writes", async () => {
    const { fake, port, engineCalls } = setup();
    await port.checkActiveSheet();
    expect(fake.syncCount).toBe(SYNCS_BEFORE_WRITE + 1); // read, locate the user's note, write
    expect(engineCalls.length).toBeGreaterThan(0);
    expect(engineCalls.every((c) => c.sync < fake.syncCount)).toBe(true);
  });

  it("also when inserting the totals row and writing the summary", async () => {
    const { fake, port, engineCalls } = setup();
    await port.insertTotals();
    const syncs = fake.syncCount;
    expect(engineCalls.every((c) => c.sync < syncs)).toBe(true);
    engineCalls.length = 0;
    fake.resetSyncCount();
    await port.writeSummary("zh-CN");
    expect(engineCalls.every((c) => c.sync < fake.syncCount)).toBe(true);
  });
});

describe("a write sync that fails part-way", () => {
  it("fails with a message that says marks may be half-written and how to remove them, in both languages", async () => {
    const { port, failWriteAfter } = setup();
    failWriteAfter(2);
    const error = await port.checkActiveSheet().then(
      () => null,
      (e: unknown) => e,
    );
    // The adapter says what happened, as a code; the pane words it (test/taskpane/problems.test.tsx).
    expect(error).toBeInstanceOf(ProblemError);
    expect((error as ProblemError).problem).toMatchObject({ code: "write-interrupted", params: { detail: expect.stringContaining("The operation failed.") } });
    expect((error as ProblemError).problem.cause).toMatchObject({ code: "GeneralException" });
  });

  it("after a failure at any point of the write, 清除标记 leaves the sheet exactly as the user had it", async () => {
    const full = setup();
    await full.port.checkActiveSheet();
    const written = JSON.stringify(full.snapshot());
    // Fail after 0, 1, 2, … write commands, until the failure comes only after the last one.
    let n = 0;
    for (; n < 500; n++) {
      const { port, failWriteAfter, snapshot } = setup();
      const before = snapshot();
      failWriteAfter(n);
      await expect(port.checkActiveSheet()).rejects.toMatchObject({ problem: { code: "write-interrupted" } });
      const allWritten = JSON.stringify(snapshot()) === written;
      failWriteAfter(null);
      const cleared = await port.clearMarks();
      expect([n, snapshot()]).toEqual([n, before]);
      if (n > 0) expect(cleared).toBeGreaterThan(0);
      if (allWritten) break;
    }
    expect(n).toBeGreaterThan(3); // the seed's marks take several commands: every prefix was tried
    expect(n).toBeLessThan(500);
  });

  it("the next check trusts nothing from the failed one: it comes out as a first check would", async () => {
    const s = setup();
    await s.port.checkActiveSheet(); // a good check first: the adapter now has a ledger for this sheet
    s.fake.userEdit(SHEET, "G25", 40);
    // The ledger now vouches for where the notes are: read, then write.
    s.failWriteAfter(3, 1);
    await expect(s.port.checkActiveSheet()).rejects.toMatchObject({ problem: { code: "write-interrupted" } });
    s.failWriteAfter(null);
    const after = await s.port.checkActiveSheet();

    const reference = setup();
    reference.fake.userEdit(SHEET, "G25", 40);
    const expected = await reference.port.checkActiveSheet();
    expect(after.result.findings).toEqual(expected.result.findings);
    const marks = (x: Setup) => ({
      annotations: x.fake.annotations(SHEET),
      fills: Object.fromEntries(["G14", "G17", "G25", "B5", "E5"].map((a) => [a, x.fake.displayedFill(SHEET, a)])),
      formats: x.fake.conditionalFormats(SHEET).map((f) => `${f.formula} ${f.address}`).sort(),
    });
    expect(marks(s)).toEqual(marks(reference));
  });
});
