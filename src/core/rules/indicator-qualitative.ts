/**
 * Indicators a person has to judge: a qualitative target answered in free text, or a grade of
 * 部分达成 / 基本完成 whose score depends on judgement. Listed, not faulted. A target left blank or
 * written `—` (银川's 项目决策 / 项目管理 lines) is said to be not listed: quoting it would show 「」.
 */
import { formatActual, formatTarget } from "../parse/notation";
import { defineRule } from "./rule";
import { checkedIndicators } from "./support/indicators";

const rule = defineRule({
  meta: {
    id: "indicator-qualitative",
    severity: "info",
    title: { "zh-CN": "需人工判断的定性指标", "en-US": "Qualitative indicator to judge" },
    messages: {
      qualitative: {
        "zh-CN": "「{subject}」为定性指标（预期指标值「{target}」，实际完成情况「{actual}」），请人工判断是否达成",
        "en-US": "「{subject}」 is qualitative (target 「{target}」, actual 「{actual}」): a person has to judge whether it was met",
      },
      noTarget: {
        "zh-CN": "「{subject}」未列预期指标值，实际完成情况为「{actual}」，请人工判断是否达成",
        "en-US": "「{subject}」 lists no target and gives 「{actual}」 as its actual: a person has to judge whether it was met",
      },
      partial: {
        "zh-CN": "「{subject}」实际完成情况「{actual}」为部分达成（预期指标值「{target}」），请人工判断",
        "en-US": "「{subject}」: the actual 「{actual}」 is a partial achievement of 「{target}」; a person has to judge it",
      },
    },
  },
  check({ form, outcomeOf, report }) {
    for (const row of checkedIndicators(form)) {
      const status = outcomeOf(row).status;
      if (status !== "qualitative" && status !== "partial") continue;
      const target = formatTarget(row.target);
      const actual = formatActual(row.actual);
      report({
        messageId: status === "qualitative" && row.target.kind === "blank" ? "noTarget" : status,
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
