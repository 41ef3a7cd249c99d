/**
 * One mark per cell: a cell named by several findings gets the most severe colour and every
 * message in its note, so the person reading the note sees all that is wrong with it.
 *
 * A mark is live when a formula decides every finding on its cell: it carries their conditions
 * (any one TRUE keeps the fill) and its note states what the cell must meet rather than the value
 * seen when it was checked, so neither the fill nor the note lies once the cell is fixed.
 */
import { a1, parseA1 } from "../grid";
import { NOTE_PREFIX, type Finding, type Lang, type Mark, type Severity } from "../model";
import { fitCellText } from "./cell-text";
import { anyOf, type LiveCheck } from "./conditions";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

interface CellEntry {
  severity: Severity;
  lines: string[];
  conditions: string[];
  /** A finding on the cell that no formula decides: the mark stays until ziping runs again. */
  static: boolean;
}

function checkIndex(checks: LiveCheck[]): Map<string, LiveCheck> {
  const index = new Map<string, LiveCheck>();
  for (const c of checks) {
    const key = `${c.rule}|${a1(c.row, c.col)}`;
    if (!index.has(key)) index.set(key, c);
  }
  return index;
}

export function marksFromFindings(findings: Finding[], lang: Lang, checks: LiveCheck[] = []): Mark[] {
  const index = checkIndex(checks);
  const byCell = new Map<string, CellEntry>();
  for (const finding of findings) {
    for (const address of finding.cells) {
      const live = index.get(`${finding.rule}|${address}`);
      const line = live ? live.requirement[lang] : finding.message[lang];
      let entry = byCell.get(address);
      if (!entry) byCell.set(address, (entry = { severity: finding.severity, lines: [], conditions: [], static: false }));
      if (RANK[finding.severity] < RANK[entry.severity]) entry.severity = finding.severity;
      if (!entry.lines.includes(line)) entry.lines.push(line);
      if (live) entry.conditions.push(live.condition);
      else entry.static = true;
    }
  }
  const marks: Mark[] = [];
  for (const [address, entry] of byCell) {
    const { row, col } = parseA1(address);
    const note = fitCellText(NOTE_PREFIX + entry.lines.join("\n"));
    const mark: Mark = { address, row, col, severity: entry.severity, note };
    if (!entry.static && entry.conditions.length > 0) mark.condition = anyOf(entry.conditions);
    marks.push(mark);
  }
  return marks.sort((a, b) => a.row - b.row || a.col - b.col);
}
