/**
 * The one definition of an indicator row, which the counts, the findings, the summary block, the pane
 * and the review report all read through the recognised table: a name, and at least one of target,
 * actual, 分值 or 得分 written. A template's placeholders (指标1, ……, a 二级 row left without a 三级
 * name) are not indicators, however many of them a form keeps.
 */
import type { CellValue } from "../grid";
import { normalise } from "../text";

// 指标1 / 指标 2 / 三级指标1, runs of dots or dashes, a lone number, 无 or 略.
const PLACEHOLDER_NAME = /^((三级)?指标\d*|[.…·。、,，\-—–_/\\\s]+|\d+|无|略)$/;

export function isPlaceholderName(name: string): boolean {
  return name.trim() === "" || PLACEHOLDER_NAME.test(normalise(name));
}

interface IndicatorCells {
  name: string;
  target: CellValue;
  actual: CellValue;
  weight?: CellValue;
  score?: CellValue;
}

export function isIndicatorRow(cells: IndicatorCells): boolean {
  if (isPlaceholderName(cells.name)) return false;
  return [cells.target, cells.actual, cells.weight, cells.score].some(isFilled);
}

function isFilled(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return false;
  return typeof value !== "string" || !isPlaceholderValue(value);
}

/** Blank, or only the template's filler (……, —, /). */
function isPlaceholderValue(text: string): boolean {
  const t = normalise(text);
  return t === "" || /^[.…·。\-—–_/\\]+$/.test(t);
}
