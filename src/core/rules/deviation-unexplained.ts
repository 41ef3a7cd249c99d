/**
 * An unmet indicator whose 偏差原因分析 is left blank, on a form that has a column for it: the
 * explanation is the part of the form the reviewer reads first for such indicators. With the Guangxi
 * switch (explainOverAchievement), an actual at 130% or more of its target must be explained too.
 */
import { a1 } from "../grid";
import { formatActual, formatTarget } from "../parse/notation";
import { defineRule } from "./rule";
import { checkedIndicators, isWritten, percentOfTarget } from "./support/indicators";

const rule = defineRule({
  meta: {
    id: "deviation-unexplained",
    severity: "error",
    title: { "zh-CN": "偏差未说明原因", "en-US": "Deviation not explained" },
    messages: {
      unmet: {
        "zh-CN": "「{subject}」实际完成值 {actual} 未达成预期指标值 {target}，但未填写偏差原因分析",
        "en-US": "「{subject}」 misses its target {target} (actual {actual}) but the explanation column is blank",
      },
      exceeded: {
        "zh-CN": "「{subject}」实际完成值 {actual} 为预期指标值 {target} 的 {percent}，但未填写偏差原因分析",
        "en-US": "「{subject}」 is at {percent} of its target {target} (actual {actual}) but the explanation column is blank",
      },
    },
  },
  check({ form, options, outcomeOf, report }) {
    const explanationCol = form.indicators?.columns.explanation;
    if (explanationCol === undefined) return;
    for (const row of checkedIndicators(form)) {
      const outcome = outcomeOf(row);
      const due = outcome.status === "unmet" || (outcome.status === "far-exceeded" && options.explainOverAchievement === true);
      if (!due) continue;
      if (isWritten(row.explanation?.text)) continue;
      const target = formatTarget(row.target);
      const actual = formatActual(row.actual);
      const explanationCell = row.explanation?.cell.address ?? a1(row.row, explanationCol);
      report({
        messageId: outcome.status === "unmet" ? "unmet" : "exceeded",
        data: { subject: row.name, target, actual, percent: percentOfTarget(row, outcome) ?? "≥130%" },
        at: [explanationCell, row.actualCell.address],
        expected: target,
        actual,
        subject: row.name,
      });
    }
  },
});

export default rule;
