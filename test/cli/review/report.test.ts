import ExcelJS from "exceljs";
import { checkGrid, type SheetResult } from "../../../src/core/engine";
import type { FileReport } from "../../../src/cli/check-files";
import { percentToFraction, reportCells } from "../../../src/cli/review/report-cells";
import { reviewRows, type ReviewRow } from "../../../src/cli/review/review-row";
import { REVIEW_COLUMNS } from "../../../src/cli/review/strings";
import { csvField, reviewCsv } from "../../../src/cli/review/write-csv";
import { reviewXlsx } from "../../../src/cli/review/write-xlsx";
import { seedSpec } from "../../../tools/samples/seed-shenzhen-2021";
import { toGridData } from "../../../tools/samples/sheet-spec";
import { wanYuan } from "../../../tools/samples/variants";
import { problem } from "../../../src/core/problem";
import { problemText } from "../../../src/cli/problems";
import { parseCsv } from "../../support/csv";

// Workbooks are written and read for real; a loaded CI machine needs more than jest's 5 s.
jest.setTimeout(60_000);

const seed = (): SheetResult => checkGrid(toGridData(seedSpec));
const notes: SheetResult = { sheet: "说明", kind: null, form: null, findings: [], totals: null, indicators: null };

function ok(file: string, ...sheets: SheetResult[]): FileReport {
  return { file, error: null, sheets };
}

function unreadable(file: string): FileReport {
  return { file, error: problem("legacy-xls", {}), sheets: [] };
}

describe("reviewRows", () => {
  it("gives one row per form sheet with the figures a reviewer reads first", () => {
    const rows = reviewRows(ok("in/seed.xlsx", notes, seed()), "zh-CN");
    expect(rows).toEqual([
      {
        file: "in/seed.xlsx",
        sheet: "自评表",
        status: "error",
        unitName: "深圳市人民代表大会常务委员会办公厅",
        projectName: null,
        year: "2021",
        kind: "department",
        unit: "元",
        budget: "146963013.91",
        spent: "140363937.12",
        rate: "95.51%",
        statedTotal: null,
        computedTotal: null,
        statedGrade: null,
        grade: null,
        profile: null,
        errors: 1,
        warnings: 1,
        infos: 1,
        unmet: ["邀请代表列席常委会会议人数"],
        problems: [
          { rule: "indicator-unmet", severity: "error", cells: ["G25"], message: "「邀请代表列席常委会会议人数」实际完成值 36 未达到预期指标值 >50人次" },
          {
            rule: "indicator-exceeds-range",
            severity: "warning",
            cells: ["G14"],
            message: "「拟提交审议法规数量（包括立、改、废、释）」实际完成值 33 超出预期指标值 10项-20项 的上限",
          },
        ],
        note: null,
      },
    ]);
  });

  it("shows the scoring block when the engine provides one, and says when the profile was guessed", () => {
    const scoring = { profile: "hubei", guessed: true, computedTotal: "92.50", statedTotal: "95", grade: "优", statedGrade: "良" } as const;
    const result: SheetResult = { ...seed(), scoring };
    const [row] = reviewRows(ok("a.xlsx", result), "zh-CN");
    expect([row.profile, row.statedTotal, row.computedTotal, row.statedGrade, row.grade]).toEqual(["湖北（按版式推断）", "95", "92.50", "良", "优"]);
    const cells = reportCells(row, "zh-CN");
    expect([cells.statedTotal, cells.computedTotal]).toEqual([
      { kind: "number", decimal: "95", format: "0.00" },
      { kind: "number", decimal: "92.50", format: "0.00" },
    ]);
    const unguessed: SheetResult = Object.assign(seed(), { scoring: { ...result.scoring, profile: "central", guessed: false } as const });
    const [en] = reviewRows(ok("a.xlsx", unguessed), "en-US");
    expect(en.profile).toBe("central");
    const [none] = reviewRows(ok("a.xlsx", { ...seed(), scoring: null }), "zh-CN");
    expect([none.profile, none.statedTotal, none.computedTotal, none.grade]).toEqual([null, null, null, null]);
  });

  it("gives a file that could not be read one row saying why", () => {
    const rows = reviewRows(unreadable("old.xlsx"), "en-US");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ file: "old.xlsx", sheet: null, status: "failed", errors: 0, unmet: [], problems: [] });
    expect(rows[0].note).toBe(problemText(problem("legacy-xls", {}), "en-US"));
    expect(rows[0].note).toContain("save it as .xlsx");
  });

  it("gives a workbook without a form one row, and keeps form rows of a file whose copy failed, with the reason", () => {
    const noForm: FileReport = { file: "x.xlsx", error: problem("no-form", {}), sheets: [notes] };
    expect(reviewRows(noForm, "zh-CN")).toEqual([expect.objectContaining({ sheet: null, status: "failed", note: problemText(problem("no-form", {}), "zh-CN") })]);
    const copyFailed: FileReport = { ...ok("y.xlsx", seed()), error: problem("copy-not-written", { detail: "ENOSPC" }) };
    expect(reviewRows(copyFailed, "zh-CN")).toEqual([expect.objectContaining({ sheet: "自评表", status: "failed", errors: 1, note: "写入标注副本失败：ENOSPC" })]);
  });
});

describe("report cells", () => {
  it("moves the decimal point of a percentage without float arithmetic", () => {
    expect(["95.51", "100.00", "5", "0.5", "1234.5", "0", "-3.25"].map(percentToFraction)).toEqual([
      "0.9551",
      "1",
      "0.05",
      "0.005",
      "12.345",
      "0",
      "-0.0325",
    ]);
  });

  it("carries amounts exactly, with two decimals or the form's own when it writes more", () => {
    const [yuan] = reviewRows(ok("a.xlsx", seed()), "zh-CN");
    const cells = reportCells(yuan, "zh-CN");
    expect(cells.budget).toEqual({ kind: "number", decimal: "146963013.91", format: "#,##0.00" });
    expect(cells.rate).toEqual({ kind: "percent", fraction: "0.9551", text: "95.51%", format: "0.00%" });
    expect(cells.errors).toEqual({ kind: "count", value: 1 });
    expect(cells.kind).toEqual({ kind: "text", text: "部门整体" });
    expect(cells.problems).toEqual({ kind: "text", text: "错误 G25：「邀请代表列席常委会会议人数」实际完成值 36 未达到预期指标值 >50人次 [indicator-unmet]\n警告 G14：「拟提交审议法规数量（包括立、改、废、释）」实际完成值 33 超出预期指标值 10项-20项 的上限 [indicator-exceeds-range]" });
    // In English the same findings read in English, the rule id still last.
    const [en] = reviewRows(ok("a.xlsx", seed()), "en-US");
    expect(reportCells(en, "en-US").problems).toEqual({
      kind: "text",
      text:
        "Error G25: 「邀请代表列席常委会会议人数」: actual 36 does not reach the target >50人次 [indicator-unmet]\n" +
        "Warning G14: 「拟提交审议法规数量（包括立、改、废、释）」: actual 33 is above the range 10项-20项 [indicator-exceeds-range]",
    });
    const [wan] = reviewRows(ok("b.xlsx", checkGrid(toGridData(wanYuan(seedSpec)))), "zh-CN");
    expect(reportCells(wan, "zh-CN").budget).toEqual({ kind: "number", decimal: "14696.3014", format: "#,##0.0000" });
    expect(reportCells(wan, "zh-CN").unit).toEqual({ kind: "text", text: "万元" });
  });
});

const tricky = (): ReviewRow => ({
  ...reviewRows(ok("a.xlsx", seed()), "zh-CN")[0],
  file: 'dir, "quoted"/a.xlsx',
  unitName: "=HYPERLINK(\"http://x\",\"点我\")",
  projectName: "第一行\n第二行",
  unmet: ["甲", "乙"],
});

describe("CSV", () => {
  it("starts with a BOM, ends records with CRLF, and quotes per RFC 4180", () => {
    const csv = reviewCsv([tricky()], "zh-CN");
    expect(csv.startsWith("\uFEFF文件,工作表,状态,")).toBe(true);
    const [header, row] = parseCsv(csv.slice(1));
    expect(header).toHaveLength(REVIEW_COLUMNS.length);
    const get = (id: (typeof REVIEW_COLUMNS)[number]): string => row[REVIEW_COLUMNS.indexOf(id)];
    expect(get("file")).toBe('dir, "quoted"/a.xlsx');
    expect(get("projectName")).toBe("第一行\n第二行");
    expect(get("budget")).toBe("146963013.91");
    expect(get("rate")).toBe("95.51%");
    expect(get("errors")).toBe("1");
    expect(get("unmet")).toBe("甲；乙");
    expect(get("statedTotal")).toBe("");
    expect(csvField('a"b')).toBe('"a""b"');
    expect(csvField("plain")).toBe("plain");
  });

  it("keeps text Excel would run as a formula inert, and numbers as they are", () => {
    const [, row] = parseCsv(reviewCsv([{ ...tricky(), budget: "-12.50" }], "zh-CN").slice(1));
    expect(row[REVIEW_COLUMNS.indexOf("unitName")]).toBe("'=HYPERLINK(\"http://x\",\"点我\")");
    expect(row[REVIEW_COLUMNS.indexOf("budget")]).toBe("-12.50");
  });

  it("has English headers with --lang en", () => {
    expect(reviewCsv([], "en-US")).toBe(
      "\uFEFFFile,Sheet,Status,Unit,Project,Year,Form,Amount unit,Total budget,Total spent,Budget execution rate,Total score (as stated on the form),Total score (by the scoring rules),Grade (as stated on the form),Grade (by the scoring rules),Scoring profile,Errors,Warnings,Unmet indicators,Findings (cell: message [rule]),Note\r\n",
    );
  });
});

describe("xlsx", () => {
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    const clean = { ...reviewRows(ok("clean.xlsx", seed()), "zh-CN")[0], status: "ok" as const, errors: 0, warnings: 0, problems: [], unmet: [] };
    const rows = [...reviewRows(ok("seed.xlsx", seed()), "zh-CN"), clean, ...reviewRows(unreadable("old.xlsx"), "zh-CN")];
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await reviewXlsx(rows, "zh-CN")) as unknown as ExcelJS.Buffer);
    ws = workbook.worksheets[0];
  });
  const col = (id: (typeof REVIEW_COLUMNS)[number]): number => REVIEW_COLUMNS.indexOf(id) + 1;

  it("has a frozen bold header row and an autofilter over every row", () => {
    expect(ws.name).toBe("审核汇总");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.autoFilter).toBe("A1:U4");
    expect(ws.getRow(1).getCell(1).value).toBe("文件");
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
  });

  it("writes amounts, rates and counts as numbers with their formats", () => {
    const row = ws.getRow(2);
    expect(row.getCell(col("budget")).value).toBe(146963013.91);
    expect(row.getCell(col("budget")).numFmt).toBe("#,##0.00");
    expect(row.getCell(col("rate")).value).toBe(0.9551);
    expect(row.getCell(col("rate")).numFmt).toBe("0.00%");
    expect(row.getCell(col("errors")).value).toBe(1);
    expect(row.getCell(col("unmet")).value).toBe("邀请代表列席常委会会议人数");
    expect(ws.getRow(4).getCell(col("errors")).value).toBeNull();
  });

  it("fills rows with errors light red and files that could not be checked grey, across the whole row", () => {
    const fill = (r: number, c: number): string | undefined => (ws.getRow(r).getCell(c).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(fill(2, 1)).toBe("FFFFC7CE");
    expect(fill(2, col("statedTotal"))).toBe("FFFFC7CE");
    expect(fill(3, 1)).toBeUndefined();
    expect(fill(4, col("note"))).toBe("FFD9D9D9");
  });

  it("sizes columns to their content within bounds", () => {
    const widths = REVIEW_COLUMNS.map((_, i) => ws.getColumn(i + 1).width ?? 8);
    for (const w of widths) expect(w).toBeGreaterThanOrEqual(6);
    for (const w of widths) expect(w).toBeLessThanOrEqual(60);
    expect(ws.getColumn(col("unitName")).width).toBeGreaterThanOrEqual(34);
  });
});
