/**
 * Marks in an exceljs worksheet, per the project's rule: never in a cell's own fill. Marks and guards
 * are conditional formats whose formulas carry MARK_FORMULA_TAG (core/plan/format-rules.ts says how
 * they are shared), and each marked cell gets a note starting with NOTE_PREFIX — unless it already
 * holds a user's note, which is left as it is. Clearing removes exactly those two things, also the
 * ones an earlier version wrote under its old name.
 */
import type ExcelJS from "exceljs";
import { a1 } from "../core/grid";
import { MARK_FILL, MARK_FORMULA_TAG, NOTE_PREFIX, isZipingNote, type Guard, type Mark } from "../core/model";
import { formatRules } from "../core/plan";
import { toFileFormula } from "./future-functions";
import { conditionalFormattings, deleteNote, noteText, setConditionalFormattings, sheetModel } from "./internals";

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
      if (text !== null && isZipingNote(text)) deleteNote(cell);
    }
  }
}

/** `#FFC7CE` → exceljs's `FFFFC7CE`. */
function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

export function addMarks(ws: ExcelJS.Worksheet, marks: Mark[], guards: Guard[] = []): void {
  if (marks.length === 0 && guards.length === 0) return;
  const existing = conditionalFormattings(ws);
  let priority = existing.reduce((p, cf) => Math.max(p, ...cf.rules.map((r) => r.priority ?? 0)), 0);

  for (const rule of formatRules(marks, guards)) {
    ws.addConditionalFormatting({
      // The first cell is the rule's top-left: relative references in its formula are read from there.
      ref: rule.cells.map((c) => a1(c.row, c.col)).join(" "),
      rules: [
        {
          type: "expression",
          // The file format has no leading '=' and wants `_xlfn.` before NUMBERVALUE.
          formulae: [toFileFormula(rule.formula.replace(/^=/, ""))],
          priority: ++priority,
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(MARK_FILL[rule.severity]) } } },
        },
      ],
    });
  }

  for (const mark of marks) {
    const cell = ws.getCell(mark.row + 1, mark.col + 1);
    const current = noteText(cell);
    if (current !== null && !isZipingNote(current)) continue; // a user's note: theirs, untouched
    cell.note = isZipingNote(mark.note) ? mark.note : NOTE_PREFIX + mark.note;
  }
}
