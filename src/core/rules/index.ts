/**
 * The rule registry and the one function that runs it. Adding a rule touches its own file, one line
 * here, and its test; nothing else in the engine knows the list.
 */
import { parseA1 } from "../grid";
import type { CheckContext } from "../check-context";
import type { Finding, Severity } from "../model";
import { toFinding, type Rule } from "./rule";

import amountUnreadable from "./amount-unreadable";
import breakdownMismatch from "./breakdown-mismatch";
import deviationUnexplained from "./deviation-unexplained";
import indicatorExceedsRange from "./indicator-exceeds-range";
import indicatorFarExceeded from "./indicator-far-exceeded";
import indicatorMissingActual from "./indicator-missing-actual";
import indicatorQualitative from "./indicator-qualitative";
import indicatorUnmet from "./indicator-unmet";
import indicatorUnreadable from "./indicator-unreadable";
import overspent from "./overspent";
import gradeMismatch from "./grade-mismatch";
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

/** Money first, then indicators, then scores: also the order of findings that tie on severity and cell. */
export const rules: Rule[] = [
  totalMissing,
  totalMismatch,
  breakdownMismatch,
  subsetExceedsTotal,
  overspent,
  amountUnreadable,
  rateMismatch,
  rateUnconfirmed,
  indicatorMissingActual,
  indicatorUnmet,
  indicatorExceedsRange,
  indicatorFarExceeded,
  indicatorUnreadable,
  indicatorQualitative,
  unitMismatch,
  taxonomyMismatch,
  deviationUnexplained,
  scoreExceedsWeight,
  scoreMismatch,
  weightSum,
  scoreTotalMismatch,
  gradeMismatch,
];

const byId = new Map(rules.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sheet position of a finding's first cell (row, then column); findings without cells go last. */
function position(finding: Finding): [number, number] {
  const first = finding.cells[0];
  if (first === undefined) return [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
  const { row, col } = parseA1(first);
  return [row, col];
}

/** Runs every rule in one check's context: findings by severity, then in sheet order of their first cell. */
export function runRules(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    rule.check({ ...context, report: (report) => findings.push(toFinding(rule.meta, report)) });
  }
  const keyed = findings.map((finding, index) => ({ finding, index, at: position(finding) }));
  keyed.sort(
    (a, b) =>
      SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] ||
      a.at[0] - b.at[0] ||
      a.at[1] - b.at[1] ||
      a.index - b.index,
  );
  return keyed.map((k) => k.finding);
}
