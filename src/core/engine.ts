/**
 * The engine's front door: a GridData in, everything the views need out. The task pane, the CLI,
 * the annotated copy and the review summary all read this one result.
 *
 *   Grid ─recognise→ Form ─checkContext→ shared facts ─rules→ Finding[]   (then plan/: → WritePlan)
 */
import { checkContext } from "./check-context";
import { Grid, type GridData } from "./grid";
import type { CheckOptions, Finding, SheetResult } from "./model";
import { recognise } from "./recognise";
import { runRules } from "./rules";
import { withTextCache } from "./text";

export type { IndicatorCounts, ScoringSummary, SheetResult, TotalsSummary } from "./model";

export function checkGrid(data: GridData, options: CheckOptions = {}): SheetResult {
  // Recognition and the rules read the same header words many times over: normalise each once.
  return withTextCache(() => check(data, options));
}

function check(data: GridData, options: CheckOptions): SheetResult {
  const grid = new Grid(data);
  const form = recognise(grid);
  if (!form) {
    return { sheet: data.sheet, kind: null, form: null, findings: [], totals: null, indicators: null, scoring: null };
  }
  const context = checkContext(form, options);
  const findings = runRules(context);
  const { totals, indicators, scoring } = context;
  return { sheet: data.sheet, kind: form.kind, form, findings, totals, indicators, scoring };
}

export function countBySeverity(findings: Finding[]): Record<"error" | "warning" | "info", number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
