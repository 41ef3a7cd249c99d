/**
 * The lines above the tables: the title, 部门（单位）名称 / 实施单位, 项目名称 and 预算年度. Each value
 * is the text after the label's colon, or the next cell to the right (a merged value area counts once).
 */
import type { Grid } from "../grid";
import { cellsStartingIn } from "./cells";
import { classifyFieldLabel, isTitle, yearIn, type FieldLabel } from "./header-words";

export interface HeaderFields {
  title?: string;
  titleRow?: number;
  unitName?: string;
  projectName?: string;
  year?: string;
  /** Rows holding the fields found, for the form's bounds. */
  rows: number[];
}

export function findHeaderFields(grid: Grid, top: number, bottom: number): HeaderFields {
  const out: HeaderFields = { rows: [] };
  const best: Partial<Record<FieldLabel, { rank: number; value: string; row: number }>> = {};
  let yearFromText: string | undefined;

  for (let row = top; row <= bottom; row++) {
    const cells = cellsStartingIn(grid, row);
    cells.forEach((cell, i) => {
      if (out.title === undefined && isTitle(cell.text)) {
        out.title = cell.text;
        out.titleRow = row;
      }
      // Only text that says 年 (（2022年度）, 2022年) names the year; a bare number above the form is a file
      // number or a stray value more often than a year.
      if (cell.text.includes("年")) yearFromText ??= yearIn(cell.text) ?? undefined;
      const label = classifyFieldLabel(cell.text);
      if (!label) return;
      const value = label.rest !== "" ? label.rest : (cells[i + 1]?.text ?? "");
      if (value === "" || classifyFieldLabel(value)) return;
      const current = best[label.field];
      if (!current || label.rank < current.rank) best[label.field] = { rank: label.rank, value, row };
    });
  }

  if (best.unitName) out.unitName = best.unitName.value;
  if (best.projectName) out.projectName = best.projectName.value;
  if (best.year) out.year = yearIn(best.year.value) ?? best.year.value;
  else if (out.title !== undefined && yearIn(out.title)) out.year = yearIn(out.title)!;
  else if (yearFromText) out.year = yearFromText;
  for (const field of Object.values(best)) if (field) out.rows.push(field.row);
  if (out.titleRow !== undefined) out.rows.push(out.titleRow);
  return out;
}
