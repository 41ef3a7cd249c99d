/**
 * A rule's examples, after ESLint's RuleTester: one small form on which the rule fires (with the
 * message id it reports) and one on which it stays silent. docs/rules/<id>.md shows both, with the
 * findings the engine gives on them; test/docs/rule-examples.test.ts runs them, so a page cannot
 * say what the rule does not do.
 */
import type { SheetSpec } from "../samples/sheet-spec";

export interface RuleExample {
  /** What the example shows, in both languages (one sentence). */
  about: { "zh-CN": string; "en-US": string };
  sheet: SheetSpec;
}

export interface RuleExamples {
  fires: RuleExample & { messageId: string };
  passes: RuleExample;
}
