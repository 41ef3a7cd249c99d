/**
 * More spent than budgeted on a row (执行数 > 预算数). Not always wrong — a budget adjusted late in the
 * year may not be in the form — so a warning for the reviewer to ask about.
 */
import { wholeColumn } from "../money-table";
import { defineRule } from "./rule";
import { amountAt, columnName, compareAmountsAt, comparePrecision, moneyRows, moneyText } from "./support/money";

const rule = defineRule({
  meta: {
    id: "overspent",
    severity: "warning",
    title: { "zh-CN": "执行数超过预算数", "en-US": "Spent more than budgeted" },
    messages: {
      overspent: {
        "zh-CN": "「{subject}」{spentZh} {spent} 超过 {budgetZh} {budget}",
        "en-US": "「{subject}」: {spentEn} {spent} is more than {budgetEn} {budget}",
      },
    },
  },
  check({ form, report }) {
    const table = form.money;
    if (!table) return;
    const budgetCol = wholeColumn(table, "budget");
    const spentCol = wholeColumn(table, "spent");
    if (!budgetCol || !spentCol) return;
    const budgetName = columnName(table, budgetCol.col);
    const spentName = columnName(table, spentCol.col);
    for (const row of moneyRows(table)) {
      const budget = amountAt(row, budgetCol.col);
      const spent = amountAt(row, spentCol.col);
      if (!budget || !spent) continue;
      const precision = comparePrecision(table, [budget.decimals, spent.decimals]);
      if (compareAmountsAt(spent, budget, precision) <= 0) continue;
      const spentText = moneyText(spent.value, spent.decimals);
      const budgetText = moneyText(budget.value, budget.decimals);
      report({
        messageId: "overspent",
        data: {
          subject: row.label,
          spentZh: spentName.zh,
          spentEn: spentName.en,
          budgetZh: budgetName.zh,
          budgetEn: budgetName.en,
          spent: spentText,
          budget: budgetText,
        },
        at: [spent.cell.address, budget.cell.address],
        expected: `≤ ${budgetText}`,
        actual: spentText,
        subject: row.label,
      });
    }
  },
});

export default rule;
