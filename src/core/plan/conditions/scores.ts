/**
 * Live conditions of the scores: a 得分 against what the scoring rules give its indicator, and a 得分
 * above its 分值. Where the rule is arithmetic on cells a formula can read — an indicator with a
 * numeric target (met: the full 分值; missed: the profile's proportion) and the budget-execution line
 * (执行数 ÷ 预算数 × 分值, capped at 分值) — the condition recomputes the score from the actual, the
 * 分值 and the amounts, so a fixed score or a fixed actual changes the colour at once. What a formula
 * cannot score stays static: a qualitative grade (a band for a person to place the score in), an
 * actual or target only the engine reads, a Chongqing 得分系数 beside the score, Hubei's block points.
 */
import Big from "big.js";
import type { CheckOptions, Form, IndicatorRow, MoneyValue, Operator, ScoreCell } from "../../model";
import { formatTarget } from "../../parse/notation";
import { chooseProfile, type ScoringProfile } from "../../scoring/profiles";
import { isWritten } from "../../rules/support/indicators";
import { formulaReads } from "../totals-row";
import { num, numberValue } from "./formula";
import { actualValue, metCondition } from "./indicators";
import type { LiveCheck } from "./live-check";
import { formRate } from "./rates";

/** Float noise (7.2 − 7.199999…) rounded away before the 0.01 the score rules allow (rules/support/scores.ts). */
const NOISE_DECIMALS = 9;
const TOLERANCE = "0.01";

/** A score or weight cell a formula reads as the rules do: blank, or a plain number. */
function readable(cell: { value: MoneyValue } | undefined): cell is ScoreCell {
  return cell !== undefined && (cell.value.kind === "amount" || cell.value.kind === "blank") && formulaReads(cell.value, true);
}

/** A number typed in a score cell; an error (so the condition is not TRUE) for text the rules do not read either. */
const value = (address: string): string => numberValue(address);

/** Between 0 and 分值, as the rules clamp a computed score. */
function clamp(expr: string, weight: string): string {
  return `MIN(${weight},MAX(0,${expr}))`;
}

/**
 * The score the rules give a missed numeric target, from the actual `v` (in the target's scale) and
 * the 分值 `w` (indicator-score.ts: proportional below an at-least target or a range, the profile's
 * formula above a ceiling, 0 where the target is 0).
 */
function missedScore(row: IndicatorRow, v: string, w: string, profile: ScoringProfile): { formula: string; zh: string; en: string } | null {
  const target = row.target;
  const proportional = (t: Big): { formula: string; zh: string; en: string } =>
    t.lte(0)
      ? { formula: "0", zh: "未达到目标值得 0 分", en: "0 when short of the target" }
      : {
          formula: clamp(`${v}/${num(t)}*${w}`, w),
          zh: `未达成时得 实际完成值 ÷ ${num(t)} × 分值`,
          en: `when missed, actual ÷ ${num(t)} × weight`,
        };
  if (target.kind === "range") return proportional(target.low);
  if (target.kind !== "quantity") return null;
  const op: Operator = target.explicitOp ? target.op : row.reverse ? "le" : "ge";
  const t = num(target.value);
  const below = proportional(target.value);
  if (op === "ge" || op === "gt") return below;
  const above =
    target.value.lte(0)
      ? { formula: "0", zh: "超出目标值得 0 分", en: "0 above the target" }
      : profile.atMost === "inverse"
        ? { formula: clamp(`${t}/${v}*${w}`, w), zh: `超出时得 ${t} ÷ 实际完成值 × 分值`, en: `above it, ${t} ÷ actual × weight` }
        : {
            formula: `IF(${v}>=2*${t},0,${clamp(`(1-(${v}-${t})/${t})*${w}`, w)})`,
            zh: `超出时得 (1 − (实际完成值 − ${t}) ÷ ${t}) × 分值，达到 2 倍及以上得 0 分`,
            en: `above it, (1 − (actual − ${t}) ÷ ${t}) × weight, and 0 at twice the target or more`,
          };
  if (op === "le" || op === "lt") return above;
  // `=` missed: short of the target scores as an at-least target, over it as a ceiling.
  return {
    formula: `IF(${v}>${t},${above.formula},${below.formula})`,
    zh: `低于目标值时${below.zh.replace(/^未达成时/, "")}，${above.zh}`,
    en: `below the target ${below.en.replace(/^when missed, /, "")}; ${above.en}`,
  };
}

/**
 * The condition at a score cell: blank (the rules can score it, so it must be filled), or more than
 * 0.01 from `expected` while not above 分值 (that is score-exceeds-weight's finding).
 */
function scoreDiffers(score: string, weight: string, expected: string, guards: string[]): string {
  const s = value(score);
  const differs = `ROUND(ABS(${s}-(${expected})),${NOISE_DECIMALS})>${TOLERANCE}`;
  return `IF(${score}="",TRUE,AND(${[...guards, `${s}<=${weight}`, differs].join(",")}))`;
}

function indicatorScores(form: Form, profile: ScoringProfile): LiveCheck[] {
  const table = form.indicators;
  // Hubei's block points (no 分值 column) are summed over a block: left static.
  if (!table || table.columns.weight === undefined) return [];
  const checks: LiveCheck[] = [];
  for (const row of table.rows) {
    if (row.notApplicable || row.coefficient || !readable(row.score) || !readable(row.weight)) continue;
    if (row.weight.value.kind !== "amount") continue;
    const v = actualValue(row);
    const met = v === null ? null : metCondition(row, v);
    const missed = v === null ? null : missedScore(row, v, value(row.weight.cell.address), profile);
    const scoreAt = row.score.cell.address;
    const weightAt = row.weight.cell.address;
    const w = value(weightAt);
    const severity = isWritten(row.explanation?.text) ? "warning" : "error";
    if (v !== null && met !== null && missed !== null) {
      const expected = `IF(${met},${w},${missed.formula})`;
      // A blank actual gives no score to compare with (indicator-missing-actual's finding).
      const condition = scoreDiffers(scoreAt, w, expected, [`${row.actualCell.address}<>""`, `${weightAt}<>""`]);
      const target = formatTarget(row.target);
      checks.push({
        rule: "score-mismatch",
        severity,
        row: row.score.cell.row,
        col: row.score.cell.col,
        guard: true,
        condition,
        requirement: {
          "zh-CN": `「${row.name}」得分应按评分规则：达到 ${target} 得满分（分值），${missed.zh}`,
          "en-US": `「${row.name}」: the score should follow the scoring rules — the full weight when ${target} is met; ${missed.en}`,
        },
      });
    }
    const above = `AND(${scoreAt}<>"",${weightAt}<>"",${value(scoreAt)}>${w})`;
    const requirement = { "zh-CN": `「${row.name}」得分应不超过分值`, "en-US": `「${row.name}」: the score should not exceed its weight` };
    checks.push(
      { rule: "score-exceeds-weight", severity: "error", row: row.score.cell.row, col: row.score.cell.col, guard: true, condition: above, requirement },
      { rule: "score-exceeds-weight", severity: "error", row: row.weight.cell.row, col: row.weight.cell.col, guard: false, condition: above, requirement },
    );
  }
  return checks;
}

/**
 * The budget-execution line: 执行率 × 分值 with the rate from the amounts, on the basis the rules
 * use (budget-score.ts). Only while those amounts give a rate: a form scored from its stated 执行率
 * (no amounts, or a budget of 0) stays static.
 */
function budgetScore(form: Form): LiveCheck[] {
  const part = form.scoring?.budget;
  const table = form.money;
  if (!part || !table || !readable(part.score)) return [];
  const rate = formRate(table);
  if (!rate) return [];
  const weightCell = part.weight;
  let w: string;
  const guards = [`(${rate.budget})<>0`];
  if (weightCell) {
    if (!readable(weightCell) || weightCell.value.kind !== "amount") return [];
    w = value(weightCell.cell.address);
    guards.push(`${weightCell.cell.address}<>""`);
  } else if (part.points) {
    w = num(new Big(part.points.value));
  } else {
    return [];
  }
  const label = [table.total, ...table.parts].find((r) => r?.row === part.row)?.label ?? "预算执行率";
  const scoreAt = part.score.cell.address;
  const expected = clamp(`(${rate.spent})/(${rate.budget})*${w}`, w);
  const checks: LiveCheck[] = [
    {
      rule: "score-mismatch",
      severity: "error",
      row: part.score.cell.row,
      col: part.score.cell.col,
      guard: true,
      condition: scoreDiffers(scoreAt, w, expected, guards),
      requirement: {
        "zh-CN": `「${label}」预算执行得分应为 执行数 ÷ 预算数 × 分值，以分值为限`,
        "en-US": `「${label}」 (budget execution): the score should be spent ÷ budget × weight, capped at the weight`,
      },
    },
  ];
  const above = `AND(${scoreAt}<>"",${value(scoreAt)}>${w})`;
  const requirement = { "zh-CN": `「${label}」得分应不超过分值`, "en-US": `「${label}」: the score should not exceed its weight` };
  checks.push({ rule: "score-exceeds-weight", severity: "error", row: part.score.cell.row, col: part.score.cell.col, guard: true, condition: above, requirement });
  if (weightCell) {
    checks.push({ rule: "score-exceeds-weight", severity: "error", row: weightCell.cell.row, col: weightCell.cell.col, guard: false, condition: above, requirement });
  }
  return checks;
}

export function scoreChecks(form: Form, options: CheckOptions = {}): LiveCheck[] {
  const { profile } = chooseProfile(form, options.profile);
  return [...indicatorScores(form, profile), ...budgetScore(form)];
}
