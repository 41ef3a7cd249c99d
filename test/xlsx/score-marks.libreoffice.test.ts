/**
 * Score marks in a real spreadsheet engine. The Anhui project sample (assets/samples) states a
 * budget-execution 得分 of 0 where 执行数 ÷ 预算数 × 分值 gives 10; two scores are made wrong before the
 * check — a met indicator given 5 of its 8 (H14), and 9 against a 分值 of 8 (H18) — and one qualitative
 * score put outside its grade's band (H21: 达成 earns 8–10). The annotated copy is then corrected
 * the way a department would, and LibreOffice Calc shows which cells its conditional formats colour.
 */
import ExcelJS from "exceljs";
import { mkdirSync } from "fs";
import * as path from "path";
import { MARK_FILL } from "../../src/core/model";
import { ziping } from "../support/cli";
import { shownFills } from "../support/libreoffice";
import { tempDir } from "../support/workbooks";

const SAMPLE = path.join(__dirname, "../../assets/samples/project-anhui-2022.xlsx");
const RED = MARK_FILL.error;
/** 总分 against the sum of the scores (score-total-mismatch) is a static mark in every variant. */
const TOTAL = { H27: RED };

type Edits = Record<string, string | number>;

const variants: { name: string; guards: boolean; edits: Edits }[] = [
  { name: "as-annotated", guards: false, edits: {} },
  { name: "budget-score-fixed", guards: false, edits: { H6: 10 } },
  { name: "budget-score-still-wrong", guards: false, edits: { H6: 5 } },
  { name: "indicator-score-fixed", guards: false, edits: { H14: 8 } },
  { name: "actual-lowered-score-follows", guards: false, edits: { F14: "40", H14: 6.4 } },
  { name: "actual-lowered-score-wrong", guards: false, edits: { F14: "40", H14: 7 } },
  { name: "above-weight-fixed", guards: false, edits: { H18: 8 } },
  { name: "qualitative-fixed", guards: false, edits: { H21: 9 } },
  { name: "budget-amounts-changed", guards: false, edits: { E7: 45, H6: 5 } },
  { name: "guarded", guards: true, edits: {} },
  { name: "guarded-score-broken", guards: true, edits: { H15: 6, H26: 12 } },
];

/** The fills of the score columns (分值 G, 得分 H) from row 6 down: what these variants change. */
let fills: Map<string, Record<string, string>>;
let cleanup: () => void;

beforeAll(async () => {
  const temp = tempDir("ziping-score-marks-");
  cleanup = temp.cleanup;
  mkdirSync(path.join(temp.dir, "source"));
  const source = path.join(temp.dir, "source", path.basename(SAMPLE));
  const wrong = new ExcelJS.Workbook();
  await wrong.xlsx.readFile(SAMPLE);
  Object.entries({ H14: 5, H18: 9, H21: 5 }).forEach(([a, v]) => (wrong.worksheets[0].getCell(a).value = v));
  await wrong.xlsx.writeFile(source);
  for (const guards of [false, true]) {
    const run = await ziping(["check", source, "--out", path.join(temp.dir, guards ? "guarded" : "plain"), ...(guards ? ["--guards"] : [])]);
    expect(run.code).toBe(1);
  }
  const files: string[] = [];
  for (const v of variants) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(temp.dir, v.guards ? "guarded" : "plain", path.basename(SAMPLE)));
    for (const [address, value] of Object.entries(v.edits)) wb.worksheets[0].getCell(address).value = value;
    const file = path.join(temp.dir, `${v.name}.xlsx`);
    await wb.xlsx.writeFile(file);
    files.push(file);
  }
  const shown = await shownFills(files);
  fills = new Map(
    variants.map((v, i) => [
      v.name,
      Object.fromEntries([...shown[i]].filter(([address]) => /^[GH]\d+$/.test(address) && Number(address.slice(1)) >= 6 && address !== "G6")),
    ]),
  );
}, 240_000);

afterAll(() => cleanup?.());

const colours = (name: string): Record<string, string> => fills.get(name)!;

describe("score marks, recalculated by LibreOffice", () => {
  test("the copy as written marks the wrong scores: the budget line, a met indicator short of its 分值, a score above it", () => {
    expect(colours("as-annotated")).toEqual({ H6: RED, H14: RED, G18: RED, H18: RED, H21: RED, ...TOTAL });
  });

  test("the budget-execution score set to 执行数 ÷ 预算数 × 分值 loses its red; set to another wrong figure, it keeps it", () => {
    expect(colours("budget-score-fixed")).toEqual({ H14: RED, G18: RED, H18: RED, H21: RED, ...TOTAL });
    expect(colours("budget-score-still-wrong")).toEqual(colours("as-annotated"));
  });

  test("a met indicator given its full 分值 loses its red; the untouched wrong scores keep theirs", () => {
    expect(colours("indicator-score-fixed")).toEqual({ H6: RED, G18: RED, H18: RED, H21: RED, ...TOTAL });
  });

  test("the score follows the actual: 40 against ≥50个 earns 40 ÷ 50 × 8 = 6.4, and 7 is red", () => {
    expect(colours("actual-lowered-score-follows")).toEqual({ H6: RED, G18: RED, H18: RED, H21: RED, ...TOTAL });
    expect(colours("actual-lowered-score-wrong")).toEqual(colours("as-annotated"));
  });

  test("a score brought down to its 分值 takes the red off both cells", () => {
    expect(colours("above-weight-fixed")).toEqual({ H6: RED, H14: RED, H21: RED, ...TOTAL });
  });

  test("a qualitative score is for a person to place in its band: its mark stays until the form is checked again", () => {
    expect(colours("qualitative-fixed")).toEqual(colours("as-annotated"));
  });

  test("the budget score follows the amounts: 45 of 89.974 spent earns 5.00", () => {
    expect(colours("budget-amounts-changed")).toEqual({ H14: RED, G18: RED, H18: RED, H21: RED, ...TOTAL });
  });

  test("with guards, a correct score made wrong turns red as it is typed, and so does one above its 分值", () => {
    expect(colours("guarded")).toEqual(colours("as-annotated"));
    expect(colours("guarded-score-broken")).toEqual({ ...colours("as-annotated"), H15: RED, H26: RED });
  });
});
