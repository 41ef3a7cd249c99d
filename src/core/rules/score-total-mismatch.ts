/**
 * A stated 总分 (the 总分/合计 line, or Chongqing's 自评总分 field) that is not the sum of the 得分 the
 * form states, budget part included. With 不适用 indicators the rescaled sum is also accepted; with
 * the 执行率 cap switched on, a 总分 above the cap is reported.
 */
import Big from "big.js";
import { scoreForm } from "../scoring";
import { formatRate } from "../summary";
import type { Rule } from "./rule";
import { scoresDiffer, scoreText, statedText } from "./support/scores";

const HUNDRED = new Big(100);

const rule: Rule = {
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
  check({ form, options, report }) {
    const total = form.scoring?.total;
    const cell = total?.score;
    if (!total || !cell) return;
    const scored = scoreForm(form, options);
    const sum = scored.statedSum;
    const subject = total.label;

    if (cell.value.kind === "blank") {
      if (!sum) return;
      const expected = scoreText(sum);
      report({ messageId: "blank", data: { subject, expected }, cells: [cell.cell.address], expected, actual: "", subject });
      return;
    }
    if (cell.value.kind !== "amount") return;
    const stated = cell.value.value;
    const actual = statedText(cell);

    if (sum) {
      const na = scored.notApplicableWeight;
      const rescaled = na.gt(0) && HUNDRED.gt(na) ? sum.times(HUNDRED).div(HUNDRED.minus(na)) : null;
      if (scoresDiffer(stated, sum) && (!rescaled || scoresDiffer(stated, rescaled))) {
        const expected = scoreText(rescaled ?? sum);
        report({ messageId: "mismatch", data: { subject, expected, actual }, cells: [cell.cell.address], expected, actual, subject });
        return;
      }
    }
    const cap = scored.cap;
    if (cap && stated.gt(cap.limit)) {
      const expected = `≤ ${cap.limit}`;
      report({
        messageId: "capped",
        data: { subject, expected: String(cap.limit), actual, rate: formatRate(cap.rate) },
        cells: [cell.cell.address],
        expected,
        actual,
        subject,
      });
    }
  },
};

export default rule;
