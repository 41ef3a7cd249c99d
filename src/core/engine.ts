/**
 * The engine's front door: a GridData in, everything the views need out. The task pane, the CLI,
 * the annotated copy and the review summary all read this one result.
 */
import { Grid, type GridData } from "./grid";
import type { Finding, Form, FormKind, MoneyUnit } from "./model";
import { recognise } from "./recognise";
import { runRules } from "./rules";
import type { CheckOptions } from "./rules/rule";
import { scoreForm, type ProfileId, type ScoreGrade } from "./scoring";
import { summarise } from "./summary";
import { withTextCache } from "./text";

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

/** 总分 and 等级, for forms with score columns or a 总分 line (issue 4). Scores are decimal strings. */
export interface ScoringSummary {
  /** The profile the scores were computed with, and whether it was guessed from the layout. */
  profile: ProfileId;
  guessed: boolean;
  /** 总分 by the rules, two decimals (`97.05`); null when nothing can be scored. */
  computedTotal: string | null;
  /** 总分 as the form states it (`97.6`); null when blank or absent. */
  statedTotal: string | null;
  /** 等级 of the computed 总分. */
  grade: ScoreGrade | null;
  /** 等级 as the form states it, when it does. */
  statedGrade: string | null;
}

export interface SheetResult {
  sheet: string;
  kind: FormKind | null;
  form: Form | null;
  findings: Finding[];
  totals: TotalsSummary | null;
  indicators: IndicatorCounts | null;
  /** Present on every result checkGrid returns; null for forms without scores. */
  scoring?: ScoringSummary | null;
}

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
  const findings = runRules(form, options);
  const { totals, indicators } = summarise(form);
  return { sheet: data.sheet, kind: form.kind, form, findings, totals, indicators, scoring: scoringSummary(form, options) };
}

export function scoringSummary(form: Form, options: CheckOptions = {}): ScoringSummary | null {
  const score = scoreForm(form, options);
  if (!score.scored) return null;
  const stated = form.scoring?.total?.score?.value;
  return {
    profile: score.profile.id,
    guessed: score.guessed,
    computedTotal: score.computedTotal ? score.computedTotal.toFixed(2) : null,
    statedTotal: stated?.kind === "amount" ? stated.value.toFixed(stated.decimals) : null,
    grade: score.grade,
    statedGrade: score.statedGrade?.text ?? null,
  };
}

export function countBySeverity(findings: Finding[]): Record<"error" | "warning" | "info", number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
