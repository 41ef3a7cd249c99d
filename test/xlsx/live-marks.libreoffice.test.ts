/**
 * Live marks in a real spreadsheet engine: annotated copies of the seed sample are changed with
 * exceljs the way a department would correct them, opened and recalculated by LibreOffice Calc, and
 * the fills its conditional formats show are read back. One LibreOffice run converts every variant.
 */
import ExcelJS from "exceljs";
import * as path from "path";
import { MARK_FILL } from "../../src/core/model";
import { ziping } from "../support/cli";
import { shownFills } from "../support/libreoffice";
import { tempDir } from "../support/workbooks";

const SEED = path.join(__dirname, "../../assets/samples/seed-shenzhen-2021.xlsx");
const RED = MARK_FILL.error;
const AMBER = MARK_FILL.warning;
const BLUE = MARK_FILL.info;

type Edits = Record<string, string | number>;

const variants: { name: string; guards: boolean; edits: Edits }[] = [
  { name: "as-annotated", guards: false, edits: {} },
  { name: "g25-fixed", guards: false, edits: { G25: 60 } },
  { name: "g25-fixed-with-unit", guards: false, edits: { G25: "60人次" } },
  { name: "g25-still-short-with-unit", guards: false, edits: { G25: "40人次" } },
  { name: "unrelated-edit", guards: false, edits: { G5: "45,791,380.30" } },
  { name: "guarded", guards: true, edits: {} },
  { name: "guarded-task-raised", guards: true, edits: { G5: "45,791,380.30" } },
  { name: "guarded-percent-broken", guards: true, edits: { G18: "85%", G22: 0.85, G26: "99.5%" } },
  { name: "guarded-fiscal-above-total", guards: true, edits: { F6: "90,000,000.00" } },
  // 项目资金使用率 is the execution rate under another name: 99% meets >90% but not 执行数 ÷ 预算数.
  { name: "guarded-rate-broken", guards: true, edits: { G24: "99%", G23: 0.9551 } },
];

let fills: Map<string, Map<string, string>>;
let cleanup: () => void;

beforeAll(async () => {
  const temp = tempDir("ziping-live-");
  cleanup = temp.cleanup;
  for (const guards of [false, true]) {
    const out = path.join(temp.dir, guards ? "guarded" : "plain");
    const run = await ziping(["check", SEED, "--out", out, ...(guards ? ["--guards"] : [])]);
    expect(run.code).toBe(1);
  }
  const files: string[] = [];
  for (const v of variants) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(temp.dir, v.guards ? "guarded" : "plain", path.basename(SEED)));
    const ws = wb.worksheets[0];
    for (const [address, value] of Object.entries(v.edits)) ws.getCell(address).value = value;
    const file = path.join(temp.dir, `${v.name}.xlsx`);
    await wb.xlsx.writeFile(file);
    files.push(file);
  }
  const shown = await shownFills(files);
  fills = new Map(variants.map((v, i) => [v.name, shown[i]]));
}, 180_000);

afterAll(() => cleanup?.());

const colours = (name: string): Record<string, string> => Object.fromEntries(fills.get(name)!);

describe("live marks, recalculated by LibreOffice", () => {
  test("the copy as written shows the three marks and nothing else", () => {
    expect(colours("as-annotated")).toEqual({ G14: AMBER, G17: BLUE, G25: RED });
  });

  test("G25 set to 60: no red cell remains, the amber and blue marks stay", () => {
    expect(colours("g25-fixed")).toEqual({ G14: AMBER, G17: BLUE });
  });

  test("a unit after the number is read like the engine reads it", () => {
    expect(colours("g25-fixed-with-unit")).toEqual({ G14: AMBER, G17: BLUE });
    expect(colours("g25-still-short-with-unit")).toEqual({ G14: AMBER, G17: BLUE, G25: RED });
  });

  test("without guards, a new mistake is not coloured (only the marked cells carry conditions)", () => {
    expect(colours("unrelated-edit")).toEqual({ G14: AMBER, G17: BLUE, G25: RED });
  });

  test("guards colour nothing while every guarded cell passes", () => {
    expect(colours("guarded")).toEqual({ G14: AMBER, G17: BLUE, G25: RED });
  });

  test("with guards, a raised 执行数 turns its 金额合计 red and its own cell amber (over budget)", () => {
    // The two indicators that state the execution rate (95.51%) no longer match 执行数 ÷ 预算数 of the
    // rows either, as the engine finds too (rate-mismatch on the rows' basis).
    expect(colours("guarded-task-raised")).toEqual({ G5: AMBER, G10: RED, G14: AMBER, G17: BLUE, G23: RED, G24: RED, G25: RED });
  });

  test("with guards, percentages below target turn red whether typed as 85%, 0.85 or short of =100%", () => {
    expect(colours("guarded-percent-broken")).toEqual({ G14: AMBER, G17: BLUE, G18: RED, G22: RED, G25: RED, G26: RED });
  });

  test("with guards, a rate indicator that disagrees with 执行数 ÷ 预算数 turns red; the same rate as a fraction does not", () => {
    expect(colours("guarded-rate-broken")).toEqual({ G14: AMBER, G17: BLUE, G24: RED, G25: RED });
  });

  test("with guards, a 财政拨款 above its 总额 turns red, and so does the column's total", () => {
    expect(colours("guarded-fiscal-above-total")).toEqual({ F6: RED, F10: RED, G14: AMBER, G17: BLUE, G25: RED });
  });
});
