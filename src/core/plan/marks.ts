/**
 * One mark per cell: a cell named by several findings gets the most severe colour and every
 * message in its note, so the person reading the note sees all that is wrong with it.
 */
import { parseA1 } from "../grid";
import { NOTE_PREFIX, type Finding, type Lang, type Mark, type Severity } from "../model";
import { fitCellText } from "./cell-text";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function marksFromFindings(findings: Finding[], lang: Lang): Mark[] {
  const byCell = new Map<string, { severity: Severity; lines: string[] }>();
  for (const finding of findings) {
    for (const address of finding.cells) {
      const entry = byCell.get(address);
      const line = finding.message[lang];
      if (!entry) {
        byCell.set(address, { severity: finding.severity, lines: [line] });
        continue;
      }
      if (RANK[finding.severity] < RANK[entry.severity]) entry.severity = finding.severity;
      if (!entry.lines.includes(line)) entry.lines.push(line);
    }
  }
  const marks: Mark[] = [];
  for (const [address, { severity, lines }] of byCell) {
    const { row, col } = parseA1(address);
    marks.push({ address, row, col, severity, note: fitCellText(NOTE_PREFIX + lines.join("\n")) });
  }
  return marks.sort((a, b) => a.row - b.row || a.col - b.col);
}

/** Marks as they stand after a row was inserted at `insertedRow`. */
export function shiftMarks(marks: Mark[], insertedRow: number): Mark[] {
  return marks.map((m) => {
    if (m.row < insertedRow) return m;
    const row = m.row + 1;
    return { ...m, row, address: m.address.replace(/\d+$/, String(row + 1)) };
  });
}
