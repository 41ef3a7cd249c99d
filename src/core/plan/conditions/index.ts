/**
 * Live conditions: for every check a formula can decide, the formula that is TRUE while the problem
 * stands. A finding whose rule and cell have one becomes a live mark; with guards, every checkable
 * cell carries its conditions even while it passes.
 */
import { a1, parseA1 } from "../../grid";
import type { CheckOptions, Finding, Form, Guard, Severity } from "../../model";
import { indicatorChecks } from "./indicators";
import type { CellWanted, LiveCheck } from "./live-check";
import { moneyChecks } from "./money";
import { rateChecks } from "./rates";
import { scoreChecks } from "./scores";

export type { LiveCheck } from "./live-check";

/** Excel's 16,384 columns: one number per cell. */
const cellKey = (row: number, col: number) => row * 16384 + col;
export { moveCondition, relativeKey } from "./formula";

/**
 * Every live condition of a form, or with `only` those on the cells it names (A1); `options` carry the
 * scoring profile the scores are judged by.
 *
 * Two findings of the one-total department forms stay static. breakdown-mismatch: its lines are
 * labelled text (`其中：基本支出：900.47`, full- or half-width colons, sometimes 万元 or two figures in
 * one cell), which a formula could only cut apart with MID and FIND guesses the engine's reader
 * (recognise/) does not share — a wrong cut would colour a right breakdown. rate-unconfirmed: its
 * finding is a figure the layout lacks (one cell merged over 预算数 and 执行数, or one left blank);
 * typing it does not settle the rate, it opens the checks (rate-mismatch, the budget score) that were
 * skipped for want of it, so the form must be checked again either way.
 */
export function liveChecks(form: Form | null, options: CheckOptions = {}, only?: ReadonlySet<string>): LiveCheck[] {
  if (!form) return [];
  // Numeric keys: the money table asks for each of its rows, an A1 string per ask cost more than the marks.
  const keys = only ? new Set([...only].map(parseA1).map(({ row, col }) => cellKey(row, col))) : null;
  const wanted: CellWanted = keys ? (row, col) => keys.has(cellKey(row, col)) : () => true;
  const checks = [...moneyChecks(form.money, wanted), ...indicatorChecks(form), ...rateChecks(form, wanted), ...scoreChecks(form, options)];
  return only ? checks.filter((c) => wanted(c.row, c.col)) : checks;
}

/** The cells findings name, for liveChecks(…, only): what marks need. */
export function cellsOf(findings: readonly Finding[]): Set<string> {
  return new Set(findings.flatMap((f) => f.cells));
}

/** Conditions joined: TRUE when any one is. */
export function anyOf(conditions: string[]): string {
  const unique = [...new Set(conditions)];
  return unique.length === 1 ? unique[0] : `OR(${unique.join(",")})`;
}

/** Guards on the cells that carry no mark: one per cell and severity. */
export function guardsFor(checks: LiveCheck[], marked: Set<string>): Guard[] {
  const byCell = new Map<string, { row: number; col: number; severity: Severity; conditions: string[] }>();
  for (const c of checks) {
    if (!c.guard) continue;
    const address = a1(c.row, c.col);
    if (marked.has(address)) continue;
    const key = `${address}|${c.severity}`;
    const entry = byCell.get(key);
    if (entry) entry.conditions.push(c.condition);
    else byCell.set(key, { row: c.row, col: c.col, severity: c.severity, conditions: [c.condition] });
  }
  return [...byCell.values()]
    .map(({ row, col, severity, conditions }) => ({ address: a1(row, col), row, col, severity, condition: anyOf(conditions) }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
}
