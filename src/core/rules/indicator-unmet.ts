/**
 * An actual that does not meet its target: below a range, failing the operator (more than a ceiling,
 * less than a floor, not equal), or a qualitative grade of 未达成.
 */
import { formatActual, formatTarget } from "../parse/notation";
import type { IndicatorRow } from "../model";
import { defineRule } from "./rule";
import { checkedIndicators } from "./support/indicators";

/** Which sentence fits: a ceiling is exceeded, an equality missed, a grade given, a floor not reached. */
function messageIdFor(row: IndicatorRow, op: string | undefined): "grade" | "ceiling" | "equal" | "floor" {
  if (row.actual.kind === "grade" || row.target.kind === "qualitative") return "grade";
  const effective = op ?? (row.target.kind === "quantity" ? row.target.op : undefined);
  if (effective === "lt" || effective === "le") return "ceiling";
  if (effective === "eq") return "equal";
  return "floor";
}

const rule = defineRule({
  meta: {
    id: "indicator-unmet",
    severity: "error",
    title: { "zh-CN": "指标未完成", "en-US": "Target not met" },
    messages: {
      floor: {
        "zh-CN": "「{subject}」实际完成值 {actual} 未达到预期指标值 {target}",
        "en-US": "「{subject}」: actual {actual} does not reach the target {target}",
      },
      ceiling: {
        "zh-CN": "「{subject}」实际完成值 {actual} 超过预期指标值 {target}",
        "en-US": "「{subject}」: actual {actual} is above the ceiling {target}",
      },
      equal: {
        "zh-CN": "「{subject}」实际完成值 {actual} 不等于预期指标值 {target}",
        "en-US": "「{subject}」: actual {actual} is not the target {target}",
      },
      grade: {
        "zh-CN": "「{subject}」实际完成情况「{actual}」，未达成预期指标值「{target}」",
        "en-US": "「{subject}」: the actual 「{actual}」 does not achieve the target 「{target}」",
      },
    },
  },
  check({ form, outcomeOf, report }) {
    for (const row of checkedIndicators(form)) {
      const outcome = outcomeOf(row);
      if (outcome.status !== "unmet") continue;
      const target = formatTarget(row.target);
      const actual = formatActual(row.actual);
      report({
        messageId: messageIdFor(row, outcome.op),
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
