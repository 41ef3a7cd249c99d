/**
 * The provincial 一体化 department forms (docs/one-total-forms.md): no task rows, one
 * total row — 年度资金总额 or 部门整体支出总额 — and that total stated again, broken down, in text:
 * `按收入性质分：2030.12` over `其中：一般公共预算：1444.50` …, `按支出性质分：2030.12` over
 * `其中：基本支出：900.47`, `项目支出：1025.20`, often side by side in cells merged over the money
 * columns; sometimes a line above the table states `基本支出总额：900.47` and `项目支出总额：1129.65`.
 * The money table's reader stops at the first breakdown row (isBreakdownRow); this module reads the
 * breakdowns, and finds where the total row has one figure in place of two.
 */
import type { Grid } from "../grid";
import type { Breakdown, BreakdownLine, CellRef, MoneyTable, MoneyUnit, MoneyValue } from "../model";
import { wholeColumn } from "../money-table";
import { parseLabelledAmount } from "../parse/labelled-amount";
import { normalise } from "../text";
import { cellRef, cellsStartingIn } from "./cells";

type Basis = Breakdown["basis"];

const INCOME_HEADING = /^按收入性质分?$/;
const EXPENSE_HEADING = /^按支出性质分?$/;
/** Lines of the income breakdown: the 一体化 systems' sources of funds. */
const INCOME_LINE = /^(一般公共预算|政府性基金|纳入专户管理的非税收入|财政专户|国有资本经营|上级补助|事业收入|经营收入|其他收入|其他资金)/;
const EXPENSE_LINE = /^(基本支出|项目支出)$/;
/** The header line's words: `基本支出总额：900.47`. */
const HEADER_SPLIT_LINE = /^(基本支出|项目支出)总额$/;
const LEADING_SUBSET = /^其中[:：]?/;

interface ReadCell {
  col: number;
  cell: CellRef;
  kind: "heading" | "line" | "amount";
  basis?: Basis;
  label: string;
  amount: MoneyValue;
}

/** A label as the classifiers compare it: normalised, without a leading 其中：. */
function core(label: string): string {
  return normalise(label).replace(LEADING_SUBSET, "");
}

function classify(grid: Grid, row: number, col: number, text: string, unit: MoneyUnit): ReadCell | null {
  const { label, amount } = parseLabelledAmount(text, unit);
  const cell = cellRef(grid, row, col);
  if (label === "") return amount.kind === "amount" ? { col, cell, kind: "amount", label, amount } : null;
  const c = core(label);
  if (INCOME_HEADING.test(c)) return { col, cell, kind: "heading", basis: "income", label, amount };
  if (EXPENSE_HEADING.test(c)) return { col, cell, kind: "heading", basis: "expense", label, amount };
  if (INCOME_LINE.test(c)) return { col, cell, kind: "line", basis: "income", label, amount };
  if (EXPENSE_LINE.test(c)) return { col, cell, kind: "line", basis: "expense", label, amount };
  return null;
}

/**
 * The cells of a breakdown row, or null when the row is something else: every cell that starts in the
 * row is a breakdown heading or line, or the amount of the label just left of it — and at least one
 * label carries its amount in its own text or is a heading. A fund line with its figures in the money
 * columns (`基本支出 | 985.19 | 914.97`) is a row of the table, not a breakdown written in text.
 */
function breakdownCells(grid: Grid, row: number, from: number, to: number, unit: MoneyUnit): ReadCell[] | null {
  const out: ReadCell[] = [];
  let written = false;
  for (const { col, text } of cellsStartingIn(grid, row, from, to)) {
    const read = classify(grid, row, col, text, unit);
    if (!read) return null;
    if (read.kind === "amount") {
      const left = out[out.length - 1];
      if (!left || left.kind === "amount" || left.amount.kind !== "blank" || left.amount.raw !== "") return null;
      left.amount = read.amount;
      continue;
    }
    if (read.kind === "heading" || /[:：]/.test(text)) written = true;
    out.push(read);
  }
  return out.length > 0 && written ? out : null;
}

/** Is this row (under a total row) a breakdown written in text, so no row of the money table? */
export function isBreakdownRow(grid: Grid, row: number, from: number, to: number): boolean {
  return breakdownCells(grid, row, from, to, "万元") !== null;
}

export interface OneTotalBlock {
  breakdowns: Breakdown[];
  /** The last breakdown row, or the total row when there are none. */
  lastRow: number;
}

/** The breakdown rows under the total row, read down to the first row that is not one. */
export function readBreakdowns(grid: Grid, table: MoneyTable, span: { left: number; right: number }, bottom: number): OneTotalBlock | null {
  const total = table.total;
  if (!total || table.parts.length > 0) return null;
  const groups = new Map<number, Breakdown>();
  let lastRow = grid.mergeAt(total.row, total.labelCell.col)?.bottom ?? total.row;
  for (let row = lastRow + 1; row <= bottom; row++) {
    const cells = breakdownCells(grid, row, span.left, span.right, table.unit);
    if (!cells) break;
    for (const read of cells) addTo(groups, read);
    lastRow = row;
  }
  const breakdowns = [...groups.values()].filter((b) => b.lines.length > 0 || b.stated);
  return { breakdowns, lastRow };
}

/**
 * Side by side, the breakdowns share rows: a line belongs to the breakdown headed in its own column
 * (or, without a heading, to the one of its basis).
 */
function addTo(groups: Map<number, Breakdown>, read: ReadCell): void {
  const basis = read.basis!;
  if (read.kind === "heading") {
    const breakdown: Breakdown = { basis, source: "block", label: read.label, cell: read.cell, lines: [] };
    if (read.amount.kind !== "blank") breakdown.stated = { cell: read.cell, amount: read.amount };
    groups.set(read.col, breakdown);
    return;
  }
  let group = groups.get(read.col);
  if (!group || group.basis !== basis) group = [...groups.values()].find((g) => g.basis === basis);
  if (!group) {
    group = { basis, source: "block", label: basis === "income" ? "按收入性质分" : "按支出性质分", cell: read.cell, lines: [] };
    groups.set(read.col, group);
  }
  group.lines.push({ label: read.label, cell: read.cell, amount: read.amount });
}

/**
 * A header line stating the expense split of the whole (`基本支出总额：900.47`, `项目支出总额：1129.65`):
 * a third statement of the 按支出性质分 breakdown, searched for above the money table.
 */
export function readHeaderSplit(grid: Grid, top: number, bottom: number, unit: MoneyUnit): Breakdown | null {
  const lines: BreakdownLine[] = [];
  for (let row = top; row <= bottom; row++) {
    const cells = cellsStartingIn(grid, row);
    cells.forEach(({ col, text }, i) => {
      const { label, amount } = parseLabelledAmount(text, unit);
      if (!HEADER_SPLIT_LINE.test(core(label))) return;
      const next = cells[i + 1];
      const beside = amount.kind === "blank" && next ? parseLabelledAmount(next.text, unit) : null;
      const value = beside && beside.label === "" ? beside.amount : amount;
      lines.push({ label, cell: cellRef(grid, row, col), amount: value });
    });
  }
  if (lines.length < 2) return null;
  return { basis: "expense", source: "header", label: lines.map((l) => l.label).join("/"), cell: lines[0].cell, lines };
}

/**
 * Where the total row has one figure in place of the two 预算数(A) | 执行数(B) it is headed with: one
 * cell merged over both columns, or one of them blank. The merged figure is then no longer read as
 * both (it would confirm a 100% 执行率 that nothing states).
 */
export function takeMissingFigure(table: MoneyTable): MoneyTable["missingFigure"] {
  const total = table.total;
  const budget = wholeColumn(table, "budget");
  const spent = wholeColumn(table, "spent");
  if (!total || !budget || !spent) return undefined;
  const b = total.amounts[budget.col];
  const s = total.amounts[spent.col];
  if (!b || !s) return undefined;
  if (b.kind === "amount" && s.kind === "amount" && b.cell.address === s.cell.address) {
    total.amounts[spent.col] = { kind: "blank", raw: "", cell: s.cell };
    return { col: spent.col, cell: s.cell, merged: true };
  }
  if (b.kind === "amount" && s.kind === "blank") return { col: spent.col, cell: s.cell, merged: false };
  if (s.kind === "amount" && b.kind === "blank") return { col: budget.col, cell: b.cell, merged: false };
  return undefined;
}
