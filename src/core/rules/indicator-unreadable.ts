/**
 * A quantitative target or actual that cannot be read as a value (`完成` against `≤30万元`, `见附件`):
 * the indicator cannot be checked until a person reads it.
 */
import { formatActual, formatTarget } from "../parse/notation";
import { defineRule } from "./rule";
import { checkedIndicators } from "./support/indicators";

const rule = defineRule({
  meta: {
    id: "indicator-unreadable",
    severity: "warning",
    title: { "zh-CN": "指标值无法识别", "en-US": "Indicator value cannot be read" },
    messages: {
      target: {
        "zh-CN": "「{subject}」预期指标值「{targetRaw}」无法识别，无法判断是否完成",
        "en-US": "「{subject}」: the target 「{targetRaw}」 cannot be read, so it cannot be checked",
      },
      actual: {
        "zh-CN": "「{subject}」实际完成值「{actualRaw}」无法与预期指标值 {target} 比较",
        "en-US": "「{subject}」: the actual 「{actualRaw}」 cannot be compared with the target {target}",
      },
    },
  },
  check({ form, outcomeOf, report }) {
    for (const row of checkedIndicators(form)) {
      if (outcomeOf(row).status !== "unreadable") continue;
      const targetUnreadable = row.target.kind === "unreadable" || row.target.kind === "blank";
      const target = formatTarget(row.target);
      const actual = formatActual(row.actual);
      report({
        messageId: targetUnreadable ? "target" : "actual",
        data: { subject: row.name, target, targetRaw: row.target.raw, actualRaw: row.actual.raw },
        at: [targetUnreadable ? row.targetCell.address : row.actualCell.address],
        expected: target,
        actual,
        subject: row.name,
      });
    }
  },
});

export default rule;
