/**
 * Recognised Forms built from readable arguments, for rule tests: cells go through the real parsers
 * (parseMoney, parseTarget, parseActual, isReverseIndicator), so a test states values the way a
 * form writes them (`'37,560,000.00'`, `'>50人次'`, `36`) and gets what recognition would give.
 *
 * Layouts (0-based sheet coordinates, so addresses in findings are predictable):
 * - department money: header rows 3–4, task labels in B, money in E–H (预算数 总额 | 其中：财政拨款 |
 *   执行数 总额 | 其中：财政拨款) from row 5, 金额合计 right under the tasks.
 * - project money: header row 4, labels in B, C 年初预算数 | D 全年预算数 | E 全年执行数 | F 执行率,
 *   年度资金总额 on row 5 and the fund lines under it.
 * - indicators: header on row 20, rows from 21: B 一级 | C 二级 | D 三级 | E 指标值 | G 完成值 | H 原因.
 */
import { a1, type CellValue } from "../../src/core/grid";
import type {
  CellRef,
  Form,
  FormScoring,
  FormKind,
  IndicatorRow,
  IndicatorTable,
  Measure,
  MoneyColumn,
  MoneyRow,
  MoneyTable,
  MoneyUnit,
} from "../../src/core/model";
import { parseActual } from "../../src/core/parse/actual";
import { parseMoney } from "../../src/core/parse/money";
import { isReverseIndicator } from "../../src/core/parse/reverse";
import { parseTarget } from "../../src/core/parse/target";

/** A cell as a test writes it: a value, or a value with its number format (`{ value: 0.9551, format: '0.00%' }`). */
export type CellInput = CellValue | { value: CellValue; format: string };

function split(cell: CellInput | undefined): { value: CellValue; format: string | null } {
  if (cell !== null && typeof cell === "object") return { value: cell.value, format: cell.format };
  return { value: cell ?? null, format: null };
}

export function ref(row: number, col: number): CellRef {
  return { row, col, address: a1(row, col) };
}

// ---------------------------------------------------------------------------------------------
// Money

export interface ColumnInput {
  label: string;
  measure: Measure;
  /** Index (in this list) of the column this one is a 其中 part of. */
  partOf?: number;
}

export interface MoneyRowInput {
  label: string;
  /** One per money column, in column order; missing entries are blank. */
  amounts: CellInput[];
  /** A `其中…` fund line; defaults to whether the label starts with 其中. */
  subset?: boolean;
  /** The stated 执行率 (tables with a rate column). */
  rate?: CellInput;
  /** 分值 and 得分 of the budget-execution line (tables with those columns). */
  weight?: CellInput;
  score?: CellInput;
}

export interface MoneyTableInput {
  unit?: MoneyUnit;
  columns: ColumnInput[];
  /** Sheet column of the first money column. */
  firstMoneyCol: number;
  labelCol: number;
  /** Rate column, right after the money columns, when any row states a rate. */
  rateCol?: number;
  /** 分值 / 得分 columns of the budget-execution line. */
  weightCol?: number;
  scoreCol?: number;
  headerTop: number;
  headerBottom: number;
  parts: MoneyRowInput[];
  total: MoneyRowInput | null;
  totalPosition: "below" | "above";
}

function moneyRow(input: MoneyRowInput, row: number, table: Omit<MoneyTableInput, "parts" | "total">): MoneyRow {
  const unit = table.unit ?? "元";
  const amounts: MoneyRow["amounts"] = {};
  table.columns.forEach((_, i) => {
    const col = table.firstMoneyCol + i;
    const { value, format } = split(input.amounts[i]);
    // Assigned, not spread: a small amount's value is a getter (src/core/parse/scaled-amount.ts).
    amounts[col] = Object.assign(parseMoney(value, format, unit), { cell: ref(row, col) });
  });
  const out: MoneyRow = {
    row,
    label: input.label,
    labelCell: ref(row, table.labelCol),
    subset: input.subset ?? /^\s*其中/.test(input.label),
    amounts,
  };
  if (input.rate !== undefined && table.rateCol !== undefined) {
    const { value, format } = split(input.rate);
    // A rate is an actual against an implied `100%`: parsed as the recogniser reads it.
    const percent = parseTarget("100%", null);
    out.rate = { cell: ref(row, table.rateCol), actual: parseActual(value, format, percent) };
  }
  if (table.weightCol !== undefined) {
    const { value, format } = split(input.weight);
    out.weight = { cell: ref(row, table.weightCol), value: parseMoney(value, format, "元") };
  }
  if (table.scoreCol !== undefined) {
    const { value, format } = split(input.score);
    out.score = { cell: ref(row, table.scoreCol), value: parseMoney(value, format, "元") };
  }
  return out;
}

export function moneyTable(input: MoneyTableInput): MoneyTable {
  const columns: MoneyColumn[] = input.columns.map((c, i) => ({
    col: input.firstMoneyCol + i,
    measure: c.measure,
    label: c.label,
    ...(c.partOf !== undefined ? { partOf: input.firstMoneyCol + c.partOf } : {}),
  }));
  const first = input.headerBottom + 1;
  const totalAbove = input.totalPosition === "above" && input.total !== null;
  const partsStart = totalAbove ? first + 1 : first;
  const parts = input.parts.map((p, i) => moneyRow(p, partsStart + i, input));
  const totalRow = totalAbove ? first : partsStart + parts.length;
  const total = input.total ? moneyRow(input.total, totalRow, input) : null;
  return {
    unit: input.unit ?? "元",
    headerTop: input.headerTop,
    headerBottom: input.headerBottom,
    columns,
    ...(input.rateCol !== undefined ? { rateCol: input.rateCol } : {}),
    ...(input.weightCol !== undefined ? { weightCol: input.weightCol } : {}),
    ...(input.scoreCol !== undefined ? { scoreCol: input.scoreCol } : {}),
    labelCol: input.labelCol,
    parts,
    total,
    totalInsertRow: input.totalPosition === "above" ? first : partsStart + parts.length,
    totalPosition: input.totalPosition,
  };
}

export const DEPARTMENT_COLUMNS: ColumnInput[] = [
  { label: "预算数（元）/ 总额", measure: "budget" },
  { label: "预算数（元）/ 其中：财政拨款", measure: "budget", partOf: 0 },
  { label: "执行数（元）/ 总额", measure: "spent" },
  { label: "执行数（元）/ 其中：财政拨款", measure: "spent", partOf: 2 },
];

/**
 * The seed's task table: `tasks` as [name, 预算总额, 预算财政拨款, 执行总额, 执行财政拨款]; `total` the
 * 金额合计 amounts, or null for a form without the row.
 */
export function departmentMoney(opts: {
  tasks: [label: string, ...amounts: CellInput[]][];
  total: CellInput[] | null;
  unit?: MoneyUnit;
  columns?: ColumnInput[];
}): MoneyTable {
  return moneyTable({
    unit: opts.unit ?? "元",
    columns: opts.columns ?? DEPARTMENT_COLUMNS,
    firstMoneyCol: 4,
    labelCol: 1,
    headerTop: 2,
    headerBottom: 3,
    parts: opts.tasks.map(([label, ...amounts]) => ({ label, amounts })),
    total: opts.total ? { label: "金额合计", amounts: opts.total } : null,
    totalPosition: "below",
  });
}

export const PROJECT_COLUMNS: ColumnInput[] = [
  { label: "年初预算数", measure: "budgetInitial" },
  { label: "全年预算数", measure: "budget" },
  { label: "全年执行数", measure: "spent" },
];

/**
 * A project fund table (万元 by default): `total` the 年度资金总额 line, `lines` the fund lines under it,
 * each [label, 年初预算数, 全年预算数, 全年执行数] with an optional stated rate.
 */
export function projectMoney(opts: {
  total: { amounts: CellInput[]; rate?: CellInput; label?: string; weight?: CellInput; score?: CellInput } | null;
  lines: { label: string; amounts: CellInput[]; rate?: CellInput; subset?: boolean }[];
  unit?: MoneyUnit;
  columns?: ColumnInput[];
  /** Give the table 分值 | 得分 columns after 执行率 (G, H with the default columns). */
  scored?: boolean;
}): MoneyTable {
  const columns = opts.columns ?? PROJECT_COLUMNS;
  const rateCol = 2 + columns.length;
  return moneyTable({
    unit: opts.unit ?? "万元",
    columns,
    firstMoneyCol: 2,
    labelCol: 1,
    rateCol,
    ...(opts.scored ? { weightCol: rateCol + 1, scoreCol: rateCol + 2 } : {}),
    headerTop: 3,
    headerBottom: 3,
    parts: opts.lines,
    total: opts.total ? { label: opts.total.label ?? "年度资金总额", ...opts.total } : null,
    totalPosition: "above",
  });
}

// ---------------------------------------------------------------------------------------------
// Indicators

export interface IndicatorInput {
  name: string;
  level1?: string;
  level2?: string;
  target: CellInput;
  actual: CellInput;
  /** Defaults to what isReverseIndicator says about the names and target. */
  reverse?: boolean;
  explanation?: string;
  notApplicable?: boolean;
  /** 分值 and 得分 (a table gets those columns when any input has them). */
  weight?: CellInput;
  score?: CellInput;
  /** 得分系数 (Chongqing). */
  coefficient?: CellInput;
}

/** An indicator as a test writes it; placed on a row by indicatorTable. */
export function indicator(input: IndicatorInput): IndicatorInput {
  return { level1: "产出", level2: "数量", ...input };
}

export const INDICATOR_HEADER_ROW = 19;
export const INDICATOR_COLUMNS = { level1: 1, level2: 2, name: 3, target: 4, actual: 6, explanation: 7, weight: 8, score: 9, coefficient: 10 };

export function indicatorTable(
  inputs: IndicatorInput[],
  opts: {
    explanationColumn?: boolean;
    weightColumn?: boolean;
    scoreColumn?: boolean;
    sections?: IndicatorTable["sections"];
  } = {},
): IndicatorTable {
  const c = INDICATOR_COLUMNS;
  const withExplanation = opts.explanationColumn ?? inputs.some((i) => i.explanation !== undefined);
  const withWeight = opts.weightColumn ?? inputs.some((i) => i.weight !== undefined);
  const withScore = opts.scoreColumn ?? inputs.some((i) => i.score !== undefined);
  const withCoefficient = inputs.some((i) => i.coefficient !== undefined);
  const percent = parseTarget("100%", null);
  const rows: IndicatorRow[] = inputs.map((input, i) => {
    const row = INDICATOR_HEADER_ROW + 1 + i;
    const t = split(input.target);
    const target = parseTarget(t.value, t.format);
    const a = split(input.actual);
    const names = { level1: input.level1 ?? "", level2: input.level2 ?? "", name: input.name };
    const out: IndicatorRow = {
      row,
      ...names,
      nameCell: ref(row, c.name),
      targetCell: ref(row, c.target),
      actualCell: ref(row, c.actual),
      target,
      actual: parseActual(a.value, a.format, target),
      reverse: input.reverse ?? isReverseIndicator(names, target),
    };
    if (withExplanation) out.explanation = { cell: ref(row, c.explanation), text: input.explanation ?? "" };
    if (withWeight) {
      const w = split(input.weight);
      out.weight = { cell: ref(row, c.weight), value: parseMoney(w.value, w.format, "元") };
    }
    if (withScore) {
      const v = split(input.score);
      out.score = { cell: ref(row, c.score), value: parseMoney(v.value, v.format, "元") };
    }
    if (withCoefficient) {
      const k = split(input.coefficient);
      out.coefficient = { cell: ref(row, c.coefficient), actual: parseActual(k.value, k.format, percent) };
    }
    if (input.notApplicable) out.notApplicable = true;
    return out;
  });
  return {
    headerRow: INDICATOR_HEADER_ROW,
    columns: {
      level1: c.level1,
      level2: c.level2,
      name: c.name,
      target: c.target,
      actual: c.actual,
      ...(withExplanation ? { explanation: c.explanation } : {}),
      ...(withWeight ? { weight: c.weight } : {}),
      ...(withScore ? { score: c.score } : {}),
      ...(withCoefficient ? { coefficient: c.coefficient } : {}),
    },
    rows,
    sections: opts.sections ?? [],
  };
}

// ---------------------------------------------------------------------------------------------
// Forms

export function makeForm(opts: {
  kind?: FormKind;
  money?: MoneyTable | null;
  indicators?: IndicatorTable | IndicatorInput[] | null;
  /** 总分, 等级, budget part (see budgetPart), profile hint. */
  scoring?: FormScoring;
}): Form {
  const indicators = Array.isArray(opts.indicators) ? indicatorTable(opts.indicators) : (opts.indicators ?? null);
  const money = opts.money ?? null;
  const lastRow = Math.max(
    money ? Math.max(money.headerBottom, ...money.parts.map((p) => p.row), money.total?.row ?? 0) : 0,
    indicators ? Math.max(indicators.headerRow, ...indicators.rows.map((r) => r.row)) : 0,
  );
  return {
    kind: opts.kind ?? "department",
    sheet: "自评表",
    bounds: { top: 0, left: 0, bottom: lastRow, right: 7 },
    money,
    indicators,
    ...(opts.scoring ? { scoring: opts.scoring } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Scoring

/** The budget part as recognition reads it: the totals line's 分值/得分, and points from a heading. */
export function budgetPart(money: MoneyTable, points?: number): NonNullable<FormScoring["budget"]> {
  const row = money.total ?? money.parts[0];
  const part: NonNullable<FormScoring["budget"]> = { row: row.row };
  if (row.weight) part.weight = row.weight;
  if (row.score) part.score = row.score;
  if (points !== undefined) part.points = { value: points, cell: ref(money.headerTop, 0) };
  return part;
}

/** A 总分 line below the indicators (row 40): label in A, 分值 total in I, stated 总分 in J. */
export function totalLine(score: CellInput, weight?: CellInput, label = "总分"): NonNullable<FormScoring["total"]> {
  const s = split(score);
  const out: NonNullable<FormScoring["total"]> = {
    label,
    labelCell: ref(39, 0),
    score: { cell: ref(39, INDICATOR_COLUMNS.score), value: parseMoney(s.value, s.format, "元") },
  };
  if (weight !== undefined) {
    const w = split(weight);
    out.weight = { cell: ref(39, INDICATOR_COLUMNS.weight), value: parseMoney(w.value, w.format, "元") };
  }
  return out;
}

/** A 自评等级 cell (row 41, value in B). */
export function gradeLine(text: string, label = "自评等级"): NonNullable<FormScoring["grade"]> {
  return { label, labelCell: ref(40, 0), cell: ref(40, 1), text };
}

/** The seed's 金额 table, exactly as the form writes it (all totals add up). */
export const SEED_TASKS: [string, string, string, string, string][] = [
  ["人大机关建设", "37,560,000.00", "37,560,000.00", "35,791,380.30", "35,791,380.30"],
  ["基本支出", "80,218,013.91", "80,218,013.91", "77,464,578.57", "77,464,578.57"],
  ["人大监督工作", "13,920,000.00", "13,920,000.00", "13,141,624.61", "13,141,624.61"],
  ["人大立法工作", "7,765,000.00", "7,765,000.00", "6,986,209.25", "6,986,209.25"],
  ["人大代表工作", "7,500,000.00", "7,500,000.00", "6,980,144.39", "6,980,144.39"],
];
export const SEED_TOTAL = ["146,963,013.91", "146,963,013.91", "140,363,937.12", "140,363,937.12"];

export function seedMoney(): MoneyTable {
  return departmentMoney({ tasks: SEED_TASKS, total: SEED_TOTAL });
}
