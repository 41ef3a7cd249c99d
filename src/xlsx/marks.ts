/**
 * Marks in an exceljs worksheet, per the project's rule: never in a cell's own fill. Each severity is
 * one conditional format (an always-true formula carrying MARK_FORMULA_TAG) over the union of its
 * cells, and each marked cell gets a note starting with NOTE_PREFIX — unless it already holds a
 * user's note, which is left as it is. Clearing removes exactly those two things.
 */
import type ExcelJS from "exceljs";
import { a1 } from "../core/grid";
import { MARK_FILL, MARK_FORMULA_TAG, NOTE_PREFIX, markFormula, type Mark, type Severity } from "../core/model";
import { conditionalFormattings, deleteNote, noteText, setConditionalFormattings, sheetModel } from "./internals";

const SEVERITIES: Severity[] = ["error", "warning", "info"];

function isZipingRule(rule: { formulae?: unknown[] }): boolean {
  return (rule.formulae ?? []).some((f) => typeof f === "string" && f.includes(MARK_FORMULA_TAG));
}

/** Remove ziping's conditional formats and notes; everything else (the user's own) stays. */
export function clearMarks(ws: ExcelJS.Worksheet): void {
  const kept = [];
  for (const cf of conditionalFormattings(ws)) {
    const rules = cf.rules.filter((rule) => !isZipingRule(rule));
    if (rules.length === cf.rules.length) kept.push(cf);
    else if (rules.length > 0) kept.push({ ...cf, rules });
  }
  setConditionalFormattings(ws, kept);

  // Notes often sit on empty cells, which eachRow/eachCell skip (or create, with includeEmpty); the
  // sheet model lists exactly the cells that exist.
  for (const row of sheetModel(ws).rows) {
    for (const model of row.cells) {
      if (!model.comment) continue;
      const cell = ws.getCell(model.address);
      const text = noteText(cell);
      if (text !== null && text.startsWith(NOTE_PREFIX)) deleteNote(cell);
    }
  }
}

/** `#FFC7CE` → exceljs's `FFFFC7CE`. */
function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

export function addMarks(ws: ExcelJS.Worksheet, marks: Mark[]): void {
  if (marks.length === 0) return;
  const existing = conditionalFormattings(ws);
  let priority = existing.reduce((p, cf) => Math.max(p, ...cf.rules.map((r) => r.priority ?? 0)), 0);

  for (const severity of SEVERITIES) {
    const cells = marks.filter((m) => m.severity === severity);
    if (cells.length === 0) continue;
    const ref = [...new Set(cells.map((m) => a1(m.row, m.col)))].join(" ");
    ws.addConditionalFormatting({
      ref,
      rules: [
        {
          type: "expression",
          // exceljs writes the formula element as given; the file format has no leading '='.
          formulae: [markFormula(severity).replace(/^=/, "")],
          priority: ++priority,
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(MARK_FILL[severity]) } } },
        },
      ],
    });
  }

  for (const mark of marks) {
    const cell = ws.getCell(mark.row + 1, mark.col + 1);
    const current = noteText(cell);
    if (current !== null && !current.startsWith(NOTE_PREFIX)) continue; // a user's note: theirs, untouched
    cell.note = mark.note.startsWith(NOTE_PREFIX) ? mark.note : NOTE_PREFIX + mark.note;
  }
}
