/**
 * A whole form scored by the rules: every indicator, the budget part, the 总分 they add up to and
 * its 等级, beside what the form states. The check computes it once and hands it to the score
 * rules and the summary (engine.ts).
 */
import Big from "big.js";
import { FormFacts, type Outcome } from "../form-facts";
import type { CheckOptions, Form, IndicatorRow, IndicatorTable, ScoreCell, ScoreGrade } from "../model";
import { scoreBudget, type BudgetScore } from "./budget-score";
import { executionCap, type ExecutionCap } from "./execution-cap";
import { gradeOf, readStatedGrade } from "./grade";
import { scoreIndicator, weightOf, type IndicatorScore } from "./indicator-score";
import { chooseProfile, type ScoringProfile } from "./profiles";
import { isQuantityMet, scopeOf, sectionRows } from "./sections";

export interface RowScore {
  row: IndicatorRow;
  /** Whether its actual meets its target. */
  outcome: Outcome;
  score: IndicatorScore;
  /** The 得分 the form states, when it is an amount. */
  stated: Big | null;
  /** What the row contributes to the computed 总分 (see `contribution`). */
  counted: Big;
}

export interface FormScore {
  profile: ScoringProfile;
  /** The profile was not asked for: it came from the layout (or the central default). */
  guessed: boolean;
  /** The form has score columns or a 总分 line at all. */
  scored: boolean;
  budget: BudgetScore | null;
  rows: RowScore[];
  /** 分值 of the indicators marked 不适用: the total is rescaled to 100 without them. */
  notApplicableWeight: Big;
  /** 总分 by the rules (rescaled, capped when asked); null when the form gives nothing to score. */
  computedTotal: Big | null;
  /** Σ of the 得分 the form states (budget part included); null when none is stated. */
  statedSum: Big | null;
  /** The 总分 the form states. */
  statedTotal: Big | null;
  statedTotalCell?: ScoreCell;
  /** The limit 执行率 puts on 总分, when that switch is on and the rate is below 80%. */
  cap: ExecutionCap | null;
  grade: ScoreGrade | null;
  statedGrade: { text: string; grade: ScoreGrade | null } | null;
}

const HUNDRED = new Big(100);
const ZERO = new Big(0);

/**
 * A total over the indicators that apply, brought back to a scale of 100 when some weigh nothing
 * (不适用): `sum × 100 ÷ (100 − their 分值)`. Null when none is 不适用, or when they take all 100.
 * The computed 总分 and score-total-mismatch both accept a total rescaled this way.
 */
export function rescaleTo100(sum: Big, notApplicableWeight: Big): Big | null {
  if (!notApplicableWeight.gt(0) || !HUNDRED.gt(notApplicableWeight)) return null;
  return sum.times(HUNDRED).div(HUNDRED.minus(notApplicableWeight));
}

const amount = (cell: ScoreCell | undefined): Big | null => (cell?.value.kind === "amount" ? cell.value.value : null);

/**
 * What a row adds to the computed 总分: the rules' score where they give one; for a grade band the
 * stated score kept inside the band (the band's top when blank); 0 for a missing actual; and where
 * only a person can score (free text, unreadable, no 分值) the stated score stands.
 */
function contribution(score: IndicatorScore, stated: Big | null): Big {
  switch (score.kind) {
    case "exact":
      return score.value;
    case "band": {
      const s = stated ?? score.high;
      return s.lt(score.low) ? score.low : s.gt(score.high) ? score.high : s;
    }
    case "none":
      return score.reason === "missing" ? ZERO : (stated ?? ZERO);
  }
}

/**
 * Hubei's layout has no 分值 per indicator, only a block's points: a block whose indicators are all
 * quantities and all met earns its points, whatever its 得分 add up to. The difference to what the
 * rows counted (their stated scores).
 */
function blockCorrection(table: IndicatorTable | null, rows: RowScore[]): Big {
  if (!table || table.columns.weight !== undefined) return ZERO;
  const byRow = new Map(rows.map((r) => [r.row, r]));
  let correction = ZERO;
  for (const { section, rows: members } of sectionRows(table)) {
    if (scopeOf(section) !== "block") continue;
    const scored = members.map((m) => byRow.get(m)).filter((r): r is RowScore => r !== undefined);
    if (scored.length === 0) continue;
    if (!scored.every((r) => isQuantityMet(r.row, r.outcome))) continue;
    const counted = scored.reduce((sum, r) => sum.plus(r.counted), ZERO);
    correction = correction.plus(new Big(section.points).minus(counted));
  }
  return correction;
}

/**
 * Scores a form. The check passes the facts it shares with the rules, so each indicator is judged
 * once; a caller with only a form (a test, a tool) lets them be worked out here.
 */
export function scoreForm(form: Form, options: CheckOptions = {}, facts: FormFacts = new FormFacts(form)): FormScore {
  const { profile, guessed } = chooseProfile(form, options.profile);
  const table = form.indicators;
  const budget = scoreBudget(form, facts.money);

  const rows: RowScore[] = [];
  let notApplicableWeight = ZERO;
  for (const row of table?.rows ?? []) {
    if (row.notApplicable) {
      notApplicableWeight = notApplicableWeight.plus(weightOf(row) ?? ZERO);
      continue;
    }
    const outcome = facts.outcomeOf(row);
    const score = scoreIndicator(row, profile, outcome);
    const stated = amount(row.score);
    rows.push({ row, outcome, score, stated, counted: contribution(score, stated) });
  }

  const statedParts = [amount(budget?.scoreCell ?? form.scoring?.budget?.score), ...rows.map((r) => r.stated)].filter(
    (v): v is Big => v !== null,
  );
  const statedSum = statedParts.length > 0 ? statedParts.reduce((a, b) => a.plus(b), ZERO) : null;

  const scored =
    table?.columns.weight !== undefined ||
    table?.columns.score !== undefined ||
    form.money?.weightCol !== undefined ||
    form.money?.scoreCol !== undefined ||
    form.scoring?.total?.score !== undefined;

  const anything =
    budget !== null || rows.some((r) => r.score.kind !== "none" || r.stated !== null);
  let computedTotal: Big | null = null;
  if (scored && anything) {
    const budgetPart = budget?.value ?? amount(budget?.scoreCell) ?? ZERO;
    let total = rows.reduce((sum, r) => sum.plus(r.counted), budgetPart).plus(blockCorrection(table, rows));
    computedTotal = rescaleTo100(total, notApplicableWeight) ?? total;
  }

  const cap = options.capByExecutionRate && budget?.rate ? executionCap(budget.rate) : null;
  if (computedTotal && cap && computedTotal.gt(cap.limit)) computedTotal = new Big(cap.limit);

  const totalCell = form.scoring?.total?.score;
  const gradeCell = form.scoring?.grade;
  const out: FormScore = {
    profile,
    guessed,
    scored,
    budget,
    rows,
    notApplicableWeight,
    computedTotal,
    statedSum,
    statedTotal: amount(totalCell),
    cap,
    grade: computedTotal ? gradeOf(computedTotal) : null,
    statedGrade: gradeCell && gradeCell.text !== "" ? { text: gradeCell.text, grade: readStatedGrade(gradeCell.text) } : null,
  };
  if (totalCell) out.statedTotalCell = totalCell;
  return out;
}
