/**
 * From a check's result to what an adapter writes. Coordinates in the plan are those of the sheet
 * after the plan's own totals-row insertion, so an adapter inserts first and then writes as told.
 */
import { checkGrid, type SheetResult } from "../engine";
import { Grid, type CellRange, type GridData } from "../grid";
import type { Lang, WritePlan } from "../model";
import type { CheckOptions } from "../rules/rule";
import { applyPlanToGrid, shiftMerges } from "./apply-to-grid";
import { guardsFor, liveChecks } from "./conditions";
import { marksFromFindings, shiftMarks } from "./marks";
import { planScoreFills } from "./score-fills";
import { planSummaryBlock } from "./summary-block";
import { planTotalsRow, type TextCellTest } from "./totals-row";

export { applyPlanToGrid, shiftMerges } from "./apply-to-grid";
export { marksFromFindings } from "./marks";
export { formatRules, type FormatRule } from "./format-rules";
export { liveChecks, moveCondition } from "./conditions";
export { planScoreFills } from "./score-fills";

export interface PlanRequest {
  /** Mark the findings' cells (default true). */
  marks?: boolean;
  /** Insert or repair the totals row with live formulas. */
  insertTotals?: boolean;
  /** Write (or replace) the summary block under the form. */
  summary?: boolean;
  /** Language of notes and summary labels (default zh-CN). */
  lang?: Lang;
  options?: CheckOptions;
  /** Write the computed 得分 into blank score cells (and 总分 once every weighted row has one). */
  fillScores?: boolean;
  /** Marks are static fills, as before live conditions (default false: live wherever a formula decides). */
  staticMarks?: boolean;
  /** Live conditions on every checkable cell, failing or not, so a new mistake shows as it is typed. */
  guards?: boolean;
}

export interface PlannedCheck {
  plan: WritePlan;
  /** The check as it stands once the plan is written: what the pane and the CLI report. */
  after: SheetResult;
}

function textTest(grid?: GridData): TextCellTest {
  if (!grid) return () => false;
  const g = new Grid(grid);
  return (row, col) => typeof g.value(row, col) === "string";
}

/**
 * Rows the summary block may take: nothing in them — no value, no formula, no merged area. The block
 * owns whole rows (a re-run clears them), so a row with anything in any column is not free.
 */
export function freeRowTest(grid?: GridData): (row: number) => boolean {
  if (!grid) return () => true;
  const busy = new Set<number>();
  grid.values.forEach((cells, i) =>
    cells.forEach((v, j) => {
      if ((v !== null && v !== undefined && v !== "") || grid.formulas?.[i]?.[j]) busy.add(grid.origin.row + i);
    }),
  );
  for (const m of grid.merges) for (let r = m.top; r <= m.bottom; r++) busy.add(r);
  return (row) => !busy.has(row);
}

/**
 * The totals row without the cells a merged area covers (a 总额 merged with its 财政拨款 shows one
 * figure for both): no adapter can write there. When the label itself is covered, no totals row.
 */
function outsideMerges(totals: NonNullable<WritePlan["totals"]>, merges: CellRange[]): WritePlan["totals"] | undefined {
  const after = totals.mode === "insert" ? shiftMerges(merges, totals.row) : merges;
  const covered = (col: number): boolean =>
    after.some((m) => m.top <= totals.row && totals.row <= m.bottom && m.left <= col && col <= m.right && (m.top !== totals.row || m.left !== col));
  if (totals.cells.some((c) => c.value !== undefined && covered(c.col))) return undefined;
  const cells = totals.cells.filter((c) => !covered(c.col));
  return cells.some((c) => c.formula !== undefined) ? { ...totals, cells } : undefined;
}

/**
 * Plan the writes for a result. With the sheet's grid, a totals row or summary is applied in memory
 * and the sheet re-checked, so the marks describe the sheet as it will be (a fixed 金额合计 loses its
 * mark in the same write); without it, marks come from `result` and are shifted past an inserted row.
 */
export function planWrites(result: SheetResult, request: PlanRequest = {}, grid?: GridData): PlannedCheck {
  const lang = request.lang ?? "zh-CN";
  const isText = textTest(grid);
  const plan: WritePlan = { sheet: result.sheet, marks: [] };
  let after = result;

  if (result.form && request.insertTotals) {
    const { totals: planned, kept } = planTotalsRow(result.form, lang, isText);
    if (kept.length > 0) plan.totalsKept = kept;
    const totals = planned && grid ? outsideMerges(planned, grid.merges) : planned;
    if (totals) {
      plan.totals = totals;
      if (grid) after = checkGrid(applyPlanToGrid(grid, { sheet: result.sheet, marks: [], totals }), request.options);
    }
  }
  if (after.form && request.fillScores) {
    const fills = planScoreFills(after.form, request.options);
    if (fills.length > 0) {
      // Without the grid, `after` is in the coordinates before an inserted totals row.
      const inserted = !grid && plan.totals?.mode === "insert" ? plan.totals.row : undefined;
      plan.fills = inserted === undefined ? fills : fills.map((r) => (r.row >= inserted ? { ...r, row: r.row + 1 } : r));
      if (grid) after = checkGrid(applyPlanToGrid(grid, { ...plan }), request.options);
    }
  }
  if (after.form && request.summary) {
    const afterGrid = grid && (plan.totals || plan.fills) ? applyPlanToGrid(grid, { ...plan }) : grid;
    plan.summary = planSummaryBlock(after, lang, textTest(afterGrid), freeRowTest(afterGrid));
  }
  // Without the grid, an inserted totals row leaves `after` in the coordinates before it: its
  // conditions would name the wrong rows, so its marks are static and it gets no guards.
  const shifted = !grid && plan.totals?.mode === "insert";
  const checks = request.staticMarks || shifted ? [] : liveChecks(after.form);
  if (request.marks !== false) {
    const marks = marksFromFindings(after.findings, lang, checks);
    plan.marks = shifted ? shiftMarks(marks, plan.totals!.row) : marks;
  }
  if (request.guards && checks.length > 0) {
    const guards = guardsFor(checks, new Set(plan.marks.map((m) => m.address)));
    if (guards.length > 0) plan.guards = guards;
  }
  return { plan, after };
}

/** The plan alone, for callers that do not need the re-checked result. */
export function buildPlan(result: SheetResult, request: PlanRequest = {}, grid?: GridData): WritePlan {
  return planWrites(result, request, grid).plan;
}
