/**
 * The money table, found by its header words: 预算数 and 执行数 on one row (a second row may split
 * them into 总额 | 其中：财政拨款), the label column (任务名称, or the column holding 年度资金总额 and
 * its fund lines), then the rows down to the 金额合计 row or the next section.
 */
import type { Grid } from "../grid";
import type { Measure, MoneyColumn, MoneyRow, MoneyTable, MoneyUnit, Target } from "../model";
import { parseActual } from "../parse/actual";
import { parseMoney } from "../parse/money";
import { cellRef, cellsStartingIn, headerCells, headerSpan, startsInRow } from "./cells";
import {
  classifyMoneyHeader,
  isFundLabel,
  isMeasure,
  isPartSubHeader,
  isSectionStart,
  isSubsetLabel,
  isTaskHeader,
  isTotalLabel,
  isWholeSubHeader,
  unitInHeader,
  unitInNote,
} from "./header-words";
import { isIndicatorHeaderRow } from "./find-indicator-table";
import { isFormFooter } from "./form-end";
import { isBreakdownRow } from "./one-total";

export interface FoundMoneyTable {
  table: MoneyTable;
  /** The label column is headed 任务名称: a department form's task list. */
  taskHeader: boolean;
  /** Columns the header spans (side labels included). */
  span: { left: number; right: number };
  /** The last row that belongs to the table. */
  lastRow: number;
}

interface Header {
  top: number;
  bottom: number;
  columns: MoneyColumn[];
  rateCol?: number;
  weightCol?: number;
  scoreCol?: number;
}

// A stated rate is read without a target to compare against: the rate rule decides what it means.
const NO_TARGET: Target = { kind: "blank", raw: "" };

/** How many rows below the header to look for fund-line labels when choosing the label column. */
const LABEL_LOOKAHEAD = 8;
/** Blank rows in a row that end the table. */
const BLANK_STREAK_END = 3;
/** Rows above the header searched for a `单位：万元` note. */
const NOTE_LOOKBACK = 4;

export function findMoneyTable(grid: Grid, bottom: number): FoundMoneyTable | null {
  for (let row = grid.top; row <= bottom; row++) {
    const header = readHeader(grid, row, bottom);
    if (!header) continue;
    const found = readTable(grid, header, bottom) ?? readSideHeadingTable(grid, header, bottom);
    if (found) return found;
  }
  return null;
}

function readHeader(grid: Grid, row: number, bottom: number): Header | null {
  const cells = headerCells(grid, row).map((c) => ({ ...c, kind: classifyMoneyHeader(c.text) }));
  const hasBudget = cells.some((c) => c.kind === "budget" || c.kind === "budgetInitial");
  const hasSpent = cells.some((c) => c.kind === "spent");
  if (!hasBudget || !hasSpent) return null;

  const extent = (col: number): number[] => {
    const m = grid.mergeAt(row, col);
    const cols: number[] = [];
    for (let c = m ? m.left : col; c <= (m ? m.right : col); c++) cols.push(c);
    return cols;
  };
  // A second header row: cells that start on row+1 under a 预算数/执行数 header and say 总额 / 其中….
  const subText = (col: number): string | null => {
    if (row + 1 > bottom) return null;
    const a = grid.anchor(row + 1, col);
    if (a.row !== row + 1 || a.col !== col) return null;
    const text = grid.text(row + 1, col);
    return text !== "" && (isWholeSubHeader(text) || isPartSubHeader(text)) ? text : null;
  };
  // Two or more such cells, and no amount among them: a lone 总额 under 年度预算数(万元) is the first fund line.
  const under = cells.filter((c) => isMeasure(c.kind)).flatMap((c) => extent(c.col));
  const subCount = under.filter((col) => subText(col) !== null).length;
  const amountBelow = under.some((col) => row + 1 <= bottom && looksLikeAmount(grid.value(row + 1, col)));
  const twoRows = subCount >= 2 && !amountBelow;
  // A group over measures of its own (预算数 over 年初预算 | 调整后预算): each sub-header is a column,
  // named by the sub-header read with its group, as the indicator table reads 年度指标值's sub-columns.
  const subMeasures = (cell: { col: number; text: string }): { col: number; text: string; measure: Measure }[] => {
    if (amountBelow || row + 1 > bottom) return [];
    const subs: { col: number; text: string; measure: Measure }[] = [];
    for (const col of extent(cell.col)) {
      if (!grid.isAnchor(row + 1, col) || grid.anchorRow(row + 1, col) !== row + 1) continue;
      const text = grid.text(row + 1, col);
      if (text === "" || isWholeSubHeader(text) || isPartSubHeader(text)) continue;
      const kind = classifyMoneyHeader(cell.text + text);
      if (isMeasure(kind)) subs.push({ col, text, measure: kind });
    }
    return subs.length >= 2 ? subs : [];
  };
  const grouped = new Map(cells.filter((c) => isMeasure(c.kind)).map((c) => [c.col, subMeasures(c)] as const));
  const groupRow = [...grouped.values()].some((subs) => subs.length > 0);

  const header: Header = { top: row, bottom: twoRows || groupRow ? row + 1 : row, columns: [] };
  for (const cell of cells) {
    const kind = cell.kind;
    if (kind === "rate") header.rateCol ??= cell.col;
    else if (kind === "weight") header.weightCol ??= cell.col;
    else if (kind === "score") header.scoreCol ??= cell.col;
    if (!isMeasure(kind)) continue;
    const measure: Measure = kind;
    const own = grouped.get(cell.col) ?? [];
    if (own.length > 0) {
      for (const sub of own) header.columns.push({ col: sub.col, measure: sub.measure, label: `${cell.text}/ ${sub.text}` });
      continue;
    }
    const subs = twoRows ? extent(cell.col).map((col) => ({ col, text: subText(col) })).filter((s) => s.text !== null) : [];
    if (subs.length === 0) {
      header.columns.push({ col: cell.col, measure, label: cell.text });
      continue;
    }
    let whole: number | undefined;
    for (const sub of subs) {
      const label = `${cell.text}/ ${sub.text}`;
      if (isPartSubHeader(sub.text!) && whole !== undefined) {
        header.columns.push({ col: sub.col, measure, label, partOf: whole });
      } else {
        header.columns.push({ col: sub.col, measure, label });
        whole = sub.col;
      }
    }
  }
  return header;
}

/** The money columns right of the label column, and the columns beside them, as both readers take them. */
interface Layout extends RowColumns {
  columns: MoneyColumn[];
  span: { left: number; right: number };
}

/**
 * The columns of a table whose labels sit in `labelCol`, and the unit they are in (`fallback` when the
 * header and the lines above say none); null without both a budget and a spent column.
 */
function layoutRightOf(grid: Grid, header: Header, labelCol: number, fallback: MoneyUnit): Layout | null {
  // A header over the label column (年度预算数(万元) over 总额, 其中：财政资金…) names the table, not a column of money.
  const columns = header.columns.filter((c) => c.col > labelCol);
  if (!columns.some((c) => c.measure !== "spent") || !columns.some((c) => c.measure === "spent")) return null;
  const after = (col: number | undefined): number | undefined => (col !== undefined && col > labelCol ? col : undefined);
  const rateCol = after(header.rateCol);
  const weightCol = after(header.weightCol);
  const scoreCol = after(header.scoreCol);
  const moneyCols = columns.map((c) => c.col);
  const allCols = [labelCol, ...moneyCols, rateCol, weightCol, scoreCol].filter((c): c is number => c !== undefined);
  const span = headerSpan(grid, range(header.top, header.bottom), allCols);
  const unit = findUnit(grid, header, span) ?? fallback;
  return { columns, rateCol, weightCol, scoreCol, moneyCols, span, unit };
}

/** The MoneyTable both readers return, with the rate, weight and score columns only where the form has them. */
function moneyTableOf(
  header: Header,
  layout: Layout,
  labelCol: number,
  rows: Pick<MoneyTable, "parts" | "total" | "totalInsertRow" | "totalPosition">,
): MoneyTable {
  const table: MoneyTable = {
    unit: layout.unit,
    headerTop: header.top,
    headerBottom: header.bottom,
    columns: layout.columns,
    labelCol,
    ...rows,
  };
  if (layout.rateCol !== undefined) table.rateCol = layout.rateCol;
  if (layout.weightCol !== undefined) table.weightCol = layout.weightCol;
  if (layout.scoreCol !== undefined) table.scoreCol = layout.scoreCol;
  return table;
}

function readTable(grid: Grid, header: Header, bottom: number): FoundMoneyTable | null {
  const taskCol = findTaskColumn(grid, range(header.top, header.bottom));
  const labelCol = taskCol ?? findFundLabelColumn(grid, header, bottom) ?? nearestLabelColumn(grid, header, bottom);
  if (labelCol === null) return null;
  const layout = layoutRightOf(grid, header, labelCol, taskCol === null ? "万元" : "元");
  if (!layout) return null;

  const read = readRows(grid, header, layout, { labelCol, taskCol, bottom });
  const { total, totalFirst } = read;
  const position: MoneyTable["totalPosition"] = total
    ? totalFirst
      ? "above"
      : "below"
    : taskCol === null && read.parts.some((p) => isFundLabel(p.label))
      ? "above"
      : "below";
  // Fund lines with no 年度资金总额 over them end where they would end under one, so the totals row
  // inserted over them finds, on the next check, the very lines its formulas add up.
  const { parts, lastRow } = !total && position === "above" ? fundLinesOnly(grid, read, { labelCol, span: layout.span, moneyCols: layout.moneyCols, bottom }, header.bottom) : read;
  if (!total && parts.length === 0) return null;
  const totalInsertRow =
    position === "above"
      ? (parts[0]?.row ?? header.bottom + 1)
      : parts.length > 0
        ? mergedBottom(grid, parts[parts.length - 1].row, labelCol) + 1
        : header.bottom + 1;

  const table = moneyTableOf(header, layout, labelCol, { parts, total, totalInsertRow, totalPosition: position });
  return { table, taskHeader: taskCol !== null, span: layout.span, lastRow };
}

interface ReadRows {
  parts: MoneyRow[];
  total: MoneyRow | null;
  /** The totals row came before any part (a project's 年度资金总额 over its fund lines). */
  totalFirst: boolean;
  lastRow: number;
}

/** The rows under the header, down to the totals row, the next section or the end of the form. */
function readRows(
  grid: Grid,
  header: Header,
  layout: Layout,
  at: { labelCol: number; taskCol: number | null; bottom: number },
): ReadRows {
  const { labelCol, taskCol, bottom } = at;
  const { span, moneyCols } = layout;
  const readRow = rowReader(grid, layout);
  const out: ReadRows = { parts: [], total: null, totalFirst: false, lastRow: header.bottom };
  const { parts } = out;
  let blanks = 0;
  for (let row = header.bottom + 1; row <= bottom; row++) {
    if (sectionStartsIn(grid, row, span.left, labelCol)) break;
    // Under a lone total row, the same total broken down in text (按收入性质分：…): read by one-total.ts.
    if (out.totalFirst && parts.length === 0 && taskCol === null && isBreakdownRow(grid, row, span.left, span.right)) break;
    // A row with an amount under the money header is a row of the table, never the indicator
    // table's header (words only); on a task list that spares classifying every task's cells.
    if (!anyAmountIn(grid, row, moneyCols) && isIndicatorHeaderRow(grid, row)) break;
    // A row covered by the label of the row above (a task merged over two rows) is that task.
    if (!startsInRow(grid, row, labelCol)) continue;
    const { label, labelAt } = rowLabel(grid, row, span.left, labelCol);
    if (isFormFooter(label)) break;
    const hasAmounts = anyTextStartingIn(grid, row, moneyCols);
    if (label === "" && !hasAmounts) {
      if (++blanks >= BLANK_STREAK_END) break;
      continue;
    }
    blanks = 0;
    if (isTotalLabel(label)) {
      if (out.total === null && parts.length === 0) {
        out.total = readRow(row, label, labelAt);
        out.totalFirst = true;
        out.lastRow = row;
        continue;
      }
      if (!out.totalFirst) {
        out.total = readRow(row, label, labelAt);
        out.lastRow = row;
      }
      break;
    }
    if (out.totalFirst && endsFundLines(grid, row, label, { labelCol, span, moneyCols, bottom })) break;
    parts.push(readRow(row, label, labelAt));
    out.lastRow = mergedBottom(grid, row, labelCol);
  }
  return out;
}

interface LineAt {
  labelCol: number;
  span: { left: number; right: number };
  moneyCols: readonly number[];
  bottom: number;
}

/**
 * Under a 年度资金总额 line, every line is a fund line or holds an amount. A line that is neither is
 * something else — the 年度目标 heading, its text merged over the money columns — and ends them,
 * unless the next line is a fund line again: a fund line whose label was mistyped is still one.
 */
function endsFundLines(grid: Grid, row: number, label: string, at: LineAt): boolean {
  if (isFundLabel(label)) return false;
  if (anyTextStartingIn(grid, row, at.moneyCols) && anyAmountIn(grid, row, at.moneyCols)) return false;
  const next = nextLineLabel(grid, mergedBottom(grid, row, at.labelCol) + 1, at);
  return next === null || !isFundLabel(next);
}

/** The label of the next line below `from` with a label or an amount; null after a run of blank rows. */
function nextLineLabel(grid: Grid, from: number, at: LineAt): string | null {
  for (let row = from, blanks = 0; row <= at.bottom && blanks < BLANK_STREAK_END; row++) {
    if (!startsInRow(grid, row, at.labelCol)) continue;
    const { label } = rowLabel(grid, row, at.span.left, at.labelCol);
    if (label !== "" || anyTextStartingIn(grid, row, at.moneyCols)) return label;
    blanks++;
  }
  return null;
}

/** The fund lines read with no total over them, cut where endsFundLines would have ended them. */
function fundLinesOnly(grid: Grid, read: ReadRows, at: LineAt, headerBottom: number): Pick<ReadRows, "parts" | "lastRow"> {
  const cut = read.parts.findIndex((p) => endsFundLines(grid, p.row, p.label, at));
  if (cut < 0) return read;
  const parts = read.parts.slice(0, cut);
  return { parts, lastRow: parts.length > 0 ? mergedBottom(grid, parts[parts.length - 1].row, at.labelCol) : headerBottom };
}

/** A row's label: its label cell, else the last text left of it (a label written one column early). */
function rowLabel(grid: Grid, row: number, from: number, labelCol: number): { label: string; labelAt: number } {
  const label = grid.text(row, labelCol);
  if (label === "") {
    const left = lastTextBefore(grid, row, from, labelCol);
    if (left) return { label: left.text, labelAt: left.col };
  }
  return { label, labelAt: grid.anchorCol(row, labelCol) };
}

interface RowColumns {
  moneyCols: number[];
  rateCol?: number;
  weightCol?: number;
  scoreCol?: number;
  unit: MoneyUnit;
}

function rowReader(grid: Grid, c: RowColumns): (row: number, label: string, labelAt: number) => MoneyRow {
  // Indexed by column like the record it stands for; an array the width of the money columns keeps
  // them in 40% of the room an object with numbered keys takes, and a large form keeps one per row.
  const width = Math.max(...c.moneyCols) + 1;
  return (row, label, labelAt) => {
    const amounts: MoneyRow["amounts"] = new Array<MoneyRow["amounts"][number]>(width);
    for (const col of c.moneyCols) {
      // An amount merged down over several task rows is one amount: it belongs to the merge's first row,
      // and the rows under it hold none (counting it on each row would add it twice to the column).
      const owned = grid.anchorRow(row, col) === row;
      const value = owned ? grid.value(row, col) : null;
      // Assigned, not spread into a copy: a large form has thousands of these, and every copy was garbage.
      const amount = parseMoney(value, grid.format(row, col), c.unit) as MoneyRow["amounts"][number];
      amount.cell = cellRef(grid, row, col);
      amounts[col] = amount;
    }
    const out: MoneyRow = { row, label, labelCell: cellRef(grid, row, labelAt), subset: isSubsetLabel(label), amounts };
    if (c.rateCol !== undefined) {
      out.rate = { cell: cellRef(grid, row, c.rateCol), actual: parseActual(grid.value(row, c.rateCol), grid.format(row, c.rateCol), NO_TARGET) };
    }
    if (c.weightCol !== undefined) {
      out.weight = { cell: cellRef(grid, row, c.weightCol), value: parseMoney(grid.value(row, c.weightCol), grid.format(row, c.weightCol), "元") };
    }
    if (c.scoreCol !== undefined) {
      out.score = { cell: cellRef(grid, row, c.scoreCol), value: parseMoney(grid.value(row, c.scoreCol), grid.format(row, c.scoreCol), "元") };
    }
    return out;
  };
}

/**
 * Chongqing's 部门整体 form: one line of figures under the header, with no label of its own — the
 * section heading (部门预算执行情况（万元）) is merged down beside both rows. That line is the form's
 * total; the heading is its label.
 */
function readSideHeadingTable(grid: Grid, header: Header, bottom: number): FoundMoneyTable | null {
  const firstMoney = Math.min(...header.columns.map((c) => c.col));
  let side: { col: number; text: string; bottom: number } | null = null;
  for (const cell of cellsStartingIn(grid, header.top, grid.left, firstMoney - 1)) {
    const m = grid.mergeAt(header.top, cell.col);
    if (m && m.bottom > header.bottom) side = { col: cell.col, text: cell.text, bottom: Math.min(m.bottom, bottom) };
  }
  if (!side) return null;
  const rows: number[] = [];
  for (let row = header.bottom + 1; row <= side.bottom; row++) {
    if (header.columns.some((c) => startsInRow(grid, row, c.col) && grid.text(row, c.col) !== "")) rows.push(row);
  }
  if (rows.length !== 1) return null;
  const layout = layoutRightOf(grid, header, side.col, "万元");
  if (!layout) return null;
  const total = rowReader(grid, layout)(rows[0], side.text, side.col);
  const table = moneyTableOf(header, layout, side.col, {
    parts: [],
    total,
    totalInsertRow: rows[0] + 1,
    totalPosition: "above",
  });
  return { table, taskHeader: false, span: layout.span, lastRow: side.bottom };
}

// The four readings below run on every row of a task list: loops, so a 10,000-row form does not
// allocate a list of cells and a closure or two per row only to ask one question of them.

/** A cell from `from` to `to` (inclusive) whose text starts the next part of the form. */
function sectionStartsIn(grid: Grid, row: number, from: number, to: number): boolean {
  for (let col = from; col <= to; col++) {
    if (grid.isAnchor(row, col) && isSectionStart(grid.text(row, col))) return true;
  }
  return false;
}

function anyAmountIn(grid: Grid, row: number, cols: readonly number[]): boolean {
  for (let i = 0; i < cols.length; i++) if (looksLikeAmount(grid.value(row, cols[i]))) return true;
  return false;
}

/** Text in one of `cols` that is its cell's own (not carried down from a merge above). */
function anyTextStartingIn(grid: Grid, row: number, cols: readonly number[]): boolean {
  for (let i = 0; i < cols.length; i++) if (startsInRow(grid, row, cols[i]) && grid.text(row, cols[i]) !== "") return true;
  return false;
}

/** The last non-empty cell starting in `row` between `from` and `before` (exclusive). */
function lastTextBefore(grid: Grid, row: number, from: number, before: number): { col: number; text: string } | null {
  for (let col = before - 1; col >= from; col--) {
    if (!grid.isAnchor(row, col)) continue;
    const text = grid.text(row, col);
    if (text !== "") return { col, text };
  }
  return null;
}

function looksLikeAmount(value: unknown): boolean {
  if (typeof value === "number") return true;
  return typeof value === "string" && /^[\s(（-]*[\d０-９][\d０-９,，.．\s]*[)）]?$/.test(value);
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

function mergedBottom(grid: Grid, row: number, col: number): number {
  return grid.mergeAt(row, col)?.bottom ?? row;
}

function findTaskColumn(grid: Grid, rows: number[]): number | null {
  for (const row of rows) {
    for (const cell of headerCells(grid, row)) if (isTaskHeader(cell.text)) return cell.col;
  }
  return null;
}

/** The column left of the money whose cells below the header are fund lines (年度资金总额, 其中…). */
function findFundLabelColumn(grid: Grid, header: Header, bottom: number): number | null {
  const lastMoney = Math.max(...header.columns.map((c) => c.col));
  const hits = new Map<number, number>();
  for (let row = header.bottom + 1; row <= Math.min(bottom, header.bottom + LABEL_LOOKAHEAD); row++) {
    for (const cell of cellsStartingIn(grid, row, grid.left, lastMoney)) {
      if (isFundLabel(cell.text)) hits.set(cell.col, (hits.get(cell.col) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  for (const [col, n] of hits) if (best === null || n > hits.get(best)! || (n === hits.get(best) && col < best)) best = col;
  return best;
}

/** Failing words, the nearest column left of the money that has text under the header. */
function nearestLabelColumn(grid: Grid, header: Header, bottom: number): number | null {
  const firstMoney = Math.min(...header.columns.map((c) => c.col));
  for (let col = firstMoney - 1; col >= grid.left; col--) {
    for (let row = header.bottom + 1; row <= Math.min(bottom, header.bottom + LABEL_LOOKAHEAD); row++) {
      if (startsInRow(grid, row, col) && grid.text(row, col) !== "") return col;
    }
  }
  return null;
}

/** The unit in the header (`预算数（万元）`), else in a `单位：万元` note just above the table. */
function findUnit(grid: Grid, header: Header, span: { left: number; right: number }): MoneyUnit | null {
  for (let row = header.top; row <= header.bottom; row++) {
    for (let col = span.left; col <= span.right; col++) {
      const unit = unitInHeader(grid.text(row, col)) ?? unitInNote(grid.text(row, col));
      if (unit) return unit;
    }
  }
  for (let row = header.top - 1; row >= Math.max(grid.top, header.top - NOTE_LOOKBACK); row--) {
    for (let col = grid.left; col <= grid.right; col++) {
      const unit = unitInNote(grid.text(row, col));
      if (unit) return unit;
    }
  }
  return null;
}
