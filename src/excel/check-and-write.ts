/**
 * Checking read sheets and bringing them up to date: the engine checks and plans, the mark diff
 * says what to delete and add, and one sync writes every sheet that may be written. Decided before
 * writing: a protected sheet gets nothing (refused 'protected'); a sheet without a form gets nothing
 * either (refused 'no-form'), and marks an earlier check left there stay until 清除标记 — a header
 * half-typed during live checks must not wipe and re-add every note.
 */
import type { SheetResult } from "../core/engine";
import type { GridData } from "../core/grid";
import type { Finding, Form, Lang, Mark, WritePlan } from "../core/model";
import type { PlannedCheck, PlanRequest } from "../core/plan";
import type { CheckOptions } from "../core/rules/rule";
import { localAddress } from "./addresses";
import { copiedMerges, queueWrites } from "./apply-plan";
import { annotationKind, type Capabilities } from "./capabilities";
import { problem } from "../core/problem";
import { isCellEditMode, writeInterrupted } from "./errors";
import type { HostContext } from "./host";
import { diffMarks, gridShape, sameStamps, sheetStamps, type LocatedAnnotation, type MarkDiff, type MarkLedger } from "./marks";
import type { SheetCheck } from "./port";
import type { Target } from "./read-workbook";

export interface Engine {
  check(grid: GridData, options: CheckOptions): SheetResult;
  plan(result: SheetResult, request: PlanRequest, grid: GridData): PlannedCheck;
  applyToGrid(grid: GridData, plan: WritePlan): GridData;
  /**
   * Marks for the findings, live where a formula decides them on `form` (static without it);
   * `options` carry the scoring profile the score conditions follow.
   */
  marks(findings: Finding[], lang: Lang, form?: Form | null, options?: CheckOptions): Mark[];
}

/** `live`: a re-check after the user's edit (MarkOptions.live). */
export type Action = Pick<PlanRequest, "insertTotals" | "summary" | "lang" | "fillScores" | "guards"> & { live?: boolean };

/** What one port keeps between calls. */
export interface Session {
  engine: Engine;
  caps(): Capabilities;
  /** Language of the notes ziping writes. */
  noteLanguage(): Lang;
  /**
   * What this runtime last wrote on each sheet (by worksheet id): a guess, used only while the sheet's
   * stamps say it still shows that write (marks.ts).
   */
  ledgers: Map<string, MarkLedger>;
  lastResult: SheetResult | null;
}

export interface Pending extends Target {
  result: SheetResult;
  planned: PlannedCheck;
  predicted: GridData;
  diff: MarkDiff | null;
  check?: SheetCheck;
}

/** Whether a plan writes cell contents (not only marks). */
const writesCells = (plan: WritePlan): boolean => Boolean(plan.totals || plan.summary || plan.fills);

/** Cells the sheet shows ziping's messages on (a refused write leaves them as they were). */
function markedCells(state: Pending["state"]): number {
  return state.annotations.filter((a) => a.ours).length;
}

/** This runtime's record of a sheet, while the sheet's own stamps say it still holds. */
function trustedLedger(session: Session, state: Pending["state"]): MarkLedger | undefined {
  const ledger = session.ledgers.get(state.id);
  return ledger && sameStamps(ledger.stamps, sheetStamps(state.formats)) ? ledger : undefined;
}

/**
 * The live marks written last time whose findings are gone: they stay in the plan, so a fix writes
 * nothing (their condition is FALSE now, their note states the requirement). Only while the layout is
 * the one they were written for; a guard on a kept mark's cell gives way to it, as on the first write.
 */
function keepLiveMarks(plan: WritePlan, ledger: MarkLedger | undefined, shape: string): void {
  // Only this runtime knows which live marks it wrote, and only while the sheet still shows them:
  // after another runtime's check or Ctrl+Z, the marks are exactly the findings'.
  if (!ledger?.live || ledger.live.shape !== shape) return;
  const planned = new Set(plan.marks.map((m) => m.address));
  const kept = ledger.live.marks.filter((m) => !planned.has(m.address));
  if (kept.length === 0) return;
  const keptAt = new Set(kept.map((m) => m.address));
  plan.marks = [...plan.marks, ...kept].sort((a, b) => a.row - b.row || a.col - b.col);
  if (plan.guards) plan.guards = plan.guards.filter((g) => !keptAt.has(g.address));
}

/** The mark writes for a prepared sheet; null when its notes must be located first. */
function diff(session: Session, p: Pending, located?: LocatedAnnotation[]): MarkDiff | null {
  const { plan } = p.planned;
  return diffMarks({
    marks: plan.marks,
    guards: plan.guards,
    state: p.state,
    ledger: session.ledgers.get(p.state.id),
    located,
    insertedRow: plan.totals?.mode === "insert" ? plan.totals.row : undefined,
    kind: annotationKind(session.caps()),
    shapeBefore: gridShape(p.state.grid),
    shapeAfter: gridShape(p.predicted),
  });
}

export function prepare(session: Session, target: Target, action: Action, checkOptions: CheckOptions): Pending {
  const { engine } = session;
  const { state } = target;
  const result = engine.check(state.grid, checkOptions);
  session.lastResult = result;
  const planned = engine.plan(result, { ...action, marks: true, options: checkOptions }, state.grid);
  // Notes keep one language whatever language a summary is written in.
  planned.plan.marks = engine.marks(planned.after.findings, session.noteLanguage(), planned.after.form, checkOptions);
  if (action.live) keepLiveMarks(planned.plan, trustedLedger(session, state), gridShape(state.grid));
  const { plan } = planned;
  let predicted = writesCells(plan) ? engine.applyToGrid(state.grid, plan) : state.grid;
  if (plan.totals?.mode === "insert" && result.form) {
    const { row, formatFrom } = plan.totals;
    const source = formatFrom >= row ? formatFrom - 1 : formatFrom;
    const columns = { left: result.form.bounds.left, right: result.form.bounds.right };
    predicted = { ...predicted, merges: [...predicted.merges, ...copiedMerges(state.grid.merges, source, row, columns)] };
  }
  const pending: Pending = { ...target, result, planned, predicted, diff: null };
  return result.form ? { ...pending, diff: diff(session, pending) } : pending;
}

/** Notes whose cells nobody can vouch for: one sync asks Excel where each one is. */
async function locateAnnotations(session: Session, context: HostContext, pending: Pending[]): Promise<Pending[]> {
  const toLocate = pending.filter((p) => !p.check && p.diff === null);
  if (toLocate.length === 0) return pending;
  const locations = toLocate.map((p) =>
    p.state.annotations.map((a) => {
      const range = a.item.getLocation();
      range.load("address");
      return { a, range };
    }),
  );
  await context.sync();
  return pending.map((p) => {
    const i = toLocate.indexOf(p);
    if (i < 0) return p;
    const located: LocatedAnnotation[] = locations[i].map(({ a, range }) => ({
      address: localAddress(range.address).split(":")[0],
      kind: a.kind,
      content: a.content,
      ours: a.ours,
      item: a.item,
    }));
    return { ...p, diff: diff(session, p, located) };
  });
}

/** Decide for every sheet before writing anything; then one sync writes all that may be written. */
export async function checkAndWrite(
  session: Session,
  context: HostContext,
  targets: Target[],
  action: Action,
  checkOptions: CheckOptions,
): Promise<SheetCheck[]> {
  let pending = targets.map((t) => prepare(session, t, action, checkOptions));
  const refuse = (p: Pending, code: "sheet-protected" | "no-form"): void => {
    p.check = { result: p.result, refused: problem(code, {}), marked: markedCells(p.state) };
  };
  for (const p of pending) {
    // Marks left from an earlier check stay when the form is no longer recognised (say, mid-edit of
    // a header during live checks): removing them is 清除标记's job, not a side effect.
    if (!p.result.form) refuse(p, "no-form");
    else if (p.state.protected && (!p.diff || !p.diff.unchanged || writesCells(p.planned.plan))) {
      refuse(p, "sheet-protected");
    }
  }
  pending = await locateAnnotations(session, context, pending);

  const writes = pending.filter((p) => !p.check && (!p.diff!.unchanged || writesCells(p.planned.plan)));
  for (const p of writes) {
    const form = p.result.form!;
    queueWrites({
      sheet: p.sheet,
      plan: p.planned.plan,
      diff: p.diff!,
      grid: p.state.grid,
      columns: { left: form.bounds.left, right: form.bounds.right },
      kind: annotationKind(session.caps()),
    });
  }
  if (writes.length > 0) {
    try {
      await context.sync();
    } catch (error) {
      // Excel keeps what it applied before the failure: nothing the ledgers say about these sheets holds now.
      for (const p of writes) session.ledgers.delete(p.state.id);
      if (isCellEditMode(error)) throw error;
      throw writeInterrupted(error);
    }
  }

  return pending.map((p) => {
    if (p.check) return p.check;
    session.ledgers.set(p.state.id, p.diff!.ledger);
    session.lastResult = p.planned.after;
    const check: SheetCheck = { result: p.planned.after, marked: p.planned.plan.marks.length };
    if (action.fillScores) check.filled = (p.planned.plan.fills ?? []).reduce((n, r) => n + r.cells.length, 0);
    if (p.planned.plan.totalsKept) check.totalsKept = p.planned.plan.totalsKept;
    if (p.planned.plan.formatsChanged) check.formatsChanged = p.planned.plan.formatsChanged;
    return check;
  });
}
