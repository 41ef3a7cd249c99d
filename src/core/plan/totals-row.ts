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
import type { CellWrite, Lang, MoneyRow, MoneyTable, MoneyValue, TotalsKept, WritePlan } from "../model";
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

function columnFormula(
  money: MoneyFacts,
  col: number,
  isText: TextCellTest,
  shift: (row: number) => number,
): CellWrite | { unread: MoneyRow[] } | null {
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
  return {
    col,
    formula: anyText ? `=SUMPRODUCT(NUMBERVALUE(${range},".",","))` : `=SUM(${range})`,
    ...(sum ? { result: Number(sum.value.toFixed(decimals)) } : {}),
    // Text amounts usually sit in Text-formatted (@) cells, and a formula copied into that format would
    // be shown as its source: give the totals a number format with the decimals the amounts show.
    ...(anyText ? { numberFormat: decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0" } : {}),
  };
}

export interface PlannedTotals {
  totals?: WritePlan["totals"];
  /** Totals left as stated, and why. */
  kept: TotalsKept[];
}

export function planTotalsRow(money: MoneyFacts | null, lang: Lang, isText: TextCellTest): PlannedTotals {
  if (!money) return { kept: [] };
  const table = money.table;
  if (table.oneTotal && table.total) return { kept: [keptOneTotal(table)] };
  if (table.parts.length === 0) return { kept: [] };
  const inserting = table.total === null;
  // Inserting above the fund lines (project forms) moves them down one row before the formula is evaluated.
  const shift = (row: number): number => (inserting && row >= table.totalInsertRow ? row + 1 : row);
  const cells: CellWrite[] = [];
  const kept: TotalsKept[] = [];
  for (const column of table.columns) {
    const cell = columnFormula(money, column.col, isText, shift);
    if (cell && "unread" in cell) kept.push(keptUnread(table, column.col, cell.unread, inserting));
    else if (cell) cells.push(cell);
  }
  if (cells.length === 0) return { kept };
  const lastPart = table.parts[table.parts.length - 1];
  if (table.total) {
    return { totals: { mode: "repair", row: table.total.row, formatFrom: lastPart.row, cells }, kept };
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
