/**
 * A stated execution rate that disagrees with the amounts: a 执行率 cell against its row's 执行数 ÷
 * 预算数, and an indicator that is the execution rate under another name (预算执行率, 项目资金使用率…)
 * against the form's 执行数 ÷ 预算数. Equal when the computed rate rounds to what is written.
 */
import type Big from "big.js";
import { basisNote, type MoneyFacts } from "../form-facts";
import { wholeColumn } from "../money-table";
import type { MoneyTable } from "../model";
import { isExecutionRateIndicator } from "../indicator/execution-rate";
import { rateAgrees, rateText, statedRate, statedRateText } from "../parse/stated-rate";
import { defineRule } from "./rule";
import { amountAt } from "./support/money";

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

/** The form's execution rate in percentage points, on its one basis (money-table.ts). */
function formRatePoints(money: MoneyFacts): Big | null {
  const rate = money.executionRate();
  return rate ? rate.times(100) : null;
}

const rule = defineRule({
  meta: {
    id: "rate-mismatch",
    severity: "error",
    title: { "zh-CN": "执行率与金额不符", "en-US": "Execution rate differs from the amounts" },
    messages: {
      row: {
        "zh-CN": "「{subject}」执行率应为 {expected}（执行数 ÷ 预算数），表中填写 {actual}{basisZh}",
        "en-US": "「{subject}」: the execution rate should be {expected} (spent ÷ budget) but the cell says {actual}{basisEn}",
      },
      indicator: {
        "zh-CN": "「{subject}」实际完成值 {actual} 与资金执行率 {expected}（执行数 ÷ 预算数）不符{basisZh}",
        "en-US": "「{subject}」 says {actual}, but the execution rate from the amounts (spent ÷ budget) is {expected}{basisEn}",
      },
    },
  },
  check({ form, money, report }) {
    const table = form.money;
    if (!table || !money) return;

    const note = basisNote(money);
    const basis = { basisZh: note["zh-CN"], basisEn: note["en-US"] };
    // The totals line's 执行率 is the form's: on a form with two bases, the basis the other figures use.
    const onBasis = money.basis()?.other !== undefined;
    for (const row of [...table.parts, ...(table.total ? [table.total] : [])]) {
      if (!row.rate) continue;
      const stated = statedRate(row.rate.actual);
      const isTotal = row === table.total;
      const computed = isTotal && onBasis ? formRatePoints(money) : rowRatePoints(table, row);
      if (!stated || !computed || rateAgrees(computed, stated)) continue;
      const expected = rateText(computed, stated);
      const actual = statedRateText(stated);
      report({
        messageId: "row",
        data: { subject: row.label, expected, actual, ...(isTotal ? basis : { basisZh: "", basisEn: "" }) },
        at: [row.rate.cell.address],
        expected,
        actual,
        subject: row.label,
      });
    }

    const formRate = formRatePoints(money);
    if (!formRate) return;
    for (const indicator of form.indicators?.rows ?? []) {
      if (indicator.notApplicable || !isExecutionRateIndicator(indicator.name)) continue;
      const stated = statedRate(indicator.actual);
      if (!stated || rateAgrees(formRate, stated)) continue;
      const expected = rateText(formRate, stated);
      const actual = statedRateText(stated);
      report({
        messageId: "indicator",
        data: { subject: indicator.name, expected, actual, ...basis },
        at: [indicator.actualCell.address],
        expected,
        actual,
        subject: indicator.name,
      });
    }
  },
});

export default rule;
