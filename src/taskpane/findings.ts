/**
 * Which findings the list shows and in what order — sheet order (row, then column, of the cell to
 * jump to), filtered by severity, by the search box and by what the user ignored — and the table the
 * pane copies and exports. Nothing here judges a form: it arranges what the engine found.
 */
import { parseA1 } from "../core/grid";
import type { Finding, Lang, Severity } from "../core/model";
import { ruleById } from "../core/rules";
import type { SheetCheck } from "../excel/port";
import { findingKey } from "./ignored";
import type { PaneStrings } from "./strings";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export function ruleTitle(id: string, lang: Lang): string {
  return ruleById(id)?.meta.title[lang] ?? id;
}

function position(finding: Finding): [number, number] {
  const first = finding.cells[0];
  if (!first) return [Number.MAX_SAFE_INTEGER, 0];
  try {
    const { row, col } = parseA1(first);
    return [row, col];
  } catch {
    return [Number.MAX_SAFE_INTEGER, 0];
  }
}

/** Top to bottom, left to right, as a reviewer reads the sheet; ties keep the engine's order. */
function inSheetOrder(findings: Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index, at: position(finding) }))
    .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.index - b.index)
    .map(({ finding }) => finding);
}

export interface ListFilter {
  severities: ReadonlySet<Severity>;
  query: string;
}

export interface Listed {
  finding: Finding;
  key: string;
}

/** The findings the list shows and the ones set aside as ignored, both in sheet order. */
export function arrange(sheet: string, findings: Finding[], ignored: ReadonlySet<string>, filter: ListFilter, lang: Lang) {
  const query = filter.query.trim().toLowerCase();
  const shown: Listed[] = [];
  const hidden: Listed[] = [];
  for (const finding of inSheetOrder(findings)) {
    const key = findingKey(sheet, finding);
    if (ignored.has(key)) {
      hidden.push({ finding, key });
      continue;
    }
    if (!filter.severities.has(finding.severity)) continue;
    if (query) {
      const text = [ruleTitle(finding.rule, lang), finding.message[lang], finding.subject ?? "", ...finding.cells].join(" ").toLowerCase();
      if (!text.includes(query)) continue;
    }
    shown.push({ finding, key });
  }
  return { shown, hidden };
}

/** The findings of every sheet checked as rows of text: a heading row, then one row per finding. */
export function findingsTable(checks: SheetCheck[], ignored: ReadonlySet<string>, t: PaneStrings, lang: Lang): string[][] {
  const c = t.tableColumns;
  const rows = [[c.sheet, c.severity, c.rule, c.cells, c.message, c.expected, c.actual]];
  for (const { result } of checks) {
    for (const finding of inSheetOrder(result.findings)) {
      if (ignored.has(findingKey(result.sheet, finding))) continue;
      rows.push([
        result.sheet,
        t.severity[finding.severity],
        ruleTitle(finding.rule, lang),
        finding.cells.join(lang === "zh-CN" ? "、" : ", "),
        finding.message[lang],
        finding.expected ?? "",
        finding.actual ?? "",
      ]);
    }
  }
  return rows;
}
