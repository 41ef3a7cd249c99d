/**
 * The indicator table: a header row naming the indicator (三级指标 / 指标名称), its target and its
 * actual, then one row per indicator until a 合计/总分/评价结论 row, a run of blank rows or the end.
 * 一级/二级 are read through merges, or carried down when a template leaves them blank under the
 * first row of a group; headings such as `产出指标(50分)` become sections.
 */
import type { CellValue, Grid } from "../grid";
import { impliedRateTarget, isExecutionRateIndicator } from "../indicator/execution-rate";
import type { Actual, IndicatorRow, IndicatorTable, Target } from "../model";
import { parseActual } from "../parse/actual";
import { parseMoney } from "../parse/money";
import { isReverseIndicator } from "../parse/reverse";
import { parseTarget } from "../parse/target";
import { normalise } from "../text";
import { cellRef, cellsStartingIn, forEachHeaderCell, headerSpan, startsInRow } from "./cells";
import { isFormFooter } from "./form-end";
import { headerBand, type HeaderLeaf } from "./header-band";
import { isIndicatorRow, isPlaceholderName } from "./indicator-row";
import { classifyIndicatorHeader, isBlockHeading, isIndicatorEnd, sectionHeading, targetPreference, type IndicatorHeader } from "./header-words";

export type IndicatorColumns = IndicatorTable["columns"];

export interface FoundIndicatorTable {
  table: IndicatorTable;
  span: { left: number; right: number };
  lastRow: number;
}

/** Blank rows in a row that end the table (one blank row inside a table is tolerated). */
const BLANK_STREAK_END = 2;

/** The columns of an indicator header row, or null when the row is not one. */
function indicatorColumns(grid: Grid, row: number): IndicatorColumns | null {
  const leaves: HeaderLeaf[] = [];
  forEachHeaderCell(grid, row, (col, text) => leaves.push({ col, text }));
  return columnsOf(leaves);
}

/**
 * A sub-header is read with the group over it when the group is itself a header word: `指标值` under
 * `实际完成值` is the actual, `指标性质` under `年度指标值` the target's operator.
 */
function classifyLeaf(leaf: HeaderLeaf): IndicatorHeader | null {
  if (leaf.group !== undefined && classifyIndicatorHeader(leaf.group) !== null) return classifyIndicatorHeader(leaf.group + leaf.text);
  return classifyIndicatorHeader(leaf.text);
}

function columnsOf(leaves: HeaderLeaf[]): IndicatorColumns | null {
  const found: Partial<Record<string, number>> = {};
  let targetRank = -1;
  for (const leaf of leaves) {
    const kind = classifyLeaf(leaf);
    if (!kind) continue;
    const col = leaf.col;
    if (kind === "target") {
      const rank = targetPreference((leaf.group ?? "") + leaf.text);
      if (rank > targetRank) {
        // The column it displaces (年初指标值 beside 调整指标值) is read where the preferred one is blank.
        if (found.target !== undefined) found.targetInitial = found.target;
        found.target = col;
        targetRank = rank;
      } else {
        found.targetInitial ??= col;
      }
    } else if (found[kind] === undefined) {
      found[kind] = col;
    }
  }
  const { name, target, actual } = found;
  if (name === undefined || target === undefined || actual === undefined) return null;
  const columns: IndicatorColumns = { name, target, actual };
  for (const key of ["level1", "level2", "nature", "unit", "weight", "score", "explanation", "coefficient", "targetInitial"] as const) {
    const col = found[key];
    if (col !== undefined) columns[key] = col;
  }
  return columns;
}

/**
 * The header starting on `row` with the sub-header rows under it, and the columns its lowest cells
 * name; null when the row is not an indicator header.
 */
function indicatorHeader(grid: Grid, row: number, bottom: number): { columns: IndicatorColumns; bottom: number } | null {
  const first = indicatorColumns(grid, row);
  if (!first) return null;
  const band = headerBand(grid, row, bottom, (text, group) => classifyLeaf(group !== undefined ? { col: 0, text, group } : { col: 0, text }) !== null);
  if (band.bottom === row) return { columns: first, bottom: row };
  return { columns: columnsOf(band.leaves) ?? first, bottom: band.bottom };
}

export function isIndicatorHeaderRow(grid: Grid, row: number): boolean {
  return indicatorColumns(grid, row) !== null;
}

const LEVEL1_NAME = /指标$|^(产出|效益|满意度|成本)/;

export function findIndicatorTable(grid: Grid, from: number, bottom: number): FoundIndicatorTable | null {
  for (let row = from; row <= bottom; row++) {
    const header = indicatorHeader(grid, row, bottom);
    if (header) return readTable(grid, row, header.bottom, header.columns, bottom);
  }
  return null;
}

function readTable(grid: Grid, headerRow: number, headerBottom: number, columns: IndicatorColumns, bottom: number): FoundIndicatorTable {
  const colList = Object.values(columns).filter((c): c is number => c !== undefined);
  const span = headerSpan(grid, [headerRow], colList);
  const labelRight = Math.min(columns.name, columns.target) - 1;
  const sections = openingSections(grid, headerRow, span, colList);
  const rows: IndicatorRow[] = [];

  let level1 = "";
  let level2 = "";
  let blanks = 0;
  let lastRow = headerBottom;
  for (let row = headerBottom + 1; row <= bottom; row++) {
    const starting = cellsStartingIn(grid, row, span.left, span.right);
    if (starting.some((c) => c.col <= Math.max(labelRight, columns.name) && isIndicatorEnd(c.text))) break;
    // The form ends where its table ends: a signature line or a page number on a row that names no
    // indicator (an indicator's 偏差原因 may well begin 负责人：…).
    if (starting.some((c) => isFormFooter(c.text)) && namesNoIndicator(grid.text(row, columns.name))) break;
    // A second block repeats the header: read on under it.
    if (indicatorColumns(grid, row)) {
      lastRow = row;
      continue;
    }
    const distinct = [...new Set(starting.map((c) => c.text))];
    const heading = distinct.length === 1 ? sectionHeading(distinct[0]) : null;
    if (heading) {
      const group = LEVEL1_NAME.test(normalise(heading.name)) && !isBlockHeading(heading.name);
      sections.push({ row, ...heading, scope: group ? "group" : "block", cell: cellRef(grid, row, starting[0].col) });
      if (group) {
        level1 = heading.name;
        level2 = "";
      }
      lastRow = row;
      blanks = 0;
      continue;
    }
    // The lower rows of an indicator merged over several rows are that indicator.
    if (!startsInRow(grid, row, columns.name) && !startsInRow(grid, row, columns.target)) continue;

    const name = grid.text(row, columns.name);
    const targetCol = targetColumn(grid, row, columns);
    const targetValue = grid.value(row, targetCol);
    const actualValue = grid.value(row, columns.actual);
    const newLevel = (col: number | undefined): string =>
      col !== undefined && startsInRow(grid, row, col) ? grid.text(row, col) : "";
    const level1Here = newLevel(columns.level1);
    const level2Here = newLevel(columns.level2);

    if (name === "" && isBlank(targetValue) && isBlank(actualValue) && level2Here === "") {
      if (level1Here !== "") {
        // A 一级指标 on a line of its own heads the rows below it.
        level1 = stripPoints(level1Here);
        level2 = "";
        lastRow = row;
        continue;
      }
      if (++blanks >= BLANK_STREAK_END) break;
      continue;
    }
    blanks = 0;

    if (columns.level1 !== undefined) {
      const text = grid.text(row, columns.level1);
      if (text !== "") {
        if (level1Here !== "") {
          const points = sectionHeading(level1Here);
          if (points && !sections.some((s) => s.row === row)) {
            sections.push({ row, ...points, scope: "group", cell: cellRef(grid, row, columns.level1) });
          }
          level2 = "";
        }
        level1 = stripPoints(text);
      }
    }
    if (columns.level2 !== undefined) {
      const text = grid.text(row, columns.level2);
      if (text !== "") level2 = text;
    }

    const cellValue = (col: number | undefined) => (col !== undefined && startsInRow(grid, row, col) ? grid.value(row, col) : null);
    if (!isIndicatorRow({ name, target: targetValue, actual: actualValue, weight: cellValue(columns.weight), score: cellValue(columns.score) })) {
      lastRow = row;
      continue;
    }

    const indicator = readIndicator(grid, row, columns, { level1, level2, name, targetCol, targetValue, actualValue });
    rows.push(indicator);
    lastRow = Math.max(row, grid.mergeAt(row, columns.name)?.bottom ?? row);
  }

  return { table: { headerRow, columns, rows, sections }, span, lastRow };
}

/** The block a heading above the header (or beside it) opens before the first indicator. */
function openingSections(
  grid: Grid,
  headerRow: number,
  span: { left: number; right: number },
  colList: number[],
): IndicatorTable["sections"] {
  const sections: IndicatorTable["sections"] = [];
  // A heading just above the header (`年度绩效目标1(80分)`) opens the first block.
  if (headerRow - 1 >= grid.top) {
    const above = cellsStartingIn(grid, headerRow - 1, span.left, span.right);
    const heading = above.length === 1 ? sectionHeading(above[0].text) : null;
    if (heading) sections.push({ row: headerRow - 1, ...heading, scope: "block", cell: cellRef(grid, headerRow - 1, above[0].col) });
  }
  // So does a side heading on the header row itself (Sichuan: 绩效指标(90分) merged down column A).
  if (!sections.some((s) => s.row === headerRow - 1)) {
    for (const cell of cellsStartingIn(grid, headerRow, span.left, Math.min(...colList) - 1)) {
      const heading = sectionHeading(cell.text);
      if (heading) {
        sections.push({ row: headerRow, ...heading, scope: "block", cell: cellRef(grid, headerRow, cell.col) });
        break;
      }
    }
  }
  return sections;
}

/** One indicator row read from its cells; `level1`/`level2` are the headings it sits under. */
function readIndicator(
  grid: Grid,
  row: number,
  columns: IndicatorColumns,
  read: { level1: string; level2: string; name: string; targetCol: number; targetValue: CellValue; actualValue: CellValue },
): IndicatorRow {
  const { level1, level2, name, targetCol, targetValue, actualValue } = read;
  // A 度量单位 column serves the target and the actual alike.
  const unit = columns.unit !== undefined ? { unit: grid.value(row, columns.unit) } : {};
  const split = { ...(columns.nature !== undefined ? { operator: grid.value(row, columns.nature) } : {}), ...unit };
  const { target, actual } = readTargetAndActual(name, parseTarget(targetValue, grid.format(row, targetCol), split), (t) =>
    parseActual(actualValue, grid.format(row, columns.actual), t, unit),
  );
  const indicator: IndicatorRow = {
    row,
    level1,
    level2,
    name,
    nameCell: cellRef(grid, row, columns.name),
    targetCell: cellRef(grid, row, targetCol),
    actualCell: cellRef(grid, row, columns.actual),
    target,
    actual,
    reverse: isReverseIndicator({ level1, level2, name }, target),
  };
  if (columns.explanation !== undefined) {
    indicator.explanation = { cell: cellRef(grid, row, columns.explanation), text: grid.text(row, columns.explanation) };
  }
  // 分值 and 得分 merged down from the line above (a ★ indicator over its 其中 lines) are that line's, not this one's.
  const points = (col: number) => ({ cell: cellRef(grid, row, col), value: parseMoney(grid.value(row, col), grid.format(row, col), "元") });
  if (columns.weight !== undefined && startsInRow(grid, row, columns.weight)) indicator.weight = points(columns.weight);
  if (columns.score !== undefined && startsInRow(grid, row, columns.score)) indicator.score = points(columns.score);
  if (columns.coefficient !== undefined) {
    indicator.coefficient = {
      cell: cellRef(grid, row, columns.coefficient),
      actual: parseActual(grid.value(row, columns.coefficient), grid.format(row, columns.coefficient), PERCENT),
    };
  }
  if (saysNotApplicable(actualValue) || saysNotApplicable(targetValue)) indicator.notApplicable = true;
  return indicator;
}

/**
 * An execution rate (预算执行率, 支出进度…) whose target is left blank or `—` is measured against 100%,
 * when its actual reads as a figure; anything else keeps the target the form wrote.
 */
function readTargetAndActual(name: string, written: Target, readActual: (target: Target) => Actual): { target: Target; actual: Actual } {
  if (written.kind === "blank" && isExecutionRateIndicator(name)) {
    const target = impliedRateTarget();
    const actual = readActual(target);
    if (actual.kind === "number") return { target, actual };
  }
  return { target: written, actual: readActual(written) };
}

function namesNoIndicator(name: string): boolean {
  return isPlaceholderName(name) || isFormFooter(name);
}

/** 得分系数 is read like an actual against `100%`: `72.74%`, 0.7274 in a `0.00%` cell and 72.74 all mean the same. */
const PERCENT = parseTarget("100%", null);

/** The target column of a row: the preferred one (调整指标值), or 年初指标值 where the preferred one is blank. */
function targetColumn(grid: Grid, row: number, columns: IndicatorColumns): number {
  if (columns.targetInitial === undefined) return columns.target;
  return isBlank(grid.value(row, columns.target)) ? columns.targetInitial : columns.target;
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

function saysNotApplicable(value: unknown): boolean {
  return typeof value === "string" && normalise(value).includes("不适用");
}

/** `产出指标(50分)` written as a 一级指标 → `产出指标`; the points go to the sections. */
function stripPoints(text: string): string {
  return sectionHeading(text)?.name ?? text;
}
