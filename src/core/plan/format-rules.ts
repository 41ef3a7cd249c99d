/**
 * The conditional-format rules that show a plan's marks and guards, shared so a column of cells
 * with the same condition costs one rule however long the form: static marks are one always-true
 * rule per severity; live marks and guards one rule per severity, column and condition as seen from
 * the cell. Errors come first, so where two rules colour a cell the more severe fill shows.
 */
import { liveMarkFormula, markFormula, type Guard, type Mark, type Severity } from "../model";
import { relativeKey } from "./conditions";

export interface FormatRule {
  severity: Severity;
  /** Cells the rule covers, top to bottom; the first is the top-left its formula is written for. */
  cells: { row: number; col: number }[];
  /** With the leading `=`, en-US names, carrying ziping's tag. */
  formula: string;
}

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export function formatRules(marks: Mark[], guards: Guard[] = []): FormatRule[] {
  const rules: FormatRule[] = [];
  for (const severity of SEVERITIES) {
    const fixed = marks.filter((m) => m.severity === severity && m.condition === undefined);
    if (fixed.length > 0) rules.push({ severity, cells: byPosition(fixed), formula: markFormula(severity) });
    const live = new Map<string, { cells: { row: number; col: number }[]; condition: string }>();
    const conditional = [...marks, ...guards].filter((m) => m.severity === severity && m.condition !== undefined);
    for (const m of byPosition(conditional)) {
      const key = `${m.col}|${relativeKey(m.condition!, m.row, m.col)}`;
      const group = live.get(key);
      // Sorted by row, so the first cell of a group is its top-left.
      if (group) group.cells.push({ row: m.row, col: m.col });
      else live.set(key, { cells: [{ row: m.row, col: m.col }], condition: m.condition! });
    }
    for (const { cells, condition } of live.values()) rules.push({ severity, cells, formula: liveMarkFormula(severity, condition) });
  }
  return rules;
}

function byPosition<T extends { row: number; col: number }>(cells: T[]): T[] {
  return [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
}
