/**
 * Live conditions after rows are inserted by a real engine: annotated copies are opened in
 * LibreOffice Calc, rows are inserted above and inside the form and cells typed there through UNO
 * (test/support/libreoffice-edit.py), and the fills Calc then shows are read back. Calc moves each
 * conditional format's range and the references in its formula as it moves the cells; ziping's
 * conditions carry no `$`, so they follow their cells, and a total's range grows over a row
 * inserted among its rows.
 */
import * as path from "path";
import { MARK_FILL } from "../../src/core/model";
import { ziping } from "../support/cli";
import { fillsAfterEdits, type CalcEdit } from "../support/libreoffice-edit";
import { tempDir } from "../support/workbooks";

const SEED = path.join(__dirname, "../../assets/samples/seed-shenzhen-2021.xlsx");
const ANHUI = path.join(__dirname, "../../assets/samples/project-anhui-2022.xlsx");
const RED = MARK_FILL.error;
const AMBER = MARK_FILL.warning;
const BLUE = MARK_FILL.info;

let dir: string;
let cleanup: () => void;

beforeAll(async () => {
  const temp = tempDir("ziping-insert-rows-");
  ({ dir, cleanup } = temp);
  for (const sample of [SEED, ANHUI]) {
    const run = await ziping(["check", sample, "--out", dir, "--guards"]);
    expect(run.code).toBe(1);
  }
}, 60_000);

afterAll(() => cleanup?.());

const shown = async (sample: string, edits: CalcEdit[]): Promise<Record<string, string>> =>
  Object.fromEntries(await fillsAfterEdits(path.join(dir, path.basename(sample)), edits));

// Calc's HTML export starts at the first row that holds something: a row inserted above the form is
// given a line of text, as a person adding a heading would, so addresses read back stay the sheet's.
const aboveTheForm: CalcEdit[] = [{ insertRows: [1, 1] }, { set: ["A1", "（退回修改稿）"] }];

describe("rows inserted in LibreOffice Calc", () => {
  test("a row above the form: the marks move down with their cells", async () => {
    expect(await shown(SEED, aboveTheForm)).toEqual({ G15: AMBER, G18: BLUE, G26: RED });
  }, 120_000);

  test("a row above the form: fixing the moved cell takes its red away, and a guard on a moved row still catches a new mistake", async () => {
    const edits: CalcEdit[] = [...aboveTheForm, { set: ["G26", "60"] }, { set: ["G6", "45,791,380.30"] }];
    // The raised 执行数 is over its budget (G6) and its column's 金额合计 (G11) no longer adds up; the two
    // indicators that state the execution rate (G24, G25) no longer match 执行数 ÷ 预算数.
    expect(await shown(SEED, edits)).toEqual({ G6: AMBER, G11: RED, G15: AMBER, G18: BLUE, G24: RED, G25: RED });
  }, 120_000);

  test("a row inside the task rows: the total's condition grows over it and counts what is typed there", async () => {
    const edits: CalcEdit[] = [{ insertRows: [7, 1] }, { set: ["B7", "新增任务"] }, { set: ["G7", "1,000.00"] }];
    expect(await shown(SEED, edits)).toEqual({ G11: RED, G15: AMBER, G18: BLUE, G26: RED });
  }, 120_000);

  test("a row inside the indicator table: the score conditions move with their cells", async () => {
    const moved = await shown(ANHUI, [{ insertRows: [14, 1] }]);
    expect(moved.H6).toBe(RED); // the budget-execution 得分 above the inserted row stays where it was
    expect(moved.H15).toBeUndefined();
    // Fixing the budget score and breaking the moved 基建工程委托业务项目数量's score (now H15, 分值 8).
    const edited = await shown(ANHUI, [{ insertRows: [14, 1] }, { setNumber: ["H6", 10] }, { setNumber: ["H15", 5] }]);
    expect(edited.H6).toBeUndefined();
    expect(edited.H15).toBe(RED);
    expect(edited.H16).toBeUndefined();
  }, 120_000);
});
