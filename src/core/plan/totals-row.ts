/**
 * The 金额合计 row as live formulas. SUM ignores numbers stored as text, and forms exported from PDFs
 * or 一体化 systems often hold `37,560,000.00` as text; for those columns the formula reads each cell
 * with NUMBERVALUE (blank → 0, separators fixed so the user's locale cannot change the result).
 *
 * A formula is written only where a spreadsheet computes it to the very figure ziping reports: a
 * column with a part that neither SUM nor NUMBERVALUE reads as ziping does (`864.2万`, `约3万`, a `/`
 * among text amounts) keeps its stated total, and so does a one-total form, which has no part rows to
 * add up. Each such total is listed in `kept`, with the reason, for the command line and the pane.
 */
import { NUMBER_TEXT, NUMBERVALUE_READS } from "./formula-reads";
import { a1 } from "../grid";
import type { CellWrite, FormatChange, Lang, MoneyRow, MoneyTable, MoneyValue, TotalsKept, WritePlan } from "../model";
import { reportStrings } from "../i18n/report-strings";
import type { MoneyFacts } from "../form-facts";
import { columnName } from "../rules/support/money";

/** Is the amount at (row, col) stored as text? Decided from the grid when the caller has it. */
export type TextCellTest = (row: number, col: number) => boolean;


/** Would the column's formula read this part as ziping does? */
export function formulaReads(cell: MoneyValue, textMode: boolean): boolean {
  if (cell.kind === "unreadable") return false;
  if (cell.kind === "blank") return cell.raw.trim() === "" || !textMode;
  return textMode ? NUMBERVALUE_READS.test(cell.raw) || NUMBER_TEXT.test(cell.raw) : NUMBER_TEXT.test(cell.raw);
}

/** The number format of the cell at (row, col) as the sheet has it now (null when unknown). */
export type FormatOf = (row: number, col: number) => string | null;

const TEXT_FORMAT = "@";

/**
 * The number format a totals cell needs, or undefined to keep the one the user gave it. Only a Text
 * (`@`) cell must change — a formula there is kept as its source and never computes — and then it takes
 * the format most of the amounts it adds up use, so it looks like them; when those are text too, a
 * number format showing the decimals they show.
 */
function totalsFormat(table: MoneyTable, col: number, current: string | null, formatOf: FormatOf, decimals: number): { to: string; fromParts: boolean } | undefined {
  if (current !== TEXT_FORMAT) return undefined;
  const counts = new Map<string, number>();
  for (const p of table.parts) {
    if (!p.amounts[col] || p.amounts[col].kind === "blank") continue;
    const f = formatOf(p.row, col) ?? "General";
    if (f !== TEXT_FORMAT) counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [f, n] of counts) if (best === undefined || n > counts.get(best)!) best = f;
  if (best !== undefined) return { to: best, fromParts: true };
  return { to: decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0", fromParts: false };
}

function formatChange(cell: string, range: string, to: string, fromParts: boolean): FormatChange {
  return {
    cell,
    from: TEXT_FORMAT,
    to,
    message: fromParts
      ? {
          "zh-CN": `${cell} 原为文本格式（@），公式在文本格式中不会计算，已改用同列所加金额（${range}）的数字格式 ${to}`,
          "en-US": `${cell} was formatted as text (@), where a formula does not compute, so it now has the number format of the amounts it adds up (${range}): ${to}`,
        }
      : {
          "zh-CN": `${cell} 原为文本格式（@），公式在文本格式中不会计算；所加金额（${range}）也是文本，已改用与其小数位相同的数字格式 ${to}`,
          "en-US": `${cell} was formatted as text (@), where a formula does not compute; the amounts it adds up (${range}) are text too, so it now has a number format with their decimals: ${to}`,
        },
  };
}

interface PlannedCell {
  write: CellWrite;
  change?: FormatChange;
}

function columnFormula(
  money: MoneyFacts,
  col: number,
  isText: TextCellTest,
  shift: (row: number) => number,
  target: { row: number; before: number },
  formatOf: FormatOf,
): PlannedCell | { unread: MoneyRow[] } | null {
  const table = money.table;
  const rows = table.parts.map((p) => shift(p.row));
  if (rows.length === 0) return null;
  const filled = table.parts.filter((p) => p.amounts[col] && p.amounts[col].kind !== "blank");
  // A project form's fund lines are often left blank under a filled 年度资金总额: summing them would erase it.
  if (filled.length === 0) return null;
  const range = `${a1(Math.min(...rows), col)}:${a1(Math.max(...rows), col)}`;
  const anyText = filled.some((p) => isText(p.row, col));
  // Every part in the range, filled or not: NUMBERVALUE("/") is an error where SUM would skip the `/`.
  const unread = table.parts.filter((p) => p.amounts[col] !== undefined && !formulaReads(p.amounts[col], anyText));
  if (unread.length > 0) return { unread };
  const sum = money.sumOfParts(col);
  const decimals = sum?.decimals ?? 2;
  const format = totalsFormat(table, col, formatOf(target.before, col), formatOf, decimals);
  const write: CellWrite = {
    col,
    formula: anyText ? `=SUMPRODUCT(NUMBERVALUE(${range},".",","))` : `=SUM(${range})`,
    ...(sum ? { result: Number(sum.value.toFixed(decimals)) } : {}),
    ...(format ? { numberFormat: format.to } : {}),
  };
  return format ? { write, change: formatChange(a1(target.row, col), range, format.to, format.fromParts) } : { write };
}

export interface PlannedTotals {
  totals?: WritePlan["totals"];
  /** Totals left as stated, and why. */
  kept: TotalsKept[];
  /** Totals cells whose Text format must become a number format. */
  formatsChanged: FormatChange[];
}

export function planTotalsRow(money: MoneyFacts | null, lang: Lang, isText: TextCellTest, formatOf: FormatOf = () => null): PlannedTotals {
  if (!money) return { kept: [], formatsChanged: [] };
  const table = money.table;
  if (table.oneTotal && table.total) return { kept: [keptOneTotal(table)], formatsChanged: [] };
  if (table.parts.length === 0) return { kept: [], formatsChanged: [] };
  const inserting = table.total === null;
  // Inserting above the fund lines (project forms) moves them down one row before the formula is evaluated.
  const shift = (row: number): number => (inserting && row >= table.totalInsertRow ? row + 1 : row);
  const lastPart = table.parts[table.parts.length - 1];
  // The cell written: the stated total's, or (inserting) a cell that takes the last part's formats.
  const target = table.total ? { row: table.total.row, before: table.total.row } : { row: table.totalInsertRow, before: lastPart.row };
  const cells: CellWrite[] = [];
  const kept: TotalsKept[] = [];
  const formatsChanged: FormatChange[] = [];
  for (const column of table.columns) {
    const cell = columnFormula(money, column.col, isText, shift, target, formatOf);
    if (cell && "unread" in cell) kept.push(keptUnread(table, column.col, cell.unread, inserting));
    else if (cell) {
      cells.push(cell.write);
      if (cell.change) formatsChanged.push(cell.change);
    }
  }
  if (cells.length === 0) return { kept, formatsChanged };
  if (table.total) {
    return { totals: { mode: "repair", row: table.total.row, formatFrom: lastPart.row, cells }, kept, formatsChanged };
  }
  // The label stays in Chinese in every UI language: it is the form's own word, and how a re-run recognises the row.
  const strings = reportStrings[lang];
  const label = table.totalPosition === "above" ? strings.fundTotalLabel : strings.totalsLabel;
  return {
    totals: {
      mode: "insert",
      row: table.totalInsertRow,
      formatFrom: shift(lastPart.row),
      cells: [{ col: table.labelCol, value: label }, ...cells],
    },
    kept,
    formatsChanged,
  };
}

/** A one-total form: nothing under its total to add up, so the total stays as written. */
function keptOneTotal(table: MoneyTable): TotalsKept {
  const total = table.total!;
  const cells = table.columns.map((c) => total.amounts[c.col]?.cell.address).filter((a): a is string => a !== undefined);
  const subject = total.label;
  return {
    cells: [...new Set(cells)],
    reason: "one-total",
    message: {
      "zh-CN": `「${subject}」是本表唯一的金额行，下面没有可以求和的明细行（分项写在文字里），已保留表中所填总额，未写入公式`,
      "en-US": `「${subject}」 is the form's only row of amounts and has no rows under it to add up (its breakdowns are written as text), so the stated total is kept and no formula was written`,
    },
  };
}

/** A column with parts a formula would misread: its stated total is kept (or, when inserting, left blank). */
function keptUnread(table: MoneyTable, col: number, unread: MoneyRow[], inserting: boolean): TotalsKept {
  const name = columnName(table, col);
  const examples = unread
    .slice(0, 3)
    .map((p) => `${p.amounts[col].cell.address}「${p.amounts[col].raw}」`)
    .join("、");
  const examplesEn = unread.slice(0, 3).map((p) => `${p.amounts[col].cell.address} 「${p.amounts[col].raw}」`).join(", ");
  const totalCell = table.total?.amounts[col]?.cell.address;
  return {
    cells: totalCell ? [totalCell] : unread.map((p) => p.amounts[col].cell.address),
    reason: "unreadable-parts",
    message: inserting
      ? {
          "zh-CN": `${name.zh}未写入合计公式：${examples}是公式读不出的文字，写入的公式会算出错误值；请改为数字后再插入合计行`,
          "en-US": `No totals formula for ${name.en}: ${examplesEn} is text a formula cannot read, so the formula would compute an error; make these numbers, then insert the totals row again`,
        }
      : {
          "zh-CN": `${name.zh}保留表中所填合计，未改为公式：${examples}是公式读不出的文字，公式会算出错误值或漏加`,
          "en-US": `The stated total of ${name.en} is kept and no formula written: ${examplesEn} is text a formula cannot read, so a formula would compute an error or leave it out`,
        },
  };
}
