/**
 * A totals cell that is not the exact sum of its parts: the 金额合计 row against the task rows
 * (department forms), the 年度资金总额 row against the fund lines under it (project forms).
 */
import { defineRule } from "./rule";
import { columnName, compareAt, comparePrecision, computedMoneyText, moneyText } from "./support/money";

const rule = defineRule({
  meta: {
    id: "total-mismatch",
    severity: "error",
    title: { "zh-CN": "合计数与明细之和不符", "en-US": "Total differs from the sum of its parts" },
    messages: {
      mismatch: {
        "zh-CN": "「{subject}」{columnZh} 应为 {expected}（各行之和），表中填写 {actual}",
        "en-US": "Total of {columnEn} should be {expected} (the sum of the rows above) but the cell says {actual}",
      },
      blank: {
        "zh-CN": "「{subject}」{columnZh} 未填写，各行之和为 {expected}",
        "en-US": "Total of {columnEn} is blank; the rows add up to {expected}",
      },
    },
  },
  check({ form, money, report }) {
    const table = form.money;
    const total = table?.total;
    if (!table || !total || !money) return;
    for (const column of table.columns) {
      const cell = total.amounts[column.col];
      // An unreadable total or part is amount-unreadable's finding; a sum of unknowns is unknown.
      if (!cell || cell.kind === "unreadable") continue;
      const sum = money.sumOfParts(column.col);
      if (!sum) continue;
      const name = columnName(table, column.col);
      const shown = Math.max(sum.decimals, cell.kind === "amount" ? cell.decimals : 0);
      const precision = comparePrecision(table, [shown]);
      const expected = computedMoneyText(table, sum.value, shown);
      const data = { subject: total.label, columnZh: name.zh, columnEn: name.en, expected };
      if (cell.kind === "blank") {
        if (sum.value.round(precision).eq(0)) continue;
        report({ messageId: "blank", data, at: [cell.cell.address], expected, actual: "", subject: total.label });
        continue;
      }
      if (compareAt(cell.value, sum.value, precision) === 0) continue;
      const actual = moneyText(cell.value, cell.decimals);
      report({
        messageId: "mismatch",
        data: { ...data, actual },
        at: [cell.cell.address],
        expected,
        actual,
        subject: total.label,
      });
    }
  },
});

export default rule;
