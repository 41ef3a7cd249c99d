/**
 * The words forms use for their headers and labels (docs/forms.md, "Header words"), as classifiers over normalised
 * text. Order matters inside each classifier: `执行率得分` is a score before it is a rate, `预算执行数`
 * is spent before it is a budget, `实际完成指标值` is an actual before it is a target.
 */
import type { MoneyUnit } from "../model";
import { certainFirstCharacter, certainlyLongerThan, normalise } from "../text";

/** Header cells are short; long text (a task's 完成情况) that happens to contain 预算数 is not a header. */
const MAX_HEADER_LENGTH = 30;

// The classifiers below run for every cell of every row of a large form. Their patterns live here,
// not as literals in the function bodies: a regex literal is a new object each time it is evaluated,
// and those objects were most of the garbage reading a row made.
const WEIGHT_WORDS = /分值|权重/;
const RATE_WORDS = /执行率|完成率/;
const SPENT_WORDS = /执行数|支出数|决算数/;
const BUDGET_WORDS = /预算数|调整后预算|全年预算|预算\(A\)/i;
const WHOLE_SUB_HEADER = /^(总额|合计|总计|小计|金额|总数)/;
const PART_SUB_HEADER_WORDS = /财政拨款|财政资金|一般公共预算/;
const COLONS = /[:：]/g;
const TRAILING_COLON = /[:：]$/;
const TASK_HEADER = /^(任务名称|主要任务|任务)$/;
const TOTAL_WORDS = ["金额合计", "合计", "总计", "年度资金总额", "年度财政资金总额", "项目资金总额", "资金总额", "总额", "资金合计", "部门整体支出总额"];
const TOTAL_LABEL = new RegExp(`^(${TOTAL_WORDS.join("|")})$`);
const TOTAL_FIRST_CHARACTERS = firstCharacters(TOTAL_WORDS);
const SUBSET_WORD = "其中";
const SUBSET_FIRST_CHARACTERS = firstCharacters([SUBSET_WORD]);
const FUND_LABEL = /^其中|上年结转|结转资金|其他资金|财政拨款|财政资金|财政专户|单位资金|自筹资金|专项资金/;
const SECTION_WORDS = ["年度总体目标", "总体目标", "当年绩效目标", "年度绩效目标", "年度绩效指标", "绩效指标", "一级指标", "项目基本情况", "评价结论", "存在问题", "自评结论", "自评得分", "自评总分"];
const SECTION_START = new RegExp(`^(${SECTION_WORDS.join("|")})`);
const SECTION_FIRST_CHARACTERS = firstCharacters(SECTION_WORDS);
const INDICATOR_NAME = /^(绩效)?指标名称/;
const NATURE_WORDS = /指标性质|计算符号|^符号$/;
const UNIT_WORDS = /度量单位|计量单位|^单位$/;
const ACTUAL_WORDS = /实际完成|完成值|完成指标值|实际值|实际完成情况/;
const TARGET_WORDS = /指标值|目标值/;
const EXPLANATION_WORDS = /原因|改进措施/;
const SHORT_END_WORD = /^(合计|总分|总计|说明|备注|注|等级|自评等级)([:：(].*)?$/;
const END_WORD = /^(自评总分|自评得分|评价结论|自评结论|存在问题|改进措施|偏差大或目标未完成原因分析|项目负责人|财务负责人|填报人|注\d)/;
const SECTION_HEADING = /^(.+?)[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]$/;

function firstCharacters(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map((word) => word[0]));
}

/**
 * False when `text` certainly does not normalise to something starting with one of `firsts`. Label
 * classifiers are asked about every task label of a money table, and most labels start with a
 * character none of their words does: this turns them away without normalising them.
 */
function mayStartWith(text: string, firsts: ReadonlySet<string>): boolean {
  const first = certainFirstCharacter(text);
  return first === null || firsts.has(first);
}

export type MoneyHeader = "budgetInitial" | "budget" | "spent" | "rate" | "weight" | "score";

export function classifyMoneyHeader(text: string): MoneyHeader | null {
  if (certainlyLongerThan(text, MAX_HEADER_LENGTH)) return null;
  const t = normalise(text);
  if (t === "" || t.length > MAX_HEADER_LENGTH) return null;
  if (t.includes("得分系数")) return null;
  if (t.includes("得分")) return "score";
  if (WEIGHT_WORDS.test(t)) return "weight";
  if (RATE_WORDS.test(t)) return "rate";
  if (SPENT_WORDS.test(t)) return "spent";
  if (t.includes("年初预算")) return "budgetInitial";
  if (BUDGET_WORDS.test(t)) return "budget";
  return null;
}

export const isMeasure = (h: MoneyHeader | null): h is "budgetInitial" | "budget" | "spent" =>
  h === "budgetInitial" || h === "budget" || h === "spent";

/** Second header row under 预算数/执行数: the whole column. */
export function isWholeSubHeader(text: string): boolean {
  return WHOLE_SUB_HEADER.test(normalise(text));
}

/** Second header row: a 其中 column (其中：财政拨款, 财政资金). */
export function isPartSubHeader(text: string): boolean {
  const t = normalise(text);
  return t.startsWith("其中") || PART_SUB_HEADER_WORDS.test(t);
}

/** The header over the task labels of a department form. */
export function isTaskHeader(text: string): boolean {
  return TASK_HEADER.test(normalise(text).replace(COLONS, ""));
}

/** A totals line: 金额合计 under the tasks, 年度资金总额 over the fund lines. */
export function isTotalLabel(text: string): boolean {
  if (!mayStartWith(text, TOTAL_FIRST_CHARACTERS)) return false;
  const t = normalise(text).replace(TRAILING_COLON, "");
  return TOTAL_LABEL.test(t);
}

/** Labels of project fund lines, used to find the label column of a fund table. */
export function isFundLabel(text: string): boolean {
  const t = normalise(text);
  if (isTotalLabel(t)) return true;
  return FUND_LABEL.test(t);
}

/** A fund line that is a 其中 part of the total (must not exceed it). */
export function isSubsetLabel(text: string): boolean {
  return mayStartWith(text, SUBSET_FIRST_CHARACTERS) && normalise(text).startsWith(SUBSET_WORD);
}

/** Cells that start the next part of a form: the money table ends before them. */
export function isSectionStart(text: string): boolean {
  return mayStartWith(text, SECTION_FIRST_CHARACTERS) && SECTION_START.test(normalise(text));
}

// ---------------------------------------------------------------------------------------------
// Indicator table

export type IndicatorHeader =
  | "level1"
  | "level2"
  | "name"
  | "nature"
  | "unit"
  | "target"
  | "actual"
  | "weight"
  | "score"
  | "explanation"
  | "coefficient";

export function classifyIndicatorHeader(text: string): IndicatorHeader | null {
  if (certainlyLongerThan(text, MAX_HEADER_LENGTH)) return null;
  const t = normalise(text);
  if (t === "" || t.length > MAX_HEADER_LENGTH) return null;
  // Chongqing: 指标得分 = 指标权重 × 得分系数; the coefficient is a percentage, not a score.
  if (t.includes("得分系数")) return "coefficient";
  if (t.startsWith("一级")) return "level1";
  if (t.startsWith("二级")) return "level2";
  if (t.startsWith("三级") || INDICATOR_NAME.test(t)) return "name";
  if (NATURE_WORDS.test(t)) return "nature";
  if (UNIT_WORDS.test(t)) return "unit";
  if (ACTUAL_WORDS.test(t)) return "actual";
  if (TARGET_WORDS.test(t)) return "target";
  if (t.includes("得分")) return "score";
  if (WEIGHT_WORDS.test(t)) return "weight";
  if (EXPLANATION_WORDS.test(t)) return "explanation";
  return null;
}

/**
 * When a form has several target columns (Chongqing: 年初指标值 | 调整指标值) the adjusted one is the
 * target the year is judged against.
 */
export function targetPreference(text: string): number {
  const t = normalise(text);
  if (t.includes("调整")) return 2;
  if (t.includes("年初")) return 0;
  return 1;
}

/** Rows that close the indicator table: 合计 / 总分 / 评价结论 … */
export function isIndicatorEnd(text: string): boolean {
  const t = normalise(text);
  // Short words only on their own (`说明`, `注：`), so 注册企业数量 or 说明书印发数 stay indicators.
  if (SHORT_END_WORD.test(t)) return true;
  return END_WORD.test(t);
}

/** `产出指标(50分)` → { name: 产出指标, points: 50 }; null for anything else. */
export function sectionHeading(text: string): { name: string; points: number } | null {
  const m = SECTION_HEADING.exec(text.trim().normalize("NFKC"));
  if (!m) return null;
  return { name: m[1].trim(), points: Number(m[2]) };
}

// ---------------------------------------------------------------------------------------------
// Units and header fields

/** The money unit a header states in brackets: `预算数（万元）`, `项目资金(万元)`. */
export function unitInHeader(text: string): MoneyUnit | null {
  const m = /\((万元|元)\)/.exec(normalise(text));
  return m ? (m[1] as MoneyUnit) : null;
}

/** The unit a note above the table states: `单位：万元`, `金额单位:元`. */
export function unitInNote(text: string): MoneyUnit | null {
  const m = /单位[:：]?\(?(万元|元)\)?/.exec(normalise(text));
  return m ? (m[1] as MoneyUnit) : null;
}

export type FieldLabel = "unitName" | "projectName" | "year";

/**
 * Labels of the header fields, with a rank (lower wins) so that 部门（单位）名称 beats 实施单位 when
 * a form has both. `rest` is text after a colon in the same cell (`单位名称：农业工作科`).
 */
export function classifyFieldLabel(text: string): { field: FieldLabel; rank: number; rest: string } | null {
  const t = normalise(text).replace(/\(盖章\)/g, "");
  const m = /^([^:：]+)[:：]?(.*)$/.exec(t);
  if (!m) return null;
  const label = m[1];
  const restStart = text.search(/[:：]/);
  const rest = restStart >= 0 ? text.slice(restStart + 1).trim() : "";
  const ranks: [RegExp, FieldLabel, number][] = [
    [/^(部门\(单位\)名称|部门\(单位\)|部门名称|单位名称|预算单位名称|预算单位)$/, "unitName", 0],
    [/^(实施单位|项目实施单位|实施单位名称)$/, "unitName", 1],
    // Chongqing's 部门整体 form names the department only as 主管部门; elsewhere 实施单位 wins over it.
    [/^(主管部门|主管部门名称)$/, "unitName", 2],
    [/^(项目名称|专项资金名称|项目\(专项\)名称)$/, "projectName", 0],
    [/^(预算年度|年度|评价年度|自评年度)$/, "year", 0],
  ];
  for (const [re, field, rank] of ranks) if (re.test(label)) return { field, rank, rest };
  return null;
}

/** A form's title: the cell that names it a self-evaluation form. */
export function isTitle(text: string): boolean {
  const t = normalise(text);
  return t.length <= 60 && /自评表|自评情况表|绩效自评|完成情况表/.test(t);
}

/** `（2022年度）`, `2020年度长江禁捕项目自评表`, `2021` → `2022` / `2020` / `2021`. */
export function yearIn(text: string): string | null {
  const m = /(?:^|[^\d])((?:19|20)\d{2})(?:年|$|[^\d])/.exec(normalise(text));
  return m ? m[1] : null;
}

// ---------------------------------------------------------------------------------------------
// Scores

/** Strips a trailing `(分)` and colon: `自评总分(分)：` → `自评总分`. */
function scoreLabelCore(text: string): { core: string; rest: string } {
  const t = normalise(text);
  const m = /^([^:：]+?)(?:\(分\))?(?:[:：](.*))?$/.exec(t);
  if (!m) return { core: t, rest: "" };
  return { core: m[1], rest: (m[2] ?? "").trim() };
}

/**
 * A 总分 line's label (`总分`, `合计`, `自评总分(分)`, `综合得分：97.6`); `rest` is a value written after
 * a colon in the same cell. Null for anything else.
 */
export function scoreTotalLabel(text: string): { rest: string } | null {
  const { core, rest } = scoreLabelCore(text);
  return /^(总分|合计|总计|自评总分|自评得分|综合得分|得分合计|评价总分|总得分|综合评分|自评综合得分)$/.test(core) ? { rest } : null;
}

/** A 等级 label (`自评等级`, `等级：优`); `rest` is a value after a colon in the same cell. */
export function gradeLabel(text: string): { rest: string } | null {
  const { core, rest } = scoreLabelCore(text);
  return /^(自评等级|等级|评价等级|绩效等级|自评结果等级|评定等级|综合等级|评价结果等级)$/.test(core) ? { rest } : null;
}

/**
 * Points the budget-execution part is worth, from its heading or its 得分 header: `预算执行情况(10分)`,
 * `预算执行情况(万元)(20分)`, `得分(20分*执行率)`. `formula` is true for the Hubei-style `N分*执行率`.
 */
export function budgetPoints(text: string): { points: number; formula: boolean } | null {
  const t = text.trim().normalize("NFKC");
  const formula = /(\d+(?:\.\d+)?)\s*分\s*[*×xX]\s*(?:预算)?执行率/.exec(t);
  if (formula) return { points: Number(formula[1]), formula: true };
  const heading = sectionHeading(t);
  return heading ? { points: heading.points, formula: false } : null;
}

/** Hubei's indicator headers mark target and actual as the two terms of a ratio: 年初目标值(A) | 实际完成值(B). */
export function isRatioLetterHeader(text: string): boolean {
  return /(目标值|指标值)\(A\)|完成值\(B\)/i.test(normalise(text));
}

/**
 * Headings of a block of indicators (`绩效指标(90分)`, `年度绩效目标1(40分)`), as opposed to the 一级指标
 * groups inside a block (`产出指标(50分)`).
 */
export function isBlockHeading(name: string): boolean {
  return /^(绩效指标|年度绩效指标|年度绩效目标|绩效目标|指标)/.test(normalise(name));
}
