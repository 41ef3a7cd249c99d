/**
 * From a check's result and the sheet's grid to what an adapter writes. Coordinates in the plan are
 * those of the sheet after the plan's own totals-row insertion, so an adapter inserts first and then
 * writes as told. The flow, in three explicit steps (planWrites):
 *
 *   1. planFormWrites   the writes into the form itself (the 金额合计 row, blank 得分 cells), from the check
 *   2. predict          the sheet as those writes leave it, checked again — what the pane and CLI report
 *   3. the summary block, the marks and their live conditions, from that prediction, so a fixed
 *      金额合计 loses its mark in the same write
 */
import { checkGrid } from "../engine";
import { FormFacts } from "../form-facts";
import { a1, Grid, type CellRange, type GridData } from "../grid";
import type { CheckOptions, Lang, SheetResult, WritePlan } from "../model";
import { applyPlanToGrid, shiftMerges } from "./apply-to-grid";
import { cellsOf, guardsFor, liveChecks } from "./conditions";
import { marksFromFindings } from "./marks";
import { planScoreFills } from "./score-fills";
import { planSummaryBlock } from "./summary-block";
import { planTotalsRow, type TextCellTest } from "./totals-row";

export { applyPlanToGrid } from "./apply-to-grid";
export { marksFromFindings } from "./marks";
export { formatRules } from "./format-rules";
export { cellsOf, liveChecks, moveCondition } from "./conditions";

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

function textTest(grid: GridData): TextCellTest {
  const g = new Grid(grid);
  return (row, col) => typeof g.value(row, col) === "string";
}

/**
 * Rows the summary block may take: nothing in them — no value, no formula, no merged area. The block
 * owns whole rows (a re-run clears them), so a row with anything in any column is not free.
 */
function freeRowTest(grid: GridData): (row: number) => boolean {
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
 * Step 1: the writes into the form itself, planned from the check of the sheet as it stands. Score
 * fills are in the coordinates after an inserted totals row, like the rest of the plan.
 */
function planFormWrites(result: SheetResult, grid: GridData, request: PlanRequest = {}): WritePlan {
  const plan: WritePlan = { sheet: result.sheet, marks: [] };
  if (!result.form) return plan;
  const facts = new FormFacts(result.form);
  if (request.insertTotals) {
    const g = new Grid(grid);
    const { totals: planned, kept, formatsChanged } = planTotalsRow(facts.money, request.lang ?? "zh-CN", textTest(grid), (row, col) => g.format(row, col));
    if (kept.length > 0) plan.totalsKept = kept;
    const totals = planned ? outsideMerges(planned, grid.merges) : undefined;
    if (totals) {
      plan.totals = totals;
      // Only the cells still written (a merged-over cell is dropped) are said to change format.
      const written = new Set(totals.cells.map((c) => a1(totals.row, c.col)));
      const changed = formatsChanged.filter((c) => written.has(c.cell));
      if (changed.length > 0) plan.formatsChanged = changed;
    }
  }
  if (request.fillScores) {
    const fills = planScoreFills(result.form, request.options ?? {}, facts);
    const inserted = plan.totals?.mode === "insert" ? plan.totals.row : undefined;
    if (fills.length > 0) {
      plan.fills = inserted === undefined ? fills : fills.map((r) => (r.row >= inserted ? { ...r, row: r.row + 1 } : r));
    }
  }
  return plan;
}

/** Step 2: the sheet as a plan leaves it, and its check. */
function predict(grid: GridData, plan: WritePlan, options: CheckOptions = {}): { grid: GridData; result: SheetResult } {
  const after = applyPlanToGrid(grid, plan);
  return { grid: after, result: checkGrid(after, options) };
}

/** The three steps: the form's own writes, the sheet after them, then its summary block and marks. */
export function planWrites(result: SheetResult, request: PlanRequest, grid: GridData): PlannedCheck {
  const lang = request.lang ?? "zh-CN";
  const plan = planFormWrites(result, grid, request);
  const changed = plan.totals !== undefined || plan.fills !== undefined;
  const after = changed ? predict(grid, plan, request.options) : { grid, result };
  const form = after.result.form;
  if (form && request.summary) {
    plan.summary = planSummaryBlock(after.result, new FormFacts(form), lang, textTest(after.grid), freeRowTest(after.grid), after.grid.columnWidths);
  }
  // Guards need every cell's conditions; marks only those of the cells the findings name.
  const only = request.guards ? undefined : cellsOf(after.result.findings);
  const checks = request.staticMarks ? [] : liveChecks(form, request.options, only);
  if (request.marks !== false) plan.marks = marksFromFindings(after.result.findings, lang, checks);
  if (request.guards && checks.length > 0) {
    const guards = guardsFor(checks, new Set(plan.marks.map((m) => m.address)));
    if (guards.length > 0) plan.guards = guards;
  }
  return { plan, after: after.result };
}
