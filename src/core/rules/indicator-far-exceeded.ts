/**
 * An actual at 130% or more of an at-least target (>20次 → 29, 145%). Not an error: reviewers ask
 * whether the target was set low on purpose, and some provinces require an explanation.
 */
import { formatActual, formatTarget } from "../parse/notation";
import { defineRule } from "./rule";
import { checkedIndicators, percentOfTarget } from "./support/indicators";

const rule = defineRule({
  meta: {
    id: "indicator-far-exceeded",
    severity: "info",
    title: { "zh-CN": "大幅超额完成", "en-US": "Target far exceeded" },
    messages: {
      exceeded: {
        "zh-CN": "「{subject}」实际完成值 {actual} 为预期指标值 {target} 的 {percent}，指标值可能设置偏低",
        "en-US": "「{subject}」: actual {actual} is {percent} of the target {target}; the target may have been set too low",
      },
    },
  },
  check({ form, outcomeOf, report }) {
    for (const row of checkedIndicators(form)) {
      const outcome = outcomeOf(row);
      if (outcome.status !== "far-exceeded") continue;
      const target = formatTarget(row.target);
      const actual = formatActual(row.actual);
      report({
        messageId: "exceeded",
        data: { subject: row.name, target, actual, percent: percentOfTarget(row, outcome) ?? "≥130%" },
        at: [row.actualCell.address],
        expected: target,
        actual,
        subject: row.name,
      });
    }
  },
});

export default rule;
