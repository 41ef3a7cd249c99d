/**
 * What a form says about its score as a whole: the 总分 / 合计 line under the indicators (or a
 * 自评总分 field above the tables, as Chongqing writes it), a 自评等级, the points of the budget part
 * (`预算执行情况(10分)`, `得分(20分*执行率)`) and whether the layout is Hubei's, whose official scoring
 * differs.
 */
import type { Grid } from "../grid";
import type { FormScoring, IndicatorTable, MoneyTable, ScoreCell } from "../model";
import { parseMoney } from "../parse/money";
import { cellRef, cellsStartingIn, headerCells } from "./cells";
import { budgetPoints, gradeLabel, isRatioLetterHeader, scoreTotalLabel } from "./header-words";

export interface ScoringArea {
  money: MoneyTable | null;
  indicators: IndicatorTable | null;
  /** Rows above the first table (header fields) and rows after the last table (closing lines). */
  above: { top: number; bottom: number };
  below: { top: number; bottom: number };
}

export function findScoring(grid: Grid, area: ScoringArea): FormScoring | undefined {
  const scoring: FormScoring = {};
  const lines = [...rows(area.below), ...rows(area.above)];
  for (const row of lines) {
    const below = row >= area.below.top;
    for (const cell of cellsStartingIn(grid, row)) {
      const total = scoring.total === undefined ? scoreTotalLabel(cell.text) : null;
      if (total) {
        scoring.total = { label: cell.text, labelCell: cellRef(grid, row, cell.col) };
        const columns = below ? area.indicators?.columns : undefined;
        const score = columnCell(grid, row, cell.col, columns?.score) ?? valueCell(grid, row, cell.col, total.rest);
        if (score) scoring.total.score = score;
        const weight = columnCell(grid, row, cell.col, columns?.weight);
        if (weight) scoring.total.weight = weight;
        continue;
      }
      const grade = scoring.grade === undefined ? gradeLabel(cell.text) : null;
      if (grade) {
        const at = grade.rest !== "" ? { row, col: cell.col } : nextColumn(grid, row, cell.col);
        if (!at) continue;
        const text = grade.rest !== "" ? grade.rest : grid.text(at.row, at.col);
        const label = cell.text.replace(/[:：].*$/s, "").trim();
        scoring.grade = { label, labelCell: cellRef(grid, row, cell.col), cell: cellRef(grid, at.row, at.col), text };
      }
    }
  }

  const budget = budgetPart(grid, area.money);
  if (budget) scoring.budget = budget.part;
  if (budget?.formula || hasRatioLetters(grid, area.indicators)) scoring.profileHint = "hubei";
  return Object.keys(scoring).length > 0 ? scoring : undefined;
}

function rows(span: { top: number; bottom: number }): number[] {
  const out: number[] = [];
  for (let row = span.top; row <= span.bottom; row++) out.push(row);
  return out;
}

function readScore(grid: Grid, row: number, col: number): ScoreCell {
  return { cell: cellRef(grid, row, col), value: parseMoney(grid.value(row, col), grid.format(row, col), "元") };
}

/** The cell of a table column on the 总分 row, unless the label itself is merged over it. */
function columnCell(grid: Grid, row: number, labelCol: number, col: number | undefined): ScoreCell | undefined {
  if (col === undefined) return undefined;
  const a = grid.anchor(row, col);
  const label = grid.anchor(row, labelCol);
  if (a.row === label.row && a.col === label.col) return undefined;
  return readScore(grid, row, col);
}

/** The first cell right of (row, col)'s merged area, as a person reads a `label | value` pair. */
function nextColumn(grid: Grid, row: number, col: number): { row: number; col: number } | null {
  const right = grid.mergeAt(row, col)?.right ?? col;
  return right + 1 <= grid.right ? grid.anchor(row, right + 1) : null;
}

/** `自评总分：97.6` in one cell, or the value in the cell right of the label. */
function valueCell(grid: Grid, row: number, col: number, rest: string): ScoreCell | undefined {
  if (rest !== "") return { cell: cellRef(grid, row, col), value: parseMoney(rest, null, "元") };
  const next = nextColumn(grid, row, col);
  return next ? readScore(grid, next.row, next.col) : undefined;
}

/** The money row carrying the budget part's 分值/得分, and the points its heading gives. */
function budgetPart(grid: Grid, money: MoneyTable | null): { part: NonNullable<FormScoring["budget"]>; formula: boolean } | null {
  if (!money) return null;
  let points: { value: number; cell: ReturnType<typeof cellRef> } | undefined;
  let formula = false;
  for (let row = money.headerTop; row <= money.headerBottom; row++) {
    for (const cell of headerCells(grid, row)) {
      const found = budgetPoints(cell.text);
      if (!found) continue;
      formula ||= found.formula;
      // The 得分(20分*执行率) header states the points as plainly as a heading does.
      points ??= { value: found.points, cell: cellRef(grid, row, cell.col) };
    }
  }
  const given = (c: { value: { kind: string } } | undefined): boolean => c !== undefined && c.value.kind !== "blank";
  const filled = (r: (typeof money.parts)[number] | null): boolean => r !== null && (given(r.weight) || given(r.score));
  // Rows carry 分值/得分 only under such columns: a plain task list has no candidate to look through.
  const scored = money.weightCol !== undefined || money.scoreCol !== undefined;
  const candidates = scored ? [money.total, ...money.parts] : [];
  const row = candidates.find(filled) ?? (scored ? candidates.find((r) => r) : null);
  if (!row && !points) return null;
  const part: NonNullable<FormScoring["budget"]> = { row: row?.row ?? money.headerBottom };
  if (row?.weight) part.weight = row.weight;
  if (row?.score) part.score = row.score;
  if (points) part.points = points;
  return { part, formula };
}

/** Hubei: 年初目标值(A) | 实际完成值(B) on the indicator header. */
function hasRatioLetters(grid: Grid, table: IndicatorTable | null): boolean {
  if (!table) return false;
  const { target, actual } = table.columns;
  return isRatioLetterHeader(grid.text(table.headerRow, target)) && isRatioLetterHeader(grid.text(table.headerRow, actual));
}
