/**
 * A 其中 amount larger than the whole it is part of: the 其中：财政拨款 column against its 总额 column
 * on the same row (department forms, every row including 金额合计), and a 其中… fund line against
 * 年度资金总额 in the same column (project forms).
 */
import type { MoneyRow, MoneyTable } from "../model";
import { defineRule, type Report } from "./rule";
import { amountAt, columnName, compareAmountsAt, comparePrecision, moneyRows, moneyText, type Amount } from "./support/money";

function exceeds(table: MoneyTable, part: Amount, whole: Amount): boolean {
  return compareAmountsAt(part, whole, comparePrecision(table, [part.decimals, whole.decimals])) > 0;
}

function columnParts(table: MoneyTable): Report<"column" | "row">[] {
  const reports: Report<"column" | "row">[] = [];
  for (const row of moneyRows(table)) {
    for (const column of table.columns) {
      if (column.partOf === undefined) continue;
      const part = amountAt(row, column.col);
      const whole = amountAt(row, column.partOf);
      if (!part || !whole || !exceeds(table, part, whole)) continue;
      const partName = columnName(table, column.col);
      const wholeName = columnName(table, column.partOf);
      const expected = `≤ ${moneyText(whole.value, whole.decimals)}`;
      const actual = moneyText(part.value, part.decimals);
      reports.push({
        messageId: "column",
        data: {
          subject: row.label,
          partZh: partName.zh,
          partEn: partName.en,
          wholeZh: wholeName.zh,
          wholeEn: wholeName.en,
          part: actual,
          whole: moneyText(whole.value, whole.decimals),
        },
        at: [part.cell.address, whole.cell.address],
        expected,
        actual,
        subject: row.label,
      });
    }
  }
  return reports;
}

function rowParts(table: MoneyTable, total: MoneyRow): Report<"column" | "row">[] {
  const reports: Report<"column" | "row">[] = [];
  for (const row of table.parts) {
    if (!row.subset) continue;
    for (const column of table.columns) {
      const part = amountAt(row, column.col);
      const whole = amountAt(total, column.col);
      if (!part || !whole || !exceeds(table, part, whole)) continue;
      const name = columnName(table, column.col);
      const actual = moneyText(part.value, part.decimals);
      reports.push({
        messageId: "row",
        data: {
          subject: row.label,
          total: total.label,
          columnZh: name.zh,
          columnEn: name.en,
          part: actual,
          whole: moneyText(whole.value, whole.decimals),
        },
        at: [part.cell.address, whole.cell.address],
        expected: `≤ ${moneyText(whole.value, whole.decimals)}`,
        actual,
        subject: row.label,
      });
    }
  }
  return reports;
}

const rule = defineRule({
  meta: {
    id: "subset-exceeds-total",
    severity: "error",
    title: { "zh-CN": "其中数大于总额", "en-US": "A 其中 part exceeds its total" },
    messages: {
      column: {
        "zh-CN": "「{subject}」{partZh} {part} 大于 {wholeZh} {whole}",
        "en-US": "「{subject}」: {partEn} {part} is more than {wholeEn} {whole}",
      },
      row: {
        "zh-CN": "「{subject}」{columnZh} {part} 大于「{total}」{whole}",
        "en-US": "「{subject}」 in {columnEn} is {part}, more than 「{total}」 {whole}",
      },
    },
  },
  check({ form, report }) {
    const table = form.money;
    if (!table) return;
    const found = columnParts(table);
    if (table.total) found.push(...rowParts(table, table.total));
    for (const r of found) report(r);
  },
});

export default rule;
