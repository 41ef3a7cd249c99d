/**
 * The 校验摘要 block written one blank row under the form. Its first cell carries SUMMARY_MARKER so
 * recognition leaves it out of the form and a re-run writes over it instead of adding another.
 */
import { a1, columnWidthIn, type GridData } from "../grid";
import { countBySeverity } from "../engine";
import type { FormFacts } from "../form-facts";
import { reportStrings } from "../i18n/report-strings";
import { SUMMARY_MARKER, type Lang, type RowWrite, type SheetResult, type WritePlan } from "../model";
import { wholeColumn } from "../money-table";
import { unmetIndicators } from "../summary";
import { displayWidth } from "../text";
import { fitCellText } from "./cell-text";
import { formulaNumber } from "./formula-reads";
import type { TextCellTest } from "./totals-row";

const AMOUNT_FORMAT = "#,##0.00";
const SCORE_FORMAT = "0.00";

type Cell = RowWrite["cells"][number];

/**
 * 预算执行率 as a live formula over the totals cells, but only where a spreadsheet recalculating it
 * gets the engine's figure: both cells must be amounts a formula reads as ziping does (a number, or
 * text NUMBERVALUE takes), and their quotient must be the rate on the form's basis. Otherwise the
 * engine's figure is written as a value, with a note beside it saying why there is no formula (a
 * formula over `10万` would go blank after recalculation; one over a totals line that disagrees
 * with its lines would show another rate).
 */
function rateCells(facts: FormFacts, isText: TextCellTest, lang: Lang): { value: Cell; note?: string } | null {
  const table = facts.money?.table;
  if (!table) return null;
  const rate = facts.money!.executionRate();
  if (!rate) return null; // no rate the engine can compute (a one-total form with one figure)
  const figure = Number(rate.toPrecision(15));
  const value: Cell = { col: 0, value: figure, numberFormat: "0.00%" };
  const budget = wholeColumn(table, "budget");
  const spent = wholeColumn(table, "spent");
  const total = table.total;
  if (!total || !budget || !spent) return { value };

  const s = reportStrings[lang];
  const unread = [budget.col, spent.col].find((col) => formulaNumber(total.amounts[col], isText(total.row, col)) === null);
  if (unread !== undefined) {
    return { value, note: s.rateNotFormula.unreadable(a1(total.row, unread), total.amounts[unread]?.raw.trim() ?? "") };
  }
  const quotient = formulaNumber(total.amounts[spent.col], isText(total.row, spent.col))! / formulaNumber(total.amounts[budget.col], isText(total.row, budget.col))!;
  if (!Number.isFinite(quotient) || Math.abs(quotient - figure) > 1e-12 * Math.max(1, Math.abs(figure))) {
    return { value, note: s.rateNotFormula.otherBasis };
  }
  const read = (col: number): string => {
    const address = a1(total.row, col);
    return isText(total.row, col) ? `NUMBERVALUE(${address},".",",")` : address;
  };
  return { value: { col: 0, formula: `=IFERROR(${read(spent.col)}/${read(budget.col)},"")`, result: figure, numberFormat: "0.00%" } };
}

/** Last row of a worksheet (0-based). */
const LAST_ROW = 1_048_575;

/**
 * Where the block goes: one blank row under the form (or where the earlier block was), moved further
 * down when that would take a row holding anything — the block and a blank row under it (so a re-run
 * finds where the block ends) must land on free rows only. Null when the sheet has no room.
 */
function blockTop(form: NonNullable<SheetResult["form"]>, height: number, isFree: (row: number) => boolean): number | null {
  const old = form.summaryBlock;
  const usable = (row: number): boolean => (old !== undefined && row >= old.top && row <= old.bottom) || isFree(row);
  const start = old ? old.top : form.bounds.bottom + 2;
  for (let top = start; top + height <= LAST_ROW; top++) {
    let ok = top === start || usable(top - 1);
    for (let row = top; ok && row <= top + height; row++) ok = usable(row);
    if (ok) return top;
  }
  return null;
}

/**
 * The column the figures go in. A finance officer reads each line as label, then figure, and must see
 * the whole label: a form's first column is often a 序号 column five characters wide, where
 * 「未达成的指标」 was cut to 「未达成」 by the figure beside it. So the label keeps its place in the
 * form's first column and the figures move right to the first column that leaves the longest label
 * room (CJK characters count two of Excel's character units): the label's text runs on over the empty
 * cells between, as Excel, WPS and LibreOffice draw text whose neighbours are empty. Not a merge (a
 * merged block is awkward to select and to replace on a re-run) and not wrapped text (a five-wide
 * column would make each line three or four rows tall). Without widths (a reader that could not tell),
 * the figures sit beside the labels, as before.
 */
function figureColumn(labelCol: number, labels: string[], widths: GridData["columnWidths"]): number {
  if (!widths) return labelCol + 1;
  const needed = Math.max(0, ...labels.map(displayWidth));
  const widthOf = (col: number): number => columnWidthIn(widths, col);
  let room = widthOf(labelCol);
  let col = labelCol + 1;
  // Bounded: a label is at most a few dozen units, and hidden (zero-width) columns add none.
  while (room < needed && col < labelCol + 64) room += widthOf(col++);
  return col;
}

export function planSummaryBlock(
  result: SheetResult,
  facts: FormFacts,
  lang: Lang,
  isText: TextCellTest,
  isFree: (row: number) => boolean = () => true,
  widths?: GridData["columnWidths"],
): WritePlan["summary"] | undefined {
  const form = result.form;
  if (!form) return undefined;
  const s = reportStrings[lang];
  const labelCol = form.bounds.left;
  const lines: Array<[string, Cell | null, string?]> = [];
  const rate = rateCells(facts, isText, lang);
  if (rate) lines.push([s.executionRate, rate.value, rate.note]);
  if (result.totals?.budget) lines.push([s.budgetTotal, { col: 0, value: Number(result.totals.budget), numberFormat: AMOUNT_FORMAT }]);
  if (result.totals?.spent) lines.push([s.spentTotal, { col: 0, value: Number(result.totals.spent), numberFormat: AMOUNT_FORMAT }]);
  if (result.indicators) {
    const { met, total } = result.indicators;
    lines.push([s.indicatorsMet, { col: 0, value: `${met}/${total}` }]);
    const unmet = unmetIndicators(facts);
    lines.push([s.unmetIndicators, { col: 0, value: fitCellText(unmet.length ? unmet.join("、") : s.none) }]);
  }
  // 总分 and 等级 by the rules, for forms with scores; the profile is named when it was guessed.
  const scoring = result.scoring;
  if (scoring?.computedTotal) {
    lines.push([s.computedTotal, { col: 0, value: Number(scoring.computedTotal), numberFormat: SCORE_FORMAT }]);
    if (scoring.grade) lines.push([s.grade, { col: 0, value: scoring.grade }]);
    lines.push([s.scoringProfile, { col: 0, value: s.profileName(scoring.profile, scoring.guessed) }]);
  }
  const counts = countBySeverity(result.findings);
  lines.push([s.findingCounts, { col: 0, value: s.findingCountsValue(counts.error, counts.warning, counts.info) }]);

  const valueCol = figureColumn(labelCol, lines.map(([label]) => label), widths);
  const top = blockTop(form, lines.length + 1, isFree);
  if (top === null) return undefined;
  const rows: RowWrite[] = [{ row: top, cells: [{ col: labelCol, value: SUMMARY_MARKER }] }];
  lines.forEach(([label, cell, note], i) => {
    const cells: RowWrite["cells"] = [{ col: labelCol, value: label }];
    if (cell) cells.push({ ...cell, col: valueCol });
    if (note) cells.push({ col: valueCol + 1, value: note });
    rows.push({ row: top + 1 + i, cells });
  });
  return { row: top, rows, ...(form.summaryBlock ? { replace: form.summaryBlock } : {}) };
}
