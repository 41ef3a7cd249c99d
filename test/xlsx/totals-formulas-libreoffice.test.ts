/**
 * `ziping check --insert-totals --summary --out` never writes a formula that a real spreadsheet engine
 * computes to something other than the figure ziping reports: the annotated copy is recalculated by
 * LibreOffice headless and every formula in it is compared with the plan's own result. A column whose
 * parts hold text no formula reads (`864.2万`, a `/` among text amounts) keeps its stated total, and
 * the command says so.
 */
import ExcelJS from "exceljs";
import * as path from "path";
import { checkGrid } from "../../src/core/engine";
import { a1 } from "../../src/core/grid";
import { planWrites } from "../../src/core/plan";
import { readWorkbook } from "../../src/xlsx/read";
import type { CellSpec, SheetSpec } from "../../tools/samples/sheet-spec";
import { ziping } from "../support/cli";
import { recalculate } from "../support/libreoffice-recalculate";
import { specBytes, tempDir, writeBytes } from "../support/workbooks";

const X: CellSpec = null;

/** A task table exported with its amounts as text; one written `864.2万`, one `/`. */
function textAmountsSpec(): SheetSpec {
  return {
    name: "自评表",
    rows: [
      /* 1 */ ["2022年度部门整体支出绩效目标完成情况自评表", X, X, X, X, X],
      /* 2 */ ["部门（单位）名称", "某区统计局", X, X, X, X],
      /* 3 */ ["任务名称", "主要内容", "预算数（元）", X, "执行数（元）", X],
      /* 4 */ [X, X, "总额", "其中：财政拨款", "总额", "其中：财政拨款"],
      /* 5 */ ["统计调查", "常规统计报表", "1,000.00", "800.00", "900.00", "700.00"],
      /* 6 */ ["经济普查", "第五次全国经济普查", "864.2万", "2,000.00", "3,000.00", "1,500.00"],
      /* 7 */ ["统计执法", "执法检查", "500.50", "/", "400.25", "0.00"],
      /* 8 */ ["金额合计", X, "8,643,500.50", "2,800.00", "4,300.25", "2,200.00"],
    ],
    merges: ["A1:F1", "B2:F2", "A3:A4", "B3:B4", "C3:D3", "E3:F3", "A8:B8"],
    columnWidths: [14, 20, 14, 14, 14, 14],
  };
}

const numeric = (value: ExcelJS.CellValue): number | string | null => {
  if (value !== null && typeof value === "object" && "result" in value) {
    const result = value.result;
    return typeof result === "number" || typeof result === "string" ? result : result === undefined ? null : JSON.stringify(result);
  }
  return typeof value === "number" || typeof value === "string" ? value : null;
};

describe("totals formulas recalculated by LibreOffice", () => {
  jest.setTimeout(300_000);

  it("every formula in the copy computes the figure ziping reports; a column of unreadable text keeps its total, and the command says why", async () => {
    const { dir, cleanup } = tempDir("ziping-lo-");
    try {
      const input = writeBytes(dir, "统计局.xlsx", await specBytes(textAmountsSpec()));
      const out = path.join(dir, "out");
      const run = await ziping(["check", "--insert-totals", "--summary", "--out", out, input]);
      expect(run.stdout).toContain("预算数·总额保留表中所填合计，未改为公式：C6「864.2万」是公式读不出的文字");
      expect(run.stdout).toContain("预算数·其中：财政拨款保留表中所填合计，未改为公式：D7「/」是公式读不出的文字");

      const en = await ziping(["check", "--insert-totals", "--lang", "en", "--out", path.join(dir, "out-en"), input]);
      expect(en.stdout).toContain("The stated total of 预算数/总额 is kept and no formula written: C6 「864.2万」 is text a formula cannot read");

      // The plan the command wrote, with the figures it reports.
      const { sheets } = await readWorkbook(input);
      const grid = sheets[0];
      const { plan } = planWrites(checkGrid(grid), { insertTotals: true, summary: true }, grid);
      const planned = new Map<string, number | string>();
      for (const cell of plan.totals?.cells ?? []) if (cell.formula && cell.result !== undefined) planned.set(a1(plan.totals!.row, cell.col), cell.result);
      for (const row of plan.summary?.rows ?? []) {
        for (const cell of row.cells) if (cell.formula && cell.result !== undefined) planned.set(a1(row.row, cell.col), cell.result);
      }
      expect([...planned.keys()].filter((a) => a.endsWith("8")).sort()).toEqual(["E8", "F8"]);
      expect(plan.totalsKept?.map((k) => [k.reason, k.cells])).toEqual([
        ["unreadable-parts", ["C8"]],
        ["unreadable-parts", ["D8"]],
      ]);

      // A control formula with a wrong cached result: LibreOffice must replace it, or nothing was recalculated.
      const copyPath = path.join(out, "统计局.xlsx");
      const copy = new ExcelJS.Workbook();
      await copy.xlsx.readFile(copyPath);
      copy.worksheets[0].getCell("H1").value = { formula: "1+1", result: 999 };
      await copy.xlsx.writeFile(copyPath);

      const recalculated = await recalculate(copyPath, path.join(dir, "lo"));
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(recalculated);
      const ws = book.worksheets[0];
      expect(numeric(ws.getCell("H1").value)).toBe(2);

      const formulas: string[] = [];
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.formula && cell.address !== "H1") formulas.push(cell.address);
        }),
      );
      expect(formulas.sort()).toEqual([...planned.keys()].sort());
      for (const address of formulas) {
        const got = numeric(ws.getCell(address).value);
        const want = planned.get(address)!;
        expect([address, typeof got === "number" ? Number(got.toFixed(10)) : got]).toEqual([address, typeof want === "number" ? Number(want.toFixed(10)) : want]);
      }
      // The kept totals are the form's own, untouched.
      expect([numeric(ws.getCell("C8").value), numeric(ws.getCell("D8").value)]).toEqual(["8,643,500.50", "2,800.00"]);
    } finally {
      cleanup();
    }
  });
});
