/**
 * The engine's front door: a GridData in, everything the views need out. The task pane, the CLI,
 * the annotated copy and the review summary all read this one result.
 */
import { Grid, type GridData } from "./grid";
import type { Finding, Form, FormKind, MoneyUnit } from "./model";
import { recognise } from "./recognise";
import { runRules } from "./rules";
import type { CheckOptions } from "./rules/rule";
import { summarise } from "./summary";

export interface TotalsSummary {
  unit: MoneyUnit;
  /** Decimal strings in the form's unit, as the form writes them (null where the form has no such figure). */
  budget: string | null;
  budgetFiscal: string | null;
  spent: string | null;
  spentFiscal: string | null;
  /** `95.51%`, computed from the amounts. */
  executionRate: string | null;
}

export interface IndicatorCounts {
  total: number;
  met: number;
  unmet: number;
  /** Above a range or far exceeded (≥130% of an at-least target). */
  exceeded: number;
  /** Qualitative, unreadable or missing: needs a person. */
  manual: number;
}

export interface SheetResult {
  sheet: string;
  kind: FormKind | null;
  form: Form | null;
  findings: Finding[];
  totals: TotalsSummary | null;
  indicators: IndicatorCounts | null;
}

export function checkGrid(data: GridData, options: CheckOptions = {}): SheetResult {
  const grid = new Grid(data);
  const form = recognise(grid);
  if (!form) {
    return { sheet: data.sheet, kind: null, form: null, findings: [], totals: null, indicators: null };
  }
  const findings = runRules(form, options);
  const { totals, indicators } = summarise(form);
  return { sheet: data.sheet, kind: form.kind, form, findings, totals, indicators };
}

export function countBySeverity(findings: Finding[]): Record<"error" | "warning" | "info", number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
