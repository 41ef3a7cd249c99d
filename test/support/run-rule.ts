/** Runs one rule on a Form the way runRules does, for tests that look at a single rule's findings. */
import type { Finding, Form } from "../../src/core/model";
import { toFinding, type CheckOptions, type Rule } from "../../src/core/rules/rule";

export function runRule(rule: Rule, form: Form, options: CheckOptions = {}): Finding[] {
  const findings: Finding[] = [];
  rule.check({ form, options, report: (r) => findings.push(toFinding(rule.meta, r)) });
  return findings;
}
