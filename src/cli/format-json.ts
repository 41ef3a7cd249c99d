/**
 * `--format json`: one entry per input file, in a shape kept stable for tools that read it.
 * Amounts are decimal strings (never floats), cells plain A1 addresses on their sheet.
 */
import type { ScoringSummary, SheetResult } from "../core/engine";
import type { FormKind, Lang, Severity } from "../core/model";
import type { FileReport } from "./check-files";
import { problemText } from "./problems";

export interface JsonFinding {
  rule: string;
  severity: Severity;
  cells: string[];
  message: string;
  expected: string | null;
  actual: string | null;
}

export interface JsonSheet {
  sheet: string;
  kind: FormKind | null;
  findings: JsonFinding[];
  totals: { budget: string | null; budgetFiscal: string | null; spent: string | null; spentFiscal: string | null; executionRate: string | null } | null;
  indicators: { total: number; met: number; unmet: number; exceeded: number; manual: number } | null;
  /** 总分 and 等级 for forms with scores (scores are decimal strings); null otherwise. */
  scoring: ScoringSummary | null;
}

export interface JsonFile {
  file: string;
  error: string | null;
  sheets: JsonSheet[];
}

function sheetJson(result: SheetResult, lang: Lang): JsonSheet {
  return {
    sheet: result.sheet,
    kind: result.kind,
    findings: result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      cells: [...f.cells],
      message: f.message[lang],
      expected: f.expected,
      actual: f.actual,
    })),
    totals: result.totals
      ? {
          budget: result.totals.budget,
          budgetFiscal: result.totals.budgetFiscal,
          spent: result.totals.spent,
          spentFiscal: result.totals.spentFiscal,
          executionRate: result.totals.executionRate,
        }
      : null,
    indicators: result.indicators
      ? {
          total: result.indicators.total,
          met: result.indicators.met,
          unmet: result.indicators.unmet,
          exceeded: result.indicators.exceeded,
          manual: result.indicators.manual,
        }
      : null,
    scoring: result.scoring ? { ...result.scoring } : null,
  };
}

export function toJson(reports: FileReport[], lang: Lang): JsonFile[] {
  return reports.map((r) => ({
    file: r.file,
    error: r.error ? problemText(r.error, lang) : null,
    sheets: r.sheets.map((s) => sheetJson(s, lang)),
  }));
}
