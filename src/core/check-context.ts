/**
 * What one check knows about a form before any rule runs: its money sums and 执行率, each indicator's
 * outcome, its scores, and the figures the views show. Worked out once per check and handed to every
 * rule (as ESLint hands each rule its `sourceCode`), so rules never recompute a fact another rule,
 * the summary or the scores also need.
 */
import { FormFacts, type MoneyFacts, type Outcome } from "./form-facts";
import type { CheckOptions, Form, IndicatorCounts, IndicatorRow, ScoringSummary, TotalsSummary } from "./model";
import { scoreForm, type FormScore } from "./scoring";
import { indicatorCounts, scoringSummary, totalsOf } from "./summary";

export interface CheckContext {
  readonly form: Form;
  readonly options: CheckOptions;
  /** The money table's sums and 执行率; null when the form has no money table. */
  readonly money: MoneyFacts | null;
  /** Whether an indicator row's actual meets its target (each row judged once). */
  outcomeOf(row: IndicatorRow): Outcome;
  /** Every score by the rules, with the profile they were computed with. */
  readonly score: FormScore;
  readonly totals: TotalsSummary | null;
  readonly indicators: IndicatorCounts | null;
  readonly scoring: ScoringSummary | null;
}

export function checkContext(form: Form, options: CheckOptions = {}): CheckContext {
  const facts = new FormFacts(form);
  const score = scoreForm(form, options, facts);
  return {
    form,
    options,
    money: facts.money,
    outcomeOf: (row) => facts.outcomeOf(row),
    score,
    totals: totalsOf(facts.money),
    indicators: indicatorCounts(form.indicators, facts),
    scoring: scoringSummary(form, score),
  };
}
