/**
 * One line of the review summary per form (and one per file that could not be checked): the small,
 * plain record a worker sends back instead of the workbook, so the run holds only these rows however
 * many files it reads. Amounts stay exact decimal strings here; the writers decide how to show them.
 */
import type { SheetResult } from "../../core/engine";
import type { FormKind, Lang, MoneyUnit, Severity } from "../../core/model";
import { unmetIndicators } from "../../core/summary";
import type { FileReport } from "../check-files";
import { reviewStrings } from "./strings";

export type ReviewStatus = "failed" | "error" | "warning" | "ok";

export interface ReviewProblem {
  rule: string;
  severity: Severity;
  cells: string[];
}

export interface ReviewRow {
  /** The path as the user gave it (or as the directory walk found it). */
  file: string;
  sheet: string | null;
  status: ReviewStatus;
  unitName: string | null;
  projectName: string | null;
  year: string | null;
  kind: FormKind | null;
  unit: MoneyUnit | null;
  /** Decimal strings in the form's unit. */
  budget: string | null;
  spent: string | null;
  /** As the engine states it: `95.51%`. */
  rate: string | null;
  statedTotal: string | null;
  computedTotal: string | null;
  grade: string | null;
  profile: string | null;
  errors: number;
  warnings: number;
  infos: number;
  unmet: string[];
  /** Error and warning findings, errors first, in the engine's order. */
  problems: ReviewProblem[];
  /** Why the file could not be checked (in the run's language), or null. */
  note: string | null;
}

/**
 * What the scoring part of the engine adds to a SheetResult (issue 4). Read structurally: the report
 * shows blanks for a result without it, so this module does not depend on when or how it lands.
 */
export interface ScoringSummary {
  profile?: unknown;
  guessed?: unknown;
  computedTotal?: unknown;
  statedTotal?: unknown;
  grade?: unknown;
}

function scoringOf(result: SheetResult): ScoringSummary | null {
  const scoring = (result as SheetResult & { scoring?: unknown }).scoring;
  return scoring !== null && typeof scoring === "object" ? (scoring as ScoringSummary) : null;
}

/** A number, a decimal string or a decimal object (big.js) as text; anything else as no value. */
function decimalText(value: unknown): string | null {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : null;
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  if (value !== null && typeof value === "object" && typeof (value as { toFixed?: unknown }).toFixed === "function") {
    return String(value);
  }
  return null;
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function formRow(file: string, result: SheetResult, lang: Lang, note: string | null): ReviewRow {
  const form = result.form!;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of result.findings) counts[f.severity]++;
  const problems = result.findings
    .filter((f) => f.severity !== "info")
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i)
    .map(({ f }) => ({ rule: f.rule, severity: f.severity, cells: [...f.cells] }));
  const scoring = scoringOf(result);
  const profile = text(scoring?.profile);
  return {
    file,
    sheet: result.sheet,
    status: note !== null ? "failed" : counts.error > 0 ? "error" : counts.warning > 0 ? "warning" : "ok",
    unitName: form.unitName ?? null,
    projectName: form.projectName ?? null,
    year: form.year ?? null,
    kind: form.kind,
    unit: result.totals?.unit ?? form.money?.unit ?? null,
    budget: result.totals?.budget ?? null,
    spent: result.totals?.spent ?? null,
    rate: result.totals?.executionRate ?? null,
    statedTotal: decimalText(scoring?.statedTotal),
    computedTotal: decimalText(scoring?.computedTotal),
    grade: text(scoring?.grade),
    profile: profile === null ? null : scoring?.guessed === true ? reviewStrings[lang].guessed(profile) : profile,
    errors: counts.error,
    warnings: counts.warning,
    infos: counts.info,
    unmet: unmetIndicators(form.indicators),
    problems,
    note,
  };
}

function failedRow(file: string, note: string): ReviewRow {
  return {
    file,
    sheet: null,
    status: "failed",
    unitName: null,
    projectName: null,
    year: null,
    kind: null,
    unit: null,
    budget: null,
    spent: null,
    rate: null,
    statedTotal: null,
    computedTotal: null,
    grade: null,
    profile: null,
    errors: 0,
    warnings: 0,
    infos: 0,
    unmet: [],
    problems: [],
    note,
  };
}

/**
 * The rows of one file: one per sheet holding a form; a file that could not be read, or holds no
 * form, is one row saying why. A file whose forms were checked but whose annotated copy could not be
 * written keeps its form rows, each carrying that reason.
 */
export function reviewRows(report: FileReport, lang: Lang): ReviewRow[] {
  const note = report.error ? report.error.messages[lang] : null;
  const forms = report.sheets.filter((s) => s.form);
  if (forms.length === 0) return [failedRow(report.file, note ?? reviewStrings[lang].status.failed)];
  return forms.map((s) => formRow(report.file, s, lang, note));
}
