/**
 * Which indicators a heading with points covers. A block heading (`绩效指标(90分)`, `年度绩效目标1(40分)`)
 * covers every row below it up to the next block; a group heading (`产出指标(50分)`) covers the rows
 * of its 一级指标 inside its block.
 */
import type { Evaluation } from "../indicator/evaluate";
import type { IndicatorRow, IndicatorTable, SectionScope } from "../model";
import { isBlockHeading } from "../recognise/header-words";
import { normalise } from "../text";

export type Section = IndicatorTable["sections"][number];

export interface SectionRows {
  section: Section & { points: number };
  rows: IndicatorRow[];
}

const stripIndicator = (name: string): string => normalise(name).replace(/指标$/, "");

/** A heading's scope as recognition gave it, else as its name says (`年度绩效目标1` is a block). */
export function scopeOf(section: Section): SectionScope {
  return section.scope ?? (isBlockHeading(section.name) ? "block" : "group");
}

export function sectionRows(table: IndicatorTable): SectionRows[] {
  const sections = [...table.sections].sort((a, b) => a.row - b.row);
  const blocks = sections.filter((s) => scopeOf(s) === "block");
  const blockEnd = (row: number): number => blocks.find((b) => b.row > row)?.row ?? Infinity;
  const blockStart = (row: number): number => [...blocks].reverse().find((b) => b.row <= row)?.row ?? -Infinity;

  const out: SectionRows[] = [];
  for (const section of sections) {
    if (section.points === undefined) continue;
    const points = section.points;
    let rows: IndicatorRow[];
    if (scopeOf(section) === "group") {
      const from = blockStart(section.row);
      const to = blockEnd(section.row);
      const name = stripIndicator(section.name);
      rows = table.rows.filter((r) => r.row >= section.row && r.row > from && r.row < to && stripIndicator(r.level1) === name);
    } else {
      const to = blockEnd(section.row);
      rows = table.rows.filter((r) => r.row > section.row && r.row < to);
    }
    out.push({ section: { ...section, points }, rows });
  }
  return out;
}

const MET: ReadonlySet<string> = new Set(["met", "far-exceeded", "above-range"]);

/**
 * A quantity that meets its target: in a block without 分值 (Hubei) such an indicator must have its
 * full share. A qualitative grade may earn 80% even when met, so it never counts here.
 */
export function isQuantityMet(row: IndicatorRow, outcome: Evaluation): boolean {
  return row.target.kind !== "qualitative" && MET.has(outcome.status);
}

interface BlockGroups {
  block: Section & { points: number };
  groups: (Section & { points: number })[];
}

/**
 * Block headings with points and the group headings with points inside each (`年度绩效目标(80分)` over
 * `产出指标(60分)` and `效益指标(40分)`): the groups share out their block's points.
 */
export function blockGroups(table: IndicatorTable): BlockGroups[] {
  const sections = [...table.sections].sort((a, b) => a.row - b.row);
  const out: BlockGroups[] = [];
  sections.forEach((section, i) => {
    if (scopeOf(section) !== "block" || section.points === undefined) return;
    const groups: BlockGroups["groups"] = [];
    for (const next of sections.slice(i + 1)) {
      if (scopeOf(next) === "block") break;
      if (next.points !== undefined) groups.push({ ...next, points: next.points });
    }
    if (groups.length > 0) out.push({ block: { ...section, points: section.points }, groups });
  });
  return out;
}
