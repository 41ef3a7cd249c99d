/**
 * A target with no actual value. When the actual is left blank (or `无`) and the explanation column
 * says why — 没有轮换、动用库存 — the gap is explained: still listed, as a warning.
 */
import { formatTarget } from "../parse/notation";
import { defineRule } from "./rule";
import { checkedIndicators, isWritten } from "./support/indicators";

/** Long explanations are cut in messages; the cell itself has the full text. */
function excerpt(text: string, max = 40): string {
  const t = text.trim().replace(/\s+/g, " ");
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

const rule = defineRule({
  meta: {
    id: "indicator-missing-actual",
    severity: "error",
    title: { "zh-CN": "未填写实际完成值", "en-US": "Actual value missing" },
    messages: {
      missing: {
        "zh-CN": "「{subject}」未填写实际完成值（预期指标值 {target}）",
        "en-US": "「{subject}」 has no actual value (target {target})",
      },
      explained: {
        "zh-CN": "「{subject}」未填写实际完成值（预期指标值 {target}），已说明原因：{explanation}",
        "en-US": "「{subject}」 has no actual value (target {target}); the form explains: {explanation}",
      },
    },
  },
  check({ form, outcomeOf, report }) {
    for (const row of checkedIndicators(form)) {
      if (outcomeOf(row).status !== "missing") continue;
      const target = formatTarget(row.target);
      const explained = row.actual.kind === "blank" && isWritten(row.explanation?.text);
      const cells = [row.actualCell.address];
      if (explained && row.explanation) cells.push(row.explanation.cell.address);
      report({
        messageId: explained ? "explained" : "missing",
        data: { subject: row.name, target, explanation: excerpt(row.explanation?.text ?? "") },
        at: cells,
        expected: target,
        actual: row.actual.raw,
        subject: row.name,
        ...(explained ? { severity: "warning" as const } : {}),
      });
    }
  },
});

export default rule;
