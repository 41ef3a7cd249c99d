/**
 * An actual above the upper bound of a range target (10项-20项 → 33): the range was meant to bound the
 * work, so overshooting it is worth a question.
 */
import { formatActual, formatTarget } from "../parse/notation";
import { defineRule } from "./rule";
import { checkedIndicators } from "./support/indicators";

const rule = defineRule({
  meta: {
    id: "indicator-exceeds-range",
    severity: "warning",
    title: { "zh-CN": "超出指标值区间", "en-US": "Above the target range" },
    messages: {
      above: {
        "zh-CN": "「{subject}」实际完成值 {actual} 超出预期指标值 {target} 的上限",
        "en-US": "「{subject}」: actual {actual} is above the range {target}",
      },
    },
  },
  check({ form, outcomeOf, report }) {
    for (const row of checkedIndicators(form)) {
      if (outcomeOf(row).status !== "above-range") continue;
      const target = formatTarget(row.target);
      const actual = formatActual(row.actual);
      report({
        messageId: "above",
        data: { subject: row.name, target, actual },
        at: [row.actualCell.address],
        expected: target,
        actual,
        subject: row.name,
      });
    }
  },
});

export default rule;
