/**
 * A 得分 larger than its 分值: on an indicator row, on the budget-execution line, or a 总分 larger
 * than the 分值 the form adds up to (its 总分 row's, or the weights above it when they are more). No
 * rule can give more than the weight.
 */
import type Big from "big.js";
import type { ScoreCell } from "../model";
import { defineRule } from "./rule";
import { scoreText, statedText } from "./support/scores";

const amount = (cell: ScoreCell | undefined): Big | null => (cell?.value.kind === "amount" ? cell.value.value : null);

const rule = defineRule({
  meta: {
    id: "score-exceeds-weight",
    severity: "error",
    title: { "zh-CN": "得分超过分值", "en-US": "Score above its weight" },
    messages: {
      row: {
        "zh-CN": "「{subject}」得分 {actual} 超过分值 {expected}",
        "en-US": "「{subject}」: the score {actual} is more than its weight {expected}",
      },
      total: {
        "zh-CN": "「{subject}」{actual} 超过分值合计 {expected}",
        "en-US": "「{subject}」 {actual} is more than the weights add up to ({expected})",
      },
    },
  },
  check({ form, score, report }) {
    const scored = score;
    for (const { row, stated } of scored.rows) {
      const weight = amount(row.weight);
      if (!stated || !weight || !stated.gt(weight)) continue;
      const expected = statedText(row.weight);
      const actual = statedText(row.score);
      report({
        messageId: "row",
        data: { subject: row.name, expected, actual },
        at: [row.score!.cell.address, row.weight!.cell.address],
        expected,
        actual,
        subject: row.name,
      });
    }
    const budget = scored.budget;
    const budgetScore = amount(budget?.scoreCell);
    if (budget && budgetScore && budgetScore.gt(budget.weight)) {
      const expected = scoreText(budget.weight);
      const actual = statedText(budget.scoreCell);
      report({
        messageId: "row",
        data: { subject: budget.label, expected, actual },
        at: [budget.scoreCell!.cell.address, ...(budget.weightCell ? [budget.weightCell.cell.address] : [])],
        expected,
        actual,
        subject: budget.label,
      });
    }
    const total = form.scoring?.total;
    const totalScore = amount(total?.score);
    const totalWeight = amount(total?.weight);
    // The 总分 row's 分值 may total the indicators alone; 总分 may then reach it plus the budget part.
    const allWeights = [...(form.indicators?.rows ?? []).map((r) => amount(r.weight)), budget?.weight ?? null]
      .filter((w): w is Big => w !== null)
      .reduce((sum: Big | null, w) => (sum ? sum.plus(w) : w), null);
    const limit = totalWeight && allWeights && allWeights.gt(totalWeight) ? allWeights : totalWeight;
    if (total && totalScore && totalWeight && limit && totalScore.gt(limit)) {
      const expected = statedText(total.weight);
      const actual = statedText(total.score);
      report({
        messageId: "total",
        data: { subject: total.label, expected, actual },
        at: [total.score!.cell.address, total.weight!.cell.address],
        expected,
        actual,
        subject: total.label,
      });
    }
  },
});

export default rule;
