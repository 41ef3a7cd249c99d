/**
 * A stated 总分 (the 总分/合计 line, or Chongqing's 自评总分 field) that is not the sum of the 得分 the
 * form states, budget part included. With 不适用 indicators the rescaled sum is also accepted; with
 * the 执行率 cap switched on, the cap is the right 总分 when the scores add up to more, and a 总分
 * above the cap is reported.
 */
import Big from "big.js";
import { rescaleTo100 } from "../scoring";
import { formatRate } from "../summary";
import { defineRule } from "./rule";
import { scoresDiffer, scoreText, statedText } from "./support/scores";

const rule = defineRule({
  meta: {
    id: "score-total-mismatch",
    severity: "error",
    title: { "zh-CN": "总分与各项得分之和不符", "en-US": "Total score differs from the sum of the scores" },
    messages: {
      mismatch: {
        "zh-CN": "「{subject}」应为 {expected}（各项得分之和），表中填写 {actual}",
        "en-US": "「{subject}」 should be {expected} (the sum of the scores) but the form says {actual}",
      },
      blank: {
        "zh-CN": "「{subject}」未填写，各项得分之和为 {expected}",
        "en-US": "「{subject}」 is blank; the scores add up to {expected}",
      },
      capped: {
        "zh-CN": "「{subject}」{actual} 超过上限：执行率 {rate} 时总分不得超过 {expected}",
        "en-US": "「{subject}」 {actual} is above the cap: with an execution rate of {rate} the total may not exceed {expected}",
      },
    },
  },
  check({ form, score, report }) {
    const total = form.scoring?.total;
    const cell = total?.score;
    if (!total || !cell) return;
    const scored = score;
    const sum = scored.statedSum;
    const subject = total.label;
    const cap = scored.cap;
    // With the 执行率 cap on, a sum above it is stated as the cap itself.
    const capOf = (value: Big): Big | null => (cap && value.gt(cap.limit) ? new Big(cap.limit) : null);

    if (cell.value.kind === "blank") {
      if (!sum) return;
      const expected = scoreText(capOf(sum) ?? sum);
      report({ messageId: "blank", data: { subject, expected }, at: [cell.cell.address], expected, actual: "", subject });
      return;
    }
    if (cell.value.kind !== "amount") return;
    const stated = cell.value.value;
    const actual = statedText(cell);

    if (sum) {
      const rescaled = rescaleTo100(sum, scored.notApplicableWeight);
      const capped = capOf(rescaled ?? sum);
      const agrees = [sum, rescaled, capped].some((v) => v !== null && !scoresDiffer(stated, v));
      if (!agrees) {
        const expected = scoreText(capped ?? rescaled ?? sum);
        report({ messageId: "mismatch", data: { subject, expected, actual }, at: [cell.cell.address], expected, actual, subject });
        return;
      }
    }
    if (cap && stated.gt(cap.limit)) {
      const expected = `≤ ${cap.limit}`;
      report({
        messageId: "capped",
        data: { subject, expected: String(cap.limit), actual, rate: formatRate(cap.rate) },
        at: [cell.cell.address],
        expected,
        actual,
        subject,
      });
    }
  },
});

export default rule;
