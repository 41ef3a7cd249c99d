/**
 * Comparison operators in every way forms write them: symbols (half- and full-width — NFKC folds
 * ＞ ＜ ＝ ﹦ to ASCII before these tables see them), Chinese words before the number (不低于, 不超过)
 * and after it (…以上, …以内).
 */
import type { CellValue } from "../grid";
import type { Operator } from "../model";
import { normalise } from "../text";

/** Words and symbols written before the number. Matched longest first. */
const PREFIX_TABLE: Record<Operator, string[]> = {
  ge: [">=", "=>", "≥", "≧", "⩾", "≮", "大于等于", "大于或等于", "大于且等于", "不小于", "不低于", "不少于", "至少", "最少", "最低", "达到", "达"],
  gt: [">", "大于", "超过", "高于", "多于", "超出"],
  le: ["<=", "=<", "≤", "≦", "⩽", "≯", "小于等于", "小于或等于", "不大于", "不高于", "不超过", "不多于", "不超出", "至多", "最多", "最高"],
  lt: ["<", "小于", "低于", "少于"],
  eq: ["==", "=", "等于"],
};

/** Words written after the number (`100人以上`, `5%以内`). */
const SUFFIX_TABLE: Record<"ge" | "le", string[]> = {
  ge: ["及以上", "及其以上", "以上"],
  le: ["及以下", "及其以下", "以下", "及以内", "以内", "之内"],
};

function byLengthDesc<T>(table: Record<string, string[]>): [string, T][] {
  const rows: [string, T][] = [];
  for (const [op, words] of Object.entries(table)) for (const w of words) rows.push([w, op as T]);
  return rows.sort((a, b) => b[0].length - a[0].length);
}

const PREFIXES = byLengthDesc<Operator>(PREFIX_TABLE);
const SUFFIXES = byLengthDesc<Operator>(SUFFIX_TABLE);

/** Filler before the value that carries no comparison of its own. `控制在` implies a ceiling. */
const FILLERS: [string, Operator | null][] = [
  ["控制在", "le"],
  ["保持在", null],
  ["确保", null],
  ["保证", null],
  ["力争", null],
  ["实现", null],
  ["完成", null],
];

/** `(含)` / `(含本数)` only says the bound is inclusive, which the operator words already say. */
const INCLUSIVE_NOTE = /\(含(?:本数)?\)/g;

export interface OperatorSplit {
  /** The operator written, or null. */
  op: Operator | null;
  /** The text with the operator words removed. */
  rest: string;
  /** Two different operators written (`>5以下`): the value cannot be read. */
  conflict: boolean;
}

/** Takes operator words off a normalised target text (see `normalise`). */
export function splitOperator(text: string): OperatorSplit {
  let rest = text.replace(INCLUSIVE_NOTE, "");
  let implied: Operator | null = null;
  for (const [word, op] of FILLERS) {
    if (rest.startsWith(word)) {
      rest = rest.slice(word.length);
      implied = op;
      break;
    }
  }
  let prefix: Operator | null = null;
  for (const [word, op] of PREFIXES) {
    if (rest.startsWith(word)) {
      prefix = op;
      rest = rest.slice(word.length);
      break;
    }
  }
  let suffix: Operator | null = null;
  for (const [word, op] of SUFFIXES) {
    if (rest.endsWith(word)) {
      suffix = op;
      rest = rest.slice(0, rest.length - word.length);
      break;
    }
  }
  // ≥90%以上 repeats itself; >90%以上 means more than 90% either way; ≤5%以上 contradicts itself.
  const conflict = prefix !== null && suffix !== null && family(prefix) !== family(suffix);
  return { op: prefix ?? suffix ?? implied, rest, conflict };
}

function family(op: Operator): "up" | "down" | "eq" {
  return op === "ge" || op === "gt" ? "up" : op === "le" || op === "lt" ? "down" : "eq";
}

/** Words a 指标性质 column holds that say which way the indicator points, not how to compare. */
const NATURE_WORDS = new Map<string, Operator | "none">(Object.entries({
  正向: "ge",
  正向指标: "ge",
  反向: "le",
  反向指标: "le",
  定量: "none",
  定量指标: "none",
  定性: "none",
  定性指标: "none",
}) as [string, Operator | "none"][]);

/**
 * The operator in a 指标性质 / 计算符号 cell: `=`, `≤`, `≥`, `大于`…; 正向/反向 mean at least / at
 * most; 定量/定性 say nothing about the comparison (null).
 */
export function readOperatorCell(value: CellValue | undefined): Operator | null {
  if (typeof value !== "string") return null;
  const text = normalise(value);
  if (text === "") return null;
  const nature = NATURE_WORDS.get(text);
  if (nature !== undefined) return nature === "none" ? null : nature;
  const split = splitOperator(text);
  return split.rest === "" && !split.conflict ? split.op : null;
}

export const OPERATOR_SYMBOL: Record<Operator, string> = { gt: ">", ge: "≥", lt: "<", le: "≤", eq: "=" };
