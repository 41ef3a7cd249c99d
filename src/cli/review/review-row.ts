/**
 * One line of the review summary per form (and one per file that could not be checked): the small,
 * plain record a worker sends back instead of the workbook, so the run holds only these rows however
 * many files it reads. Amounts stay exact decimal strings here; the writers decide how to show them.
 */
import type { SheetResult } from "../../core/engine";
import { reportStrings } from "../../core/i18n/report-strings";
import type { FormKind, Lang, MoneyUnit, Severity } from "../../core/model";
import { FormFacts } from "../../core/form-facts";
import { unmetIndicators } from "../../core/summary";
import { problemText } from "../problems";
import type { FileReport } from "../check-files";

export type ReviewStatus = "failed" | "error" | "warning" | "ok";

export interface ReviewProblem {
  rule: string;
  severity: Severity;
  cells: string[];
  /** The finding's message in the run's language, as the unit will read it. */
  message: string;
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
  /** 总分 and 等级 as the form states them and as the scoring rules give them; null without scores. */
  statedTotal: string | null;
  computedTotal: string | null;
  statedGrade: string | null;
  grade: string | null;
  /** The scoring profile, named as the summary block names it (and whether it was guessed). */
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

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function formRow(file: string, result: SheetResult, lang: Lang, note: string | null): ReviewRow {
  const form = result.form!;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of result.findings) counts[f.severity]++;
  const problems = result.findings
    .filter((f) => f.severity !== "info")
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i)
    .map(({ f }) => ({ rule: f.rule, severity: f.severity, cells: [...f.cells], message: f.message[lang] }));
  const scoring = result.scoring ?? null;
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
    statedTotal: scoring?.statedTotal ?? null,
    computedTotal: scoring?.computedTotal ?? null,
    statedGrade: scoring?.statedGrade ?? null,
    grade: scoring?.grade ?? null,
    profile: scoring ? reportStrings[lang].profileName(scoring.profile, scoring.guessed) : null,
    errors: counts.error,
    warnings: counts.warning,
    infos: counts.info,
    unmet: unmetIndicators(new FormFacts(form)),
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
    statedGrade: null,
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
  const note = report.error ? problemText(report.error, lang) : null;
  const forms = report.sheets.filter((s) => s.form);
  // checkFile always says why a workbook without a form failed; the fallback only guards the type.
  if (forms.length === 0) return [failedRow(report.file, note ?? "")];
  return forms.map((s) => formRow(report.file, s, lang, note));
}
