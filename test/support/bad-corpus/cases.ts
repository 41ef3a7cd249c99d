/**
 * The bad-input corpus: every odd, broken or hostile workbook ziping must survive, built
 * from readable specs, each with the outcome it must have declared beside it — the findings per
 * sheet (`rule@cell`, the finding's first cell) or the reason the file could not be checked.
 *
 * `committed` cases are small and live in test/fixtures/bad/ (scripts/make-bad-corpus.ts writes
 * them); the others are large or dangerous (a 100,000-row sheet, zip bombs) and are generated into a
 * temp directory when the test runs. test/fixtures/bad/README.md lists both.
 */
import { createHash } from "crypto";
import { readFileSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import type { FileProblemCode } from "../../../src/core/problem";
import { seedSpec } from "../../../tools/samples/seed-shenzhen-2021";
import {
  cellValue,
  deleteRows,
  insertRows,
  mapCells,
  shiftSpec,
  withCells,
  type CellSpec,
  type SheetSpec,
} from "../../../tools/samples/sheet-spec";
import { numericAmounts, projectSpecAnhui } from "../../../tools/samples/variants";
import { addSheetFromSpec, workbookFromSpecs } from "../../../tools/samples/from-spec";
import { workbookBytes } from "../../../src/xlsx/write";
import { bombXlsx, docxPackage, encryptedXlsx, legacyXls, overlapBombXlsx, rowXml, withSheetXml } from "./packages";

/** What checking the file must give. */
export type Expected =
  /** Could not be checked, for this reason (exit 2). */
  | { refused: FileProblemCode }
  /** Checked: per sheet in order, its findings as sorted `rule@cell`, or null where no form was found. */
  | { exit: 0 | 1; sheets: Record<string, string[] | null> };

export interface BadCase {
  /** File name in test/fixtures/bad/ (or the temp directory). */
  file: string;
  /** What is odd about it, for the README and failure messages. */
  about: string;
  /** Small enough to commit; otherwise generated when the test runs. */
  committed: boolean;
  build: () => Promise<Buffer>;
  expected: Expected;
}

/** A fixed stamp: committed fixtures regenerate byte for byte. */
const STAMP = new Date("2022-01-01T00:00:00Z");

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Buffer> {
  workbook.creator = "ziping";
  workbook.lastModifiedBy = "ziping";
  return workbookBytes(workbook, { fixedTime: STAMP });
}

async function specsBytes(specs: SheetSpec[], tweak?: (wb: ExcelJS.Workbook) => void | Promise<void>): Promise<Buffer> {
  const workbook = workbookFromSpecs(specs);
  if (tweak) await tweak(workbook);
  return bytesOf(workbook);
}

/** The seed's own findings: what every case that keeps the seed's figures must still report. */
export const SEED_FINDINGS = ["indicator-exceeds-range@G14", "indicator-far-exceeded@G17", "indicator-unmet@G25"];

const SHEET = seedSpec.name;
const seed = (findings: string[] = SEED_FINDINGS, exit: 0 | 1 = 1): Expected => ({ exit, sheets: { [SHEET]: [...findings].sort() } });
const sorted = (...lists: string[][]): string[] => lists.flat().sort();

/** Replace cell values by address; keeps the cell's format when it has one. */
function set(spec: SheetSpec, cells: Record<string, CellSpec>): SheetSpec {
  return withCells(spec, cells);
}

/** Excel's sheet-protection hash ([MS-OFFCRYPTO] 2.3.7.1 with SHA-512): salted, then re-hashed with a counter. */
function excelPasswordHash(password: string, saltBase64: string, spinCount: number): string {
  let key = createHash("sha512").update(Buffer.concat([Buffer.from(saltBase64, "base64"), Buffer.from(password, "utf16le")])).digest();
  const counter = Buffer.alloc(4);
  for (let i = 0; i < spinCount; i++) {
    counter.writeUInt32LE(i, 0);
    key = createHash("sha512").update(Buffer.concat([key, counter])).digest();
  }
  return key.toString("base64");
}

// ---------------------------------------------------------------------------------------------
// Specs

const FULL_WIDTH: Record<string, string> = { "0": "０", "1": "１", "2": "２", "3": "３", "4": "４", "5": "５", "6": "６", "7": "７", "8": "８", "9": "９", ",": "，", ".": "．", "%": "％" };
const fullWidth = (s: string): string => s.replace(/[0-9,.%]/g, (c) => FULL_WIDTH[c]);

/** Amounts (rows 5–10) and actuals (G14:G29) in full-width digits and separators. */
function fullWidthSpec(): SheetSpec {
  return mapCells(seedSpec, (cell, address, row) => {
    const v = cellValue(cell);
    if (typeof v !== "string") return cell;
    const amount = row >= 4 && row <= 9 && /^[E-H]/.test(address);
    const actual = row >= 13 && address.startsWith("G");
    return amount || actual ? fullWidth(v) : cell;
  });
}

/** The 金额合计 row moved above the task rows, right under the two header rows. */
function totalsAboveSpec(): SheetSpec {
  const totals = seedSpec.rows[9];
  let spec = deleteRows(seedSpec, 10);
  spec = insertRows(spec, 5);
  const cells: Record<string, CellSpec> = {};
  "ABCDEFGH".split("").forEach((col, i) => {
    if (totals[i] !== null) cells[`${col}5`] = totals[i];
  });
  spec = set(spec, cells);
  return { ...spec, merges: [...spec.merges.filter((m) => m !== "B9:D9"), "B5:D5"] };
}

/** Only the headers: title, 部门 row, the task header rows, the goal and indicator headers; no data rows. */
function headersOnlySpec(): SheetSpec {
  let spec = deleteRows(seedSpec, 14, 16); // indicators
  spec = deleteRows(spec, 12); // goal text
  spec = deleteRows(spec, 5, 6); // tasks and 金额合计
  return spec;
}

/** The form twice on one sheet: a second copy five blank rows under the first. */
function twoFormsSpec(): SheetSpec {
  const gap = 5;
  const second = shiftSpec(seedSpec, seedSpec.rows.length + gap, 0);
  const blank = (): CellSpec[] => Array<CellSpec>(8).fill(null);
  return {
    ...seedSpec,
    rows: [...seedSpec.rows, ...Array.from({ length: gap }, blank), ...seedSpec.rows],
    merges: [...seedSpec.merges, ...second.merges],
  };
}

const LONG = 32_767;
/** Excel's longest cell text, made of the form's own words. */
function longText(base: string): string {
  return base.repeat(Math.ceil(LONG / base.length)).slice(0, LONG);
}

const SCRIPT = "<script>alert(1)</script>";
const IMG = "<img src=x onerror=alert(1)>";

const EMOJI_UNIT = "深圳市人民代表大会常务委员会办公厅🏛️";

// ---------------------------------------------------------------------------------------------
// The cases

export const BAD_CASES: BadCase[] = [
  {
    file: "empty-workbook.xlsx",
    about: "a workbook with no worksheet at all",
    committed: true,
    build: () => bytesOf(new ExcelJS.Workbook()),
    expected: { refused: "no-sheets" },
  },
  {
    file: "empty-sheet.xlsx",
    about: "one blank worksheet",
    committed: true,
    build: async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("Sheet1");
      return bytesOf(wb);
    },
    expected: { refused: "no-form" },
  },
  {
    file: "title-only.xlsx",
    about: "only the form's title, merged across the page",
    committed: true,
    build: () => specsBytes([{ name: SHEET, rows: [seedSpec.rows[0]], merges: ["A1:H1"] }]),
    expected: { refused: "no-form" },
  },
  {
    file: "headers-no-rows.xlsx",
    about: "every header row of the form and not one task or indicator row",
    committed: true,
    build: () => specsBytes([headersOnlySpec()]),
    // A blank template is a form with nothing in it to be wrong.
    expected: { exit: 0, sheets: { [SHEET]: [] } },
  },
  {
    file: "totals-above-tasks.xlsx",
    about: "the 金额合计 row above the task rows instead of below",
    committed: true,
    build: () => specsBytes([totalsAboveSpec()]),
    expected: seed(),
  },
  {
    file: "merged-amounts-across.xlsx",
    about: "总额 and 其中：财政拨款 merged into one cell on every task row (all of it is 财政拨款)",
    committed: true,
    build: () => {
      const cells: Record<string, CellSpec> = {};
      const merges: string[] = [];
      for (let row = 5; row <= 10; row++) {
        cells[`F${row}`] = null;
        cells[`H${row}`] = null;
        merges.push(`E${row}:F${row}`, `G${row}:H${row}`);
      }
      const spec = set(seedSpec, cells);
      return specsBytes([{ ...spec, merges: [...spec.merges, ...merges] }]);
    },
    expected: seed(),
  },
  {
    file: "merged-amounts-down.xlsx",
    about: "one budget amount merged down over two task rows (the second row's amount is gone)",
    committed: true,
    build: () => specsBytes([{ ...set(seedSpec, { E6: null }), merges: [...seedSpec.merges, "E5:E6"] }]),
    // The merged amount counts once, on its first row; 基本支出's own budget is gone, so the column no longer adds up,
    // and on the form's one basis (the tasks' sums) the two 预算执行率 indicators no longer match the 执行率.
    expected: seed(sorted(SEED_FINDINGS, ["rate-mismatch@G23", "rate-mismatch@G24", "total-mismatch@E10"])),
  },
  {
    file: "error-values-amounts.xlsx",
    about: "#REF!, #DIV/0! and #N/A in amount cells",
    committed: true,
    build: () => specsBytes([set(seedSpec, { E6: "#REF!", G7: "#DIV/0!", F8: "#N/A" })]),
    // Unreadable parts: no sum is claimed for their columns.
    expected: seed(sorted(SEED_FINDINGS, ["amount-unreadable@E6", "amount-unreadable@F8", "amount-unreadable@G7"])),
  },
  {
    file: "error-values-actuals.xlsx",
    about: "#REF!, #DIV/0! and #N/A in indicator actual cells",
    committed: true,
    build: () => specsBytes([set(seedSpec, { G15: "#REF!", G16: "#DIV/0!", G19: "#N/A" })]),
    expected: seed(sorted(SEED_FINDINGS, ["indicator-unreadable@G15", "indicator-unreadable@G16", "indicator-unreadable@G19"])),
  },
  {
    file: "formulas-everywhere.xlsx",
    about: "numeric amounts with SUM totals, actuals and labels as formulas with cached results",
    committed: true,
    build: () => {
      let spec = numericAmounts(seedSpec);
      const cells: Record<string, CellSpec> = {};
      for (const col of ["E", "F", "G", "H"]) {
        const total = cellValue(spec.rows[9][col.charCodeAt(0) - 65]);
        cells[`${col}10`] = { value: total, formula: `=SUM(${col}5:${col}9)`, format: "#,##0.00" };
      }
      cells.B5 = { value: "人大机关建设", formula: '="人大机关"&"建设"' };
      cells.G14 = { value: 33, formula: "=30+3" };
      cells.G23 = { value: 0.9551, formula: "=ROUND(G10/E10,4)", format: "0.00%" };
      cells.G24 = { value: 0.9551, formula: "=G23", format: "0.00%" };
      spec = set(spec, cells);
      return specsBytes([spec]);
    },
    expected: seed(),
  },
  {
    file: "amount-suffixes.xlsx",
    about: "amounts written with their unit: 37,560,000.00元 and 3756万元 in a 元 form",
    committed: true,
    build: () => specsBytes([set(seedSpec, { E5: "37,560,000.00元", F5: "3756万元", G6: "77,464,578.57 元" })]),
    expected: seed(),
  },
  {
    file: "negative-amounts.xlsx",
    about: "a refund task with negative amounts, written -1,000.00 and (1,000.00), totals adjusted",
    committed: true,
    build: () => {
      const spec = insertRows(seedSpec, 10);
      return specsBytes([
        set(spec, {
          B10: "退回资金",
          C10: "上年多拨退回",
          D10: "已退回",
          E10: "-1,000.00",
          F10: "(1,000.00)",
          G10: "-1,000.00",
          H10: "(1,000.00)",
          E11: "146,962,013.91",
          F11: "146,962,013.91",
          G11: "140,362,937.12",
          H11: "140,362,937.12",
        }),
      ]);
    },
    expected: seed(["indicator-exceeds-range@G15", "indicator-far-exceeded@G18", "indicator-unmet@G26"]),
  },
  {
    file: "extreme-amounts.xlsx",
    about: "1e15 and 0.001 as numbers in amount cells, totals as exact text",
    committed: true,
    build: () => {
      const spec = insertRows(seedSpec, 10, 2);
      return specsBytes([
        set(spec, {
          B10: "大额",
          E10: { value: 1e15, format: "#,##0.00" },
          F10: { value: 1e15, format: "#,##0.00" },
          G10: { value: 1e15, format: "#,##0.00" },
          H10: { value: 1e15, format: "#,##0.00" },
          B11: "零头",
          E11: { value: 0.001, format: "0.000" },
          F11: { value: 0.001, format: "0.000" },
          G11: { value: 0.001, format: "0.000" },
          H11: { value: 0.001, format: "0.000" },
          E12: "1,000,000,146,963,013.911",
          F12: "1,000,000,146,963,013.911",
          G12: "1,000,000,140,363,937.121",
          H12: "1,000,000,140,363,937.121",
        }),
      ]);
    },
    // The totals add up exactly (no float could hold them); the rate is now 99.99…%, not the stated 95.51%.
    expected: seed(["indicator-exceeds-range@G16", "indicator-far-exceeded@G19", "indicator-unmet@G27", "rate-mismatch@G25", "rate-mismatch@G26"]),
  },
  {
    file: "fullwidth-digits.xlsx",
    about: "amounts and actuals in full-width digits and separators (３７，５６０，０００．００)",
    committed: true,
    build: () => specsBytes([fullWidthSpec()]),
    expected: seed(),
  },
  {
    file: "hidden-rows-columns.xlsx",
    about: "a task row, an indicator row and the 主要内容 column hidden",
    committed: true,
    build: () =>
      specsBytes([seedSpec], (wb) => {
        const ws = wb.getWorksheet(SHEET)!;
        ws.getRow(6).hidden = true;
        ws.getRow(25).hidden = true;
        ws.getColumn(3).hidden = true;
      }),
    expected: seed(),
  },
  {
    file: "two-forms-one-sheet.xlsx",
    about: "the form twice on one sheet, the second five rows under the first",
    committed: true,
    build: () => specsBytes([twoFormsSpec()]),
    expected: seed(),
  },
  {
    file: "form-on-two-sheets.xlsx",
    about: "the same form on two sheets",
    committed: true,
    build: () => specsBytes([seedSpec, { ...seedSpec, name: `${SHEET} (2)` }]),
    expected: { exit: 1, sheets: { [SHEET]: SEED_FINDINGS, [`${SHEET} (2)`]: SEED_FINDINGS } },
  },
  {
    file: "rows-100k.xlsx",
    about: "the form, and beside it a 明细 sheet of 100,000 rows",
    committed: false,
    build: async () => {
      const wb = workbookFromSpecs([seedSpec]);
      wb.addWorksheet("明细");
      const rows = [rowXml(1, ["序号", "金额"])];
      for (let i = 1; i <= 100_000; i++) rows.push(rowXml(i + 1, [i, (i % 1000) + 0.25]));
      return withSheetXml(await bytesOf(wb), 2, rows);
    },
    expected: { exit: 1, sheets: { [SHEET]: SEED_FINDINGS, 明细: null } },
  },
  {
    file: "all-columns.xlsx",
    about: "all 16,384 columns used: a row of numbers from A to XFD two rows under the form, and a note in XFD1",
    committed: true,
    build: () =>
      specsBytes([seedSpec], (wb) => {
        const ws = wb.getWorksheet(SHEET)!;
        ws.getCell("XFD1").value = "备注：本表共一页";
        const row = ws.getRow(seedSpec.rows.length + 3);
        for (let col = 1; col <= 16_384; col++) row.getCell(col).value = col;
      }),
    expected: seed(),
  },
  {
    file: "last-cell.xlsx",
    about: "a stray value in XFD1048576, the last cell: a used range of 17 billion cells",
    committed: true,
    build: () => specsBytes([seedSpec], (wb) => {
      wb.getWorksheet(SHEET)!.getCell("XFD1048576").value = "x";
    }),
    expected: { refused: "too-large" },
  },
  {
    file: "long-text.xlsx",
    about: "32,767-character cells (Excel's maximum): a task's 完成情况 and an indicator's name",
    committed: true,
    build: () =>
      specsBytes([
        set(seedSpec, {
          D5: longText("一年来，市人大常委会办公厅坚持以习近平新时代中国特色社会主义思想为指导。"),
          D25: longText("邀请代表列席常委会会议人数"),
        }),
      ]),
    expected: seed(),
  },
  {
    file: "markup-in-cells.xlsx",
    about: "HTML, script and formula-like text in cells, indicator names and the unit name",
    committed: true,
    build: () =>
      specsBytes([
        set(seedSpec, {
          B2: `${SCRIPT}深圳市人大常委会办公厅`,
          B5: SCRIPT,
          C5: "=cmd|' /C calc'!A0",
          D14: `${IMG}拟提交审议法规数量`,
          D25: IMG,
        }),
      ]),
    expected: seed(),
  },
  {
    file: "emoji-rare-cjk.xlsx",
    about: "emoji and rare CJK outside the BMP (𠮷 𪚥 𰻞) in the unit, task and indicator names",
    committed: true,
    build: () =>
      specsBytes([
        set(seedSpec, {
          B2: EMOJI_UNIT,
          B6: "基本支出😀",
          D14: "拟提交审议法规数量𠮷",
          D17: "专家评审会次数𪚥",
          D25: "邀请代表列席常委会会议人数𰻞👩‍👩‍👧",
        }),
      ]),
    expected: seed(),
  },
  {
    file: "dates-for-numbers.xlsx",
    about: "dates where numbers belong: an amount and an actual holding 2021-12-31",
    committed: true,
    build: () =>
      specsBytes([
        set(seedSpec, {
          E6: { value: 44561, format: "yyyy-mm-dd" },
          G15: { value: 44561, format: "yyyy/m/d" },
        }),
      ]),
    expected: seed(sorted(SEED_FINDINGS, ["amount-unreadable@E6", "indicator-unreadable@G15"])),
  },
  {
    file: "protected-sheet.xlsx",
    about: "the form's sheet protected with a password",
    committed: true,
    build: () =>
      specsBytes([seedSpec], (wb) => {
        // What ws.protect() sets, with a fixed salt instead of a random one so the file regenerates byte for byte.
        const saltValue = Buffer.from("ziping-bad-corpus").subarray(0, 16).toString("base64");
        const sheet = wb.getWorksheet(SHEET)! as unknown as { sheetProtection: Record<string, unknown> };
        sheet.sheetProtection = {
          sheet: true,
          algorithmName: "SHA-512",
          saltValue,
          spinCount: 100_000,
          hashValue: excelPasswordHash("ziping", saltValue, 100_000),
          selectLockedCells: true,
          selectUnlockedCells: true,
        };
      }),
    expected: seed(),
  },
  {
    file: "defined-names.xlsx",
    about: "defined names and a print area over the form, column widths and a second sheet",
    committed: true,
    build: async () => {
      const wb = workbookFromSpecs([seedSpec]);
      const ws = wb.getWorksheet(SHEET)!;
      wb.definedNames.add(`'${SHEET}'!$E$10`, "预算总额");
      wb.definedNames.add(`'${SHEET}'!$G$14:$G$29`, "实际完成值");
      ws.pageSetup.printArea = "A1:H29";
      const other = addSheetFromSpec(wb, { name: "说明", rows: [["填报说明"], ["金额单位：元"]], merges: [], columnWidths: [40] });
      other.getCell("A3").value = { formula: "预算总额", result: "146,963,013.91" };
      return bytesOf(wb);
    },
    expected: { exit: 1, sheets: { [SHEET]: SEED_FINDINGS, 说明: null } },
  },
  {
    file: "project-form-errors.xlsx",
    about: "a project form (Anhui template) with #N/A and a date among its fund amounts",
    committed: true,
    build: () => specsBytes([set(projectSpecAnhui(), { D7: "#N/A", E7: { value: 44561, format: "yyyy-mm-dd" } })]),
    // The template's own inconsistency (年度资金总额 0 over a 其中 line of 90) stays reported beside the new ones.
    expected: { exit: 1, sheets: { 项目自评表: ["amount-unreadable@D7", "amount-unreadable@E7", "subset-exceeds-total@C7", "total-mismatch@C6"] } },
  },
  {
    file: "encrypted.xlsx",
    about: "an .xlsx with a password to open: Excel's encrypted compound file, not a zip",
    committed: true,
    build: async () => encryptedXlsx(),
    expected: { refused: "encrypted" },
  },
  {
    file: "xls-renamed.xlsx",
    about: "an Excel 97-2003 .xls renamed to .xlsx whose Workbook stream holds only its BOF record: read as the .xls it is, refused as damaged",
    committed: true,
    build: async () => legacyXls(),
    expected: { refused: "corrupted" },
  },
  {
    file: "truncated.xls",
    about: "the seed form saved as .xls by LibreOffice (test/fixtures/xls) and cut off after 9,000 of its bytes",
    committed: true,
    build: async () => xlsFixture("seed-shenzhen-2021.xls").subarray(0, 9000),
    expected: { refused: "corrupted" },
  },
  {
    file: "compound-file-header.xls",
    about: "an .xls that is only the compound file's first sector: no directory, no Workbook stream",
    committed: true,
    build: async () => xlsFixture("seed-shenzhen-2021.xls").subarray(0, 512),
    expected: { refused: "corrupted" },
  },
  {
    file: "wps-saved.et",
    about: "a WPS Spreadsheets .et file (here the seed form's .xls bytes under that name): refused with the way out, 另存为 .xlsx 或 .xls",
    committed: true,
    build: async () => xlsFixture("seed-shenzhen-2021.xls"),
    expected: { refused: "wps-et" },
  },
  {
    file: "not-a-zip.xlsx",
    about: "a CSV export renamed to .xlsx",
    committed: true,
    build: async () => Buffer.from("任务名称,预算数,执行数\n人大机关建设,37560000.00,35791380.30\n金额合计,37560000.00,35791380.30\n", "utf8"),
    expected: { refused: "not-xlsx" },
  },
  {
    file: "empty-file.xlsx",
    about: "zero bytes",
    committed: true,
    build: async () => Buffer.alloc(0),
    expected: { refused: "not-xlsx" },
  },
  {
    file: "truncated.xlsx",
    about: "the seed workbook cut off halfway (an interrupted download)",
    committed: true,
    build: async () => {
      const bytes = await specsBytes([seedSpec]);
      return bytes.subarray(0, Math.floor(bytes.length / 2));
    },
    expected: { refused: "corrupted" },
  },
  {
    file: "docx-renamed.xlsx",
    about: "a zip that is a Word document, not a workbook",
    committed: true,
    build: async () => docxPackage(),
    expected: { refused: "no-sheets" },
  },
  {
    file: "zip-bomb.xlsx",
    about: "about 1 MB of file declaring (truthfully) a 1 GB worksheet",
    committed: false,
    build: async () => bombXlsx(1024),
    expected: { refused: "too-large" },
  },
  {
    file: "zip-bomb-overlap.xlsx",
    about: "a few hundred KB whose 4,000 directory entries share one 8 MB body: 32 GB declared",
    committed: false,
    build: async () => overlapBombXlsx(8, 4000),
    expected: { refused: "too-large" },
  },
  {
    file: "zip-bomb-lying.xlsx",
    about: "a worksheet that declares 64 KB and inflates to 1 GB",
    committed: false,
    build: async () => bombXlsx(1024, 64 * 1024),
    expected: { refused: "corrupted" },
  },
];

/** A workbook LibreOffice saved as Excel 97-2003 (test/fixtures/xls/README.md says how). */
function xlsFixture(name: string): Buffer {
  return readFileSync(path.join(__dirname, "..", "..", "fixtures", "xls", name));
}
