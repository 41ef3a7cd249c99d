/** Runs rules on a Form the way a check does (one context, shared facts), for tests that start from a Form. */
import { checkContext } from "../../src/core/check-context";
import type { CheckOptions, Finding, Form } from "../../src/core/model";
import { runRules } from "../../src/core/rules";
import { toFinding, type Rule } from "../../src/core/rules/rule";

export function runRule(rule: Rule, form: Form, options: CheckOptions = {}): Finding[] {
  const findings: Finding[] = [];
  rule.check({ ...checkContext(form, options), report: (r) => findings.push(toFinding(rule.meta, r)) });
  return findings;
}

/** Every rule, in the registry's order, sorted as a check sorts them. */
export function runAllRules(form: Form, options: CheckOptions = {}): Finding[] {
  return runRules(checkContext(form, options));
}
