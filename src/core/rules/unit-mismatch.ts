/**
 * Actual and target in different units that do not convert (12天 against ≤10个月 converts nothing;
 * 36人 against >50人次 is a different count): the comparison would be meaningless.
 */
import { formatActual, formatTarget } from "../parse/notation";
import { defineRule } from "./rule";
import { checkedIndicators } from "./support/indicators";

const rule = defineRule({
  meta: {
    id: "unit-mismatch",
    severity: "warning",
    title: { "zh-CN": "单位不一致", "en-US": "Units differ" },
    messages: {
      units: {
        "zh-CN": "「{subject}」实际完成值 {actual} 与预期指标值 {target} 的单位不一致（{actualUnit} / {targetUnit}）",
        "en-US": "「{subject}」: the actual {actual} and the target {target} are in different units ({actualUnit} / {targetUnit})",
      },
    },
  },
  check({ form, outcomeOf, report }) {
    for (const row of checkedIndicators(form)) {
      if (outcomeOf(row).status !== "unit-mismatch") continue;
      const target = formatTarget(row.target);
      const actual = formatActual(row.actual);
      const targetUnit = row.target.kind === "quantity" || row.target.kind === "range" ? row.target.unit : null;
      const actualUnit = row.actual.kind === "number" ? row.actual.unit : null;
      report({
        messageId: "units",
        data: { subject: row.name, target, actual, targetUnit: targetUnit ?? "—", actualUnit: actualUnit ?? "—" },
        at: [row.actualCell.address],
        expected: target,
        actual,
        subject: row.name,
      });
    }
  },
});

export default rule;
