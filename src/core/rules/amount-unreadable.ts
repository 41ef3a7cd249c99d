/**
 * A money cell that holds something other than an amount (`约3万`, `#REF!`, `见附表`): the sums and
 * rates that depend on it cannot be checked, so the cell itself is reported.
 */
import { defineRule } from "./rule";
import { columnName, moneyRows } from "./support/money";

const rule = defineRule({
  meta: {
    id: "amount-unreadable",
    severity: "error",
    title: { "zh-CN": "金额无法识别", "en-US": "Amount cannot be read" },
    messages: {
      unreadable: {
        "zh-CN": "「{subject}」{columnZh} 填写的「{raw}」不是金额",
        "en-US": "「{subject}」: {columnEn} holds 「{raw}」, which is not an amount",
      },
      breakdown: {
        "zh-CN": "「{breakdown}」中「{subject}」填写的「{raw}」不是金额",
        "en-US": "In 「{breakdown}」, 「{subject}」 gives 「{raw}」, which is not an amount",
      },
    },
  },
  check({ form, report }) {
    const table = form.money;
    if (!table) return;
    for (const row of moneyRows(table)) {
      for (const column of table.columns) {
        const cell = row.amounts[column.col];
        if (!cell || cell.kind !== "unreadable") continue;
        const name = columnName(table, column.col);
        report({
          messageId: "unreadable",
          data: { subject: row.label, columnZh: name.zh, columnEn: name.en, raw: cell.raw },
          at: [cell.cell.address],
          actual: cell.raw,
          subject: row.label,
        });
      }
    }
    for (const breakdown of table.breakdowns ?? []) {
      for (const line of breakdown.lines) {
        if (line.amount.kind !== "unreadable") continue;
        report({
          messageId: "breakdown",
          data: { breakdown: breakdown.label, subject: line.label, raw: line.amount.raw },
          at: [line.cell.address],
          actual: line.amount.raw,
          subject: line.label,
        });
      }
    }
  },
});

export default rule;
