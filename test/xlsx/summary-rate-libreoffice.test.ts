/**
 * The 校验摘要's 预算执行率 after a real spreadsheet engine recalculates the annotated copy: where
 * ziping wrote a formula, LibreOffice headless computes the engine's figure from it; where the totals
 * line holds amounts a formula cannot read (`14.6万`, `146,000.00元`, full-width digits,
 * `（146,000.00）`) or disagrees with its lines, the cell holds the engine's figure as a value and
 * the cell beside it says why — it never goes blank.
 */
import ExcelJS from "exceljs";
import * as path from "path";
import type { JsonFile } from "../../src/cli/format-json";
import type { CellSpec, SheetSpec } from "../../tools/samples/sheet-spec";
import { ziping } from "../support/cli";
import { recalculate } from "../support/libreoffice-recalculate";
import { specBytes, tempDir, writeBytes } from "../support/workbooks";

const X: CellSpec = null;

/** Two task lines (100,000 + 46,000 budget; 90,000 + 41,000 spent) under the totals line given. */
function form(name: string, budgetTotal: CellSpec, spentTotal: CellSpec): SheetSpec {
  return {
    name,
    rows: [
      ["2022年度部门整体支出绩效目标完成情况自评表", X, X, X, X, X],
      ["部门（单位）名称", "某区统计局", X, X, X, X],
      ["任务名称", "主要内容", "预算数（元）", X, "执行数（元）", X],
      [X, X, "总额", "其中：财政拨款", "总额", "其中：财政拨款"],
      ["统计调查", "常规统计报表", 100000, 100000, 90000, 90000],
      ["经济普查", "第五次全国经济普查", 46000, 46000, 41000, 41000],
      ["金额合计", X, budgetTotal, 146000, spentTotal, 131000],
    ],
    merges: ["A1:F1", "B2:F2", "A3:A4", "B3:B4", "C3:D3", "E3:F3", "A7:B7"],
    columnWidths: [14, 20, 14, 14, 14, 14],
  };
}

/** Sheet → how its totals line is written, and whether a formula can be written over it. */
const CASES: Array<[string, CellSpec, CellSpec, "formula" | "unreadable" | "other-basis"]> = [
  ["数字", 146000, 131000, "formula"],
  ["文字金额", "146,000.00", "131,000.00", "formula"],
  ["万元写法", "14.6万", "13.1万", "unreadable"],
  ["带单位", "146,000.00元", "131,000.00元", "unreadable"],
  ["全角数字", "１４６０００", "１３１０００", "unreadable"],
  ["括号", "（146,000.00）", "（131,000.00）", "unreadable"],
  ["与各行不符", 150000, 131000, "other-basis"],
];

const NOTE = {
  zh: { unreadable: "是表格公式读不出的文字", "other-basis": "合计行金额与各行之和不一致" },
  en: { unreadable: "is text a spreadsheet formula cannot read", "other-basis": "the totals line disagrees with its lines" },
} as const;

const LABEL = { zh: "预算执行率", en: "Budget execution rate" } as const;

function resultOf(cell: ExcelJS.Cell): number | string | null {
  const v = cell.value;
  if (v !== null && typeof v === "object" && "result" in v) return (v.result as number | string | undefined) ?? null;
  return typeof v === "number" || typeof v === "string" ? v : null;
}

describe("预算执行率 in the 校验摘要, recalculated by LibreOffice", () => {
  jest.setTimeout(300_000);

  it.each(["zh", "en"] as const)("--lang %s: a formula only where it recalculates to the engine's figure, else the value with a note", async (lang) => {
    const { dir, cleanup } = tempDir("ziping-rate-lo-");
    try {
      const input = writeBytes(dir, "rates.xlsx", await specBytes(...CASES.map(([name, b, s]) => form(name, b, s))));
      const json = await ziping(["check", "--format", "json", "--lang", lang, input]);
      const engine = new Map((JSON.parse(json.stdout) as JsonFile[])[0].sheets.map((s) => [s.sheet, s.totals?.executionRate ?? null]));
      const out = path.join(dir, "out");
      await ziping(["check", "--summary", "--lang", lang, "--out", out, input]);

      const written = new ExcelJS.Workbook();
      await written.xlsx.readFile(path.join(out, "rates.xlsx"));
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(await recalculate(path.join(out, "rates.xlsx"), path.join(dir, "lo")));

      for (const [name, , , expected] of CASES) {
        const ws = book.getWorksheet(name)!;
        let row = 0;
        ws.eachRow((r, n) => {
          if (r.getCell(1).value === LABEL[lang]) row = n;
        });
        expect([name, row > 0]).toEqual([name, true]);
        // The figure sits in the first column after the label that leaves the longest label room
        // (A is 14 wide: C in English, whose labels run to 27 characters; B in Chinese).
        let col = 2;
        while (col < 10 && ws.getCell(row, col).value === null) col++;
        const recalculated = resultOf(ws.getCell(row, col));
        // Never blank, and the figure the engine reports (95.51% style, two decimals).
        expect([name, typeof recalculated]).toEqual([name, "number"]);
        expect([name, `${((recalculated as number) * 100).toFixed(2)}%`]).toEqual([name, engine.get(name)]);
        const copyCell = written.getWorksheet(name)!.getCell(row, col);
        const note = written.getWorksheet(name)!.getCell(row, col + 1).value;
        if (expected === "formula") {
          expect([name, typeof copyCell.formula]).toEqual([name, "string"]);
          expect([name, note]).toEqual([name, null]);
        } else {
          expect([name, copyCell.formula]).toEqual([name, undefined]);
          expect([name, String(note)]).toEqual([name, expect.stringContaining(NOTE[lang][expected])]);
        }
      }
    } finally {
      cleanup();
    }
  });
});
