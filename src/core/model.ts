/**
 * The engine's vocabulary: what recognition finds in a Grid (Form), what the rules report (Finding),
 * and what an adapter writes back (WritePlan). Everything here is plain data so it crosses worker
 * threads and the Office.js boundary unchanged.
 */
import type Big from "big.js";

// ---------------------------------------------------------------------------------------------
// Parsed values (src/core/parse)

export type MoneyUnit = "元" | "万元";

/** A money cell, read exactly. `value` is in the form's own unit (元 or 万元). */
export type MoneyValue =
  | {
      kind: "amount";
      value: Big;
      /** decimals the cell shows */
      decimals: number;
      raw: string;
      /** value × 10^scale, when that is an integer of at most 15 digits (parse/scaled-amount.ts). */
      units?: number;
      scale?: number;
    }
  | { kind: "blank"; raw: string }
  | { kind: "unreadable"; raw: string };

/** `gt` >, `ge` ≥, `lt` <, `le` ≤, `eq` =. */
export type Operator = "gt" | "ge" | "lt" | "le" | "eq";

export type Target =
  | {
      kind: "quantity";
      op: Operator;
      /** true when the operator was written (or sat in a 指标性质 column); false when defaulted. */
      explicitOp: boolean;
      value: Big;
      /** Normalised unit: '%' for percent (value in percentage points: `90%` → 90), '项', '万元', … or null. */
      unit: string | null;
      decimals: number;
      raw: string;
    }
  | { kind: "range"; low: Big; high: Big; unit: string | null; decimals: number; raw: string }
  | { kind: "qualitative"; text: string; raw: string }
  | { kind: "blank"; raw: string }
  | { kind: "unreadable"; raw: string };

export type Grade = "met" | "partial" | "unmet";

export type Actual =
  | {
      kind: "number";
      /** In the same scale as a target with the same unit: percent in points (95.51). */
      value: Big;
      unit: string | null;
      decimals: number;
      raw: string;
    }
  | { kind: "grade"; grade: Grade; raw: string }
  | { kind: "text"; text: string; raw: string }
  | { kind: "blank"; raw: string }
  | { kind: "unreadable"; raw: string };

// ---------------------------------------------------------------------------------------------
// The recognised form (src/core/recognise)

export type FormKind = "department" | "project";

export interface CellRef {
  row: number;
  col: number;
  /** A1 address of the cell a person sees (top-left of a merged area). */
  address: string;
}

export type Measure = "budgetInitial" | "budget" | "spent";

export interface MoneyColumn {
  col: number;
  measure: Measure;
  /** Header text as written (`预算数（元）/ 总额`). */
  label: string;
  /** When this column is a 其中 part of another column (其中：财政拨款 under 总额): that column. */
  partOf?: number;
}

export interface MoneyRow {
  row: number;
  /** Task name or fund line label as written (`人大机关建设`, `其中：本年财政拨款`). */
  label: string;
  labelCell: CellRef;
  /** True for a fund line written `其中…`: it must not exceed the total row. */
  subset: boolean;
  /** Parsed money by column index (only the table's money columns). */
  amounts: Record<number, MoneyValue & { cell: CellRef }>;
  /** The stated 执行率 on this row, when the table has a rate column. */
  rate?: { cell: CellRef; actual: Actual };
  /** 分值/权重 and 得分 of the budget-execution line (project forms), when present. */
  weight?: { cell: CellRef; value: MoneyValue };
  score?: { cell: CellRef; value: MoneyValue };
}

export interface MoneyTable {
  unit: MoneyUnit;
  /** Rows holding the two (or one) header rows. */
  headerTop: number;
  headerBottom: number;
  columns: MoneyColumn[];
  /** 执行率 column, if the layout has one. */
  rateCol?: number;
  weightCol?: number;
  scoreCol?: number;
  /** The column holding row labels (任务名称 / fund line names). */
  labelCol: number;
  /** Task rows (department) or the fund lines under 年度资金总额 (project). */
  parts: MoneyRow[];
  /** The 金额合计 / 年度资金总额 row, or null when the form has none. */
  total: MoneyRow | null;
  /** Where a missing totals row goes: the sheet row index the new row will occupy. */
  totalInsertRow: number;
  /** 'below' for department forms (合计 under the tasks), 'above' for project fund rows. */
  totalPosition: "below" | "above";
  /**
   * A department form with no task rows: one total row (年度资金总额, 部门整体支出总额) that the form
   * breaks down again instead of adding up from rows (docs/one-total-forms.md).
   */
  oneTotal?: boolean;
  /** The total stated again, broken down: 按收入性质分, 按支出性质分, a 基本支出总额 / 项目支出总额 line. */
  breakdowns?: Breakdown[];
  /**
   * One-total forms: the figure the total row lacks where both 预算数 and 执行数 are expected — a blank
   * cell, or one cell merged over both columns (`merged`), so the stated 执行率 cannot be confirmed.
   */
  missingFigure?: { col: number; cell: CellRef; merged: boolean };
}

/** One line of a breakdown of the total, as written: `其中：基本支出：900.47`. */
export interface BreakdownLine {
  /** The label without its colon and amount (`其中：基本支出`). */
  label: string;
  cell: CellRef;
  amount: MoneyValue;
}

/**
 * The form's total broken down once more: by where the money came from (`income`: 一般公共预算,
 * 政府性基金拨款 …) or by what it paid for (`expense`: 基本支出, 项目支出). Every breakdown must add up
 * to the total it breaks down.
 */
export interface Breakdown {
  basis: "income" | "expense";
  /** `block`: rows under the total; `header`: a 基本支出总额 / 项目支出总额 line above the table. */
  source: "block" | "header";
  /** The heading as written (`按收入性质分`); for a header line, its labels joined (`基本支出总额/项目支出总额`). */
  label: string;
  cell: CellRef;
  /** The amount written with the heading (`按收入性质分：2030.12`), when there is one. */
  stated?: { cell: CellRef; amount: MoneyValue };
  lines: BreakdownLine[];
}

export interface IndicatorRow {
  row: number;
  level1: string;
  level2: string;
  /** 三级指标 / 指标名称. */
  name: string;
  nameCell: CellRef;
  targetCell: CellRef;
  actualCell: CellRef;
  target: Target;
  actual: Actual;
  /** Lower is better (成本, 差错率, ceilings…): a target without operator means at most. */
  reverse: boolean;
  /** Text of the explanation cell (偏差原因分析…), when the form has that column. */
  explanation?: { cell: CellRef; text: string };
  weight?: { cell: CellRef; value: MoneyValue };
  score?: { cell: CellRef; value: MoneyValue };
  /** 不适用: dropped from scoring. */
  notApplicable?: boolean;
  /** 得分系数 (Chongqing: 指标得分 = 指标权重 × 得分系数), read as a percentage. */
  coefficient?: { cell: CellRef; actual: Actual };
}

/** A score or weight cell (分值, 得分, 总分 …), read exactly like an amount. */
export interface ScoreCell {
  cell: CellRef;
  value: MoneyValue;
}

/**
 * A heading that carries points. `block` headings cover every indicator below them up to the next
 * block (`绩效指标(90分)`, `年度绩效目标1(40分)`); `group` headings cover the indicators of one 一级指标
 * inside a block (`产出指标(50分)`).
 */
export type SectionScope = "block" | "group";

/** What a form states about its score as a whole, beyond the rows of its tables. */
export interface FormScoring {
  /** The 总分 / 合计 / 自评总分 line: its stated score and, on the same row, the stated total of 分值. */
  total?: { label: string; labelCell: CellRef; score?: ScoreCell; weight?: ScoreCell };
  /** 自评等级 / 等级 as written. */
  grade?: { label: string; labelCell: CellRef; cell: CellRef; text: string };
  /**
   * The budget-execution part: the money row carrying its 分值/得分 (the totals line, usually), and
   * the points its heading gives (`预算执行情况(10分)`, `得分(20分*执行率)`).
   */
  budget?: { row: number; weight?: ScoreCell; score?: ScoreCell; points?: { value: number; cell: CellRef } };
  /** The layout is a province's whose official scoring differs (Hubei: 年初目标值(A), 得分(20分*执行率)). */
  profileHint?: "hubei";
}

export interface IndicatorTable {
  headerRow: number;
  columns: {
    level1?: number;
    level2?: number;
    name: number;
    nature?: number;
    target: number;
    unit?: number;
    actual: number;
    weight?: number;
    score?: number;
    explanation?: number;
    /** 得分系数. */
    coefficient?: number;
    /** The other target column when a form has two (年初指标值 beside 调整指标值): read when the preferred one is blank. */
    targetInitial?: number;
  };
  rows: IndicatorRow[];
  /** Section headings carrying points: `产出指标(50分)`. */
  sections: { row: number; name: string; points?: number; scope?: SectionScope; /** The heading's cell. */ cell?: CellRef }[];
}

export interface Form {
  kind: FormKind;
  sheet: string;
  title?: string;
  /** 部门（单位）名称 / 项目名称 as written. */
  unitName?: string;
  projectName?: string;
  year?: string;
  /** The rows and columns the form occupies (sheet coordinates), without a ziping summary block. */
  bounds: { top: number; left: number; bottom: number; right: number };
  money: MoneyTable | null;
  indicators: IndicatorTable | null;
  /** An existing ziping summary block below the form, to be replaced on re-run. */
  summaryBlock?: { top: number; bottom: number };
  /** 总分, 等级 and the budget part's points, when the form states them. */
  scoring?: FormScoring;
}

// ---------------------------------------------------------------------------------------------
// Findings (src/core/rules)

export type Severity = "error" | "warning" | "info";

export type Lang = "zh-CN" | "en-US";

/** A value a message is filled with: the same in both languages, or translated (a column's name). */
export type MessageValue = string | number | Record<Lang, string>;

export type MessageData = Record<string, MessageValue>;

export interface Finding {
  rule: string;
  /** Which of the rule's messages this is (its `meta.messages` key): what tests and tools compare. */
  messageId: string;
  /** The values the message was filled with. */
  data: MessageData;
  severity: Severity;
  /** A1 addresses on the form's sheet, the top-left of merged areas; the first is where to jump. */
  cells: string[];
  message: Record<Lang, string>;
  expected: string | null;
  actual: string | null;
  /** The indicator or task row the finding is about, for grouping and reports. */
  subject?: string;
}

// ---------------------------------------------------------------------------------------------
// A check's options and result (src/core/engine.ts): what the CLI, the Excel port and the pane share

/** The two ways of scoring a form (docs/forms.md, "Scoring profiles"). */
export type ProfileId = "central" | "hubei";

/** 等级 of a 总分: 优 ≥ 90, 良 80–90, 中 60–80, 差 < 60. */
export type ScoreGrade = "优" | "良" | "中" | "差";

export interface CheckOptions {
  /** Scoring profile for the score rules. Unset: guessed from the layout (Hubei's template → `hubei`), else `central`. */
  profile?: ProfileId;
  /** Guangxi: an actual at 130% or more of its target must be explained (deviation-unexplained). Off by default. */
  explainOverAchievement?: boolean;
  /** 总分 capped by 执行率 bands (70–80% → ≤ 89 …). Off by default. */
  capByExecutionRate?: boolean;
}

export interface TotalsSummary {
  unit: MoneyUnit;
  /** Decimal strings in the form's unit, as the form writes them (null where the form has no such figure). */
  budget: string | null;
  budgetFiscal: string | null;
  spent: string | null;
  spentFiscal: string | null;
  /** `95.51%`, computed from the amounts. */
  executionRate: string | null;
}

export interface IndicatorCounts {
  total: number;
  met: number;
  unmet: number;
  /** Above a range or far exceeded (≥130% of an at-least target). */
  exceeded: number;
  /** Qualitative, unreadable or missing: needs a person. */
  manual: number;
}

/** 总分 and 等级, for forms with score columns or a 总分 line. Scores are decimal strings. */
export interface ScoringSummary {
  /** The profile the scores were computed with, and whether it was guessed from the layout. */
  profile: ProfileId;
  guessed: boolean;
  /** 总分 by the rules, two decimals (`97.05`); null when nothing can be scored. */
  computedTotal: string | null;
  /** 总分 as the form states it (`97.6`); null when blank or absent. */
  statedTotal: string | null;
  /** 等级 of the computed 总分. */
  grade: ScoreGrade | null;
  /** 等级 as the form states it, when it does. */
  statedGrade: string | null;
}

export interface SheetResult {
  sheet: string;
  kind: FormKind | null;
  form: Form | null;
  findings: Finding[];
  totals: TotalsSummary | null;
  indicators: IndicatorCounts | null;
  /** Present on every result checkGrid returns; null for forms without scores. */
  scoring?: ScoringSummary | null;
}

// ---------------------------------------------------------------------------------------------
// Write plans (src/core/plan)

export interface Mark {
  address: string;
  row: number;
  col: number;
  severity: Severity;
  /** The note attached to the cell: every finding on it, one per line. */
  note: string;
  /**
   * A live mark: a formula (en-US names, no leading `=`, references relative to this cell) that is
   * TRUE while the problem stands, so the fill goes the moment the cell is fixed. Absent: the mark
   * is static (always shown) until ziping runs again.
   */
  condition?: string;
}

/**
 * A guard: the condition of a check on a cell that passes today, written so a new mistake colours
 * the cell as it is typed (opt-in). No note: there is nothing wrong yet.
 */
export interface Guard {
  address: string;
  row: number;
  col: number;
  severity: Severity;
  condition: string;
}

/** A formula or a constant to put in one cell. */
export interface CellWrite {
  col: number;
  value?: string | number;
  formula?: string;
  /** What `formula` evaluates to, as the engine computed it (lets a plan be applied to a Grid in memory). */
  result?: number | string;
  numberFormat?: string;
}

export interface RowWrite {
  row: number;
  cells: CellWrite[];
}

/**
 * A total the plan leaves as stated where a totals formula was asked for, and why: a one-total form
 * has no part rows to add up; parts a spreadsheet formula cannot read would make it compute something
 * other than the figure ziping reports. The command line and the pane show `message`.
 */
export interface TotalsKept {
  /** The totals cells kept (or, when a row was to be inserted, the parts that stop the formula). */
  cells: string[];
  reason: "one-total" | "unreadable-parts";
  message: Record<Lang, string>;
}

/**
 * A cell the plan gives a number format it did not have: a formula in a Text (`@`) cell is kept as its
 * source and never computes, so that cell takes the format of the amounts it adds up (or, when they
 * are text too, a number format showing their decimals). The pane says so after the write.
 */
export interface FormatChange {
  /** The cell, addressed as after the write. */
  cell: string;
  /** The number format it had (`@`) and the one it gets. */
  from: string;
  to: string;
  message: Record<Lang, string>;
}

export interface WritePlan {
  sheet: string;
  marks: Mark[];
  /** Asked to write totals formulas: the totals kept as stated instead, with the reason. */
  totalsKept?: TotalsKept[];
  /** Cells whose number format the plan changes, and why (every other written cell keeps its own). */
  formatsChanged?: FormatChange[];
  /** Live conditions on the checkable cells that carry no mark (requested with the guards option). */
  guards?: Guard[];
  /** Insert a totals row at `row` (rows from there shift down), or repair the existing one in place. */
  totals?: {
    mode: "insert" | "repair";
    row: number;
    /** Row whose formats the inserted row copies (the last task row). */
    formatFrom: number;
    cells: CellWrite[];
  };
  /**
   * Values written into cells of the form itself (computed 得分 into blank score cells, on request),
   * in the sheet's coordinates after the totals-row insertion. Only cells that were blank.
   */
  fills?: RowWrite[];
  /** Summary block written starting at `row`; `replace` = the rows of an earlier block to clear first. */
  summary?: {
    row: number;
    rows: RowWrite[];
    replace?: { top: number; bottom: number };
  };
}

/** The product's name as users read it in a workbook. */
const PRODUCT_NAME = "自评表校验";

/** Text in the first cell of every summary block ziping writes: how a re-run finds and replaces it. */
export const SUMMARY_MARKER = `校验摘要（${PRODUCT_NAME}）`;
/** Titles earlier versions wrote, still recognised so their blocks are replaced, not duplicated. */
const LEGACY_SUMMARY_MARKERS: readonly string[] = ["校验摘要（ziping）"];

/** True when a cell's text begins a summary block ziping wrote, under any name it has had. */
export function isSummaryMarker(text: string): boolean {
  return text.startsWith(SUMMARY_MARKER) || LEGACY_SUMMARY_MARKERS.some((m) => text.startsWith(m));
}

/**
 * Marks are never written into a cell's own format: each mark is a conditional format whose formula
 * carries this tag — an always-true one for a static mark, the live condition AND the tag for a live
 * one — so clearing deletes exactly what ziping added and the cell's own fill (or its absence) is
 * untouched, also after the workbook is saved and reopened. The tag is inside N(), which turns text
 * into 0: it never changes what the condition says. It is the stable, hidden name of the product.
 */
export const MARK_FORMULA_TAG = "ziping:";
const tagTest = (severity: Severity): string => `N("${MARK_FORMULA_TAG}${severity}")=0`;
export const markFormula = (severity: Severity): string => `=${tagTest(severity)}`;

/** A live condition with the tag: TRUE exactly when the condition is. */
export const liveMarkFormula = (severity: Severity, condition: string): string => `=AND(${condition},${tagTest(severity)})`;

/** Fill colours of the marks (light red, amber, light blue), as Excel shows them. */
export const MARK_FILL: Record<Severity, string> = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" };

/** Notes and comments ziping writes start with this, so it deletes only its own. */
export const NOTE_PREFIX = `【${PRODUCT_NAME}】`;
/** Prefixes of earlier versions' notes: still found and cleared. */
const LEGACY_NOTE_PREFIXES: readonly string[] = ["【ziping】"];

/** True when a note or comment is one ziping wrote, under any name it has had. */
export function isZipingNote(text: string): boolean {
  return text.startsWith(NOTE_PREFIX) || LEGACY_NOTE_PREFIXES.some((p) => text.startsWith(p));
}
