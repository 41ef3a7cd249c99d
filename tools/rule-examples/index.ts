/** Every rule's examples by rule id (tools/rule-examples/example.ts). */
import type { RuleExamples } from "./example";
import amountUnreadable from "./amount-unreadable";
import breakdownMismatch from "./breakdown-mismatch";
import deviationUnexplained from "./deviation-unexplained";
import gradeMismatch from "./grade-mismatch";
import indicatorExceedsRange from "./indicator-exceeds-range";
import indicatorFarExceeded from "./indicator-far-exceeded";
import indicatorMissingActual from "./indicator-missing-actual";
import indicatorQualitative from "./indicator-qualitative";
import indicatorUnmet from "./indicator-unmet";
import indicatorUnreadable from "./indicator-unreadable";
import overspent from "./overspent";
import rateMismatch from "./rate-mismatch";
import rateUnconfirmed from "./rate-unconfirmed";
import scoreExceedsWeight from "./score-exceeds-weight";
import scoreMismatch from "./score-mismatch";
import scoreTotalMismatch from "./score-total-mismatch";
import subsetExceedsTotal from "./subset-exceeds-total";
import taxonomyMismatch from "./taxonomy-mismatch";
import totalMismatch from "./total-mismatch";
import totalMissing from "./total-missing";
import unitMismatch from "./unit-mismatch";
import weightSum from "./weight-sum";

export const ruleExamples: Record<string, RuleExamples> = {
  "amount-unreadable": amountUnreadable,
  "breakdown-mismatch": breakdownMismatch,
  "deviation-unexplained": deviationUnexplained,
  "grade-mismatch": gradeMismatch,
  "indicator-exceeds-range": indicatorExceedsRange,
  "indicator-far-exceeded": indicatorFarExceeded,
  "indicator-missing-actual": indicatorMissingActual,
  "indicator-qualitative": indicatorQualitative,
  "indicator-unmet": indicatorUnmet,
  "indicator-unreadable": indicatorUnreadable,
  overspent: overspent,
  "rate-mismatch": rateMismatch,
  "rate-unconfirmed": rateUnconfirmed,
  "score-exceeds-weight": scoreExceedsWeight,
  "score-mismatch": scoreMismatch,
  "score-total-mismatch": scoreTotalMismatch,
  "subset-exceeds-total": subsetExceedsTotal,
  "taxonomy-mismatch": taxonomyMismatch,
  "total-mismatch": totalMismatch,
  "total-missing": totalMissing,
  "unit-mismatch": unitMismatch,
  "weight-sum": weightSum,
};
