/**
 * A stated execution rate that disagrees with the amounts: a 执行率 cell against its row's 执行数 ÷
 * 预算数, and an indicator that is the execution rate under another name (预算执行率, 项目资金使用率…)
 * against the form's 执行数 ÷ 预算数. Equal when the computed rate rounds to what is written.
 */
import type Big from "big.js";
import { statedAmount, sumOfParts, wholeColumn } from "../money-table";
import type { MoneyTable } from "../model";
import { isExecutionRateIndicator } from "../indicator/execution-rate";
import type { Rule } from "./rule";
import { amountAt } from "./support/money";
import { rateAgrees, rateText, statedRate, statedRateText } from "./support/percent";

/** 执行数 ÷ 预算数 in percentage points for one row, or null when it cannot be computed. */
function rowRatePoints(table: MoneyTable, row: Parameters<typeof amountAt>[0]): Big | null {
  const budgetCol = wholeColumn(table, "budget");
  const spentCol = wholeColumn(table, "spent");
  if (!budgetCol || !spentCol) return null;
  const budget = amountAt(row, budgetCol.col);
  const spent = amountAt(row, spentCol.col);
  if (!budget || !spent || budget.value.eq(0)) return null;
  return spent.value.div(budget.value).times(100);
}

/**
 * The form's execution rate as its author would compute it: from the totals row as stated, or from
 * the parts when there is no totals row. (A wrong total is total-mismatch's finding, not this one's.)
 */
function formRatePoints(table: MoneyTable): Big | null {
  const budgetCol = wholeColumn(table, "budget");
  const spentCol = wholeColumn(table, "spent");
  if (!budgetCol || !spentCol) return null;
  const amount = (col: number) => (table.total ? statedAmount(table.total, col) : sumOfParts(table, col));
  const budget = amount(budgetCol.col);
  const spent = amount(spentCol.col);
  if (!budget || !spent || budget.value.eq(0)) return null;
  return spent.value.div(budget.value).times(100);
}

const rule: Rule = {
  meta: {
    id: "rate-mismatch",
    severity: "error",
    title: { "zh-CN": "执行率与金额不符", "en-US": "Execution rate differs from the amounts" },
    messages: {
      row: {
        "zh-CN": "「{subject}」执行率应为 {expected}（执行数 ÷ 预算数），表中填写 {actual}",
        "en-US": "「{subject}」: the execution rate should be {expected} (spent ÷ budget) but the cell says {actual}",
      },
      indicator: {
        "zh-CN": "「{subject}」实际完成值 {actual} 与资金执行率 {expected}（执行数 ÷ 预算数）不符",
        "en-US": "「{subject}」 says {actual}, but the execution rate from the amounts (spent ÷ budget) is {expected}",
      },
    },
  },
  check({ form, report }) {
    const table = form.money;
    if (!table) return;

    for (const row of [...table.parts, ...(table.total ? [table.total] : [])]) {
      if (!row.rate) continue;
      const stated = statedRate(row.rate.actual);
      const computed = rowRatePoints(table, row);
      if (!stated || !computed || rateAgrees(computed, stated)) continue;
      const expected = rateText(computed, stated);
      const actual = statedRateText(stated);
      report({
        messageId: "row",
        data: { subject: row.label, expected, actual },
        cells: [row.rate.cell.address],
        expected,
        actual,
        subject: row.label,
      });
    }

    const formRate = formRatePoints(table);
    if (!formRate) return;
    for (const indicator of form.indicators?.rows ?? []) {
      if (indicator.notApplicable || !isExecutionRateIndicator(indicator.name)) continue;
      const stated = statedRate(indicator.actual);
      if (!stated || rateAgrees(formRate, stated)) continue;
      const expected = rateText(formRate, stated);
      const actual = statedRateText(stated);
      report({
        messageId: "indicator",
        data: { subject: indicator.name, expected, actual },
        cells: [indicator.actualCell.address],
        expected,
        actual,
        subject: indicator.name,
      });
    }
  },
};

export default rule;
