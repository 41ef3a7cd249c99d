/** 填写得分: the computed 得分 into blank score cells, decided before writing, in two syncs at most. */
import { MARK_FILL } from "../../src/core/model";
import { seedSpec } from "../../tools/samples/seed-shenzhen-2021";
import { withCells } from "../../tools/samples/sheet-spec";
import { projectSpecSichuan } from "../../tools/samples/variants";
import { seedWorkbook } from "../support/seed-workbook";

// form_2 with its 完成值 filled in and every 得分 (H8, J14, J15) and the 合计 score (J16) still blank.
const unscored = () => withCells(projectSpecSichuan(), { H14: 100, H15: 100 });
const SCORE_CELLS = ["H8", "J14", "J15", "J16"];

describe("fillScores", () => {
  it("writes the computed scores into the blank 得分 cells in two syncs, and the re-check is clean", async () => {
    const { fake, port, sheet } = seedWorkbook({ spec: unscored() });
    const first = await port.checkActiveSheet();
    expect(first.result.findings.map((f) => [f.rule, f.cells[0]])).toEqual([
      ["score-mismatch", "H8"],
      ["score-mismatch", "J14"],
      ["score-mismatch", "J15"],
    ]);
    expect(fake.displayedFill(sheet, "J14")).toBe(MARK_FILL.error);
    for (const address of SCORE_CELLS) expect(fake.cell(sheet, address).value).toBeNull();

    fake.resetSyncCount();
    const check = await port.fillScores();
    expect(fake.syncCount).toBeLessThanOrEqual(2);
    expect(check.refused).toBeUndefined();
    expect(check.filled).toBe(4);
    expect(SCORE_CELLS.map((a) => fake.cell(sheet, a).value)).toEqual([10, 60, 30, 100]);
    expect(check.result.findings).toEqual([]);
    expect(check.result.scoring).toMatchObject({ computedTotal: "100.00", statedTotal: "100", grade: "优" });
    expect(check.marked).toBe(0);
    // The marks of the blank scores went in the same write.
    expect(fake.displayedFill(sheet, "J14")).toBeNull();
    expect(fake.conditionalFormats(sheet)).toEqual([]);
  });

  it("leaves a stated score alone, right or wrong, and fills only the blank ones", async () => {
    // J14 holds a wrong 50 (60 by the rules); H8 holds the right 10.
    const { fake, port, sheet } = seedWorkbook({ spec: withCells(unscored(), { J14: 50, H8: 10 }) });
    const check = await port.fillScores();
    expect(check.filled).toBeGreaterThan(0);
    expect(fake.cell(sheet, "J14").value).toBe(50);
    expect(fake.cell(sheet, "H8").value).toBe(10);
    expect(fake.cell(sheet, "J15").value).toBe(30);
    // The wrong score is still reported and marked.
    const wrong = check.result.findings.find((f) => f.rule === "score-mismatch" && f.cells[0] === "J14");
    expect(wrong).toBeDefined();
    expect(fake.displayedFill(sheet, "J14")).toBe(MARK_FILL.error);
  });

  it("writes nothing new on a second run: one sync, nothing filled, the sheet as it was", async () => {
    const { fake, port, sheet } = seedWorkbook({ spec: unscored() });
    await port.fillScores();
    const contents = fake.contents(sheet);
    const formats = fake.formats(sheet);
    fake.resetSyncCount();
    const again = await port.fillScores();
    expect(again.filled).toBe(0);
    expect(again.refused).toBeUndefined();
    expect(fake.syncCount).toBe(1);
    expect(fake.contents(sheet)).toEqual(contents);
    expect(fake.formats(sheet)).toEqual(formats);
  });

  it("scores by the options it is given", async () => {
    const { port } = seedWorkbook({ spec: unscored() });
    const guessed = await port.checkActiveSheet();
    expect(guessed.result.scoring).toMatchObject({ profile: "central", guessed: true });
    const chosen = await port.fillScores({ profile: "hubei" });
    expect(chosen.result.scoring).toMatchObject({ profile: "hubei", guessed: false });
  });

  it("a form without blank 得分 gets nothing written and says it filled none", async () => {
    const { fake, port, sheet } = seedWorkbook({ spec: withCells(unscored(), { H8: 10, J14: 60, J15: 30, J16: 100 }) });
    const contents = fake.contents(sheet);
    const check = await port.fillScores();
    expect(check.filled).toBe(0);
    expect(fake.contents(sheet)).toEqual(contents);
  });

  it("a department form without score columns fills nothing", async () => {
    const { fake, port, sheet } = seedWorkbook({ spec: seedSpec });
    const contents = fake.contents(sheet);
    const check = await port.fillScores();
    expect(check.result.scoring).toBeNull();
    expect(check.filled).toBe(0);
    expect(fake.contents(sheet)).toEqual(contents);
  });
});

describe("fillScores refusals", () => {
  it("writes nothing on a protected sheet, in one sync", async () => {
    const { fake, port, sheet } = seedWorkbook({ spec: unscored(), setup: { protected: true } });
    const contents = fake.contents(sheet);
    const check = await port.fillScores();
    expect(check.refused).toMatchObject({ code: "sheet-protected" });
    expect(check.filled).toBeUndefined();
    expect(fake.syncCount).toBe(1);
    expect(fake.contents(sheet)).toEqual(contents);
    expect(fake.conditionalFormats(sheet)).toEqual([]);
  });

  it("writes nothing on a sheet without a form", async () => {
    const spec = { name: "封面", rows: [["2023年度资料"], ["说明", "无"]], merges: [] };
    const { fake, port, sheet } = seedWorkbook({ spec });
    const contents = fake.contents(sheet);
    const check = await port.fillScores();
    expect(check.refused).toMatchObject({ code: "no-form" });
    expect(check.result.form).toBeNull();
    expect(fake.contents(sheet)).toEqual(contents);
  });

  it("is refused while a cell is being edited", async () => {
    const { fake, port, sheet } = seedWorkbook({ spec: unscored() });
    fake.setCellEditMode(true);
    expect((await port.fillScores()).refused).toMatchObject({ code: "cell-edit-mode" });
    expect(fake.cell(sheet, "J14").value).toBeNull();
  });
});
