/**
 * Live conditions: for every check a formula can decide, the formula that is TRUE while the problem
 * stands. A finding whose rule and cell have one becomes a live mark; with guards, every checkable
 * cell carries its conditions even while it passes.
 */
import { a1 } from "../../grid";
import type { Form, Guard, Severity } from "../../model";
import { indicatorChecks } from "./indicators";
import type { LiveCheck } from "./live-check";
import { moneyChecks } from "./money";
import { rateChecks } from "./rates";

export type { LiveCheck } from "./live-check";
export { moveCondition, relativeKey } from "./formula";

export function liveChecks(form: Form | null): LiveCheck[] {
  if (!form) return [];
  return [...moneyChecks(form.money), ...indicatorChecks(form), ...rateChecks(form)];
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
