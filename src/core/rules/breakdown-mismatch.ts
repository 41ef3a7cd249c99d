/**
 * A breakdown of the total that does not add up to it. The provincial department forms state their
 * one total again twice — 按收入性质分 (一般公共预算, 政府性基金拨款 …) and 按支出性质分 (基本支出,
 * 项目支出) — and sometimes a third time in a 基本支出总额 / 项目支出总额 line: each is the same money,
 * so its lines must add up to the amount written with its heading, and that to the total row.
 */
import Big from "big.js";
import type { Breakdown, MoneyTable } from "../model";
import { normalise } from "../text";
import { defineRule, type Report } from "./rule";
import { columnName, compareAt, comparePrecision, moneyText } from "./support/money";

type MessageId = "lines" | "total" | "restated";

interface Sum {
  value: Big;
  decimals: number;
}

/** The lines' exact sum (a label with no amount counts 0); null when a line is unreadable or none has an amount. */
function sumOfLines(breakdown: Breakdown): Sum | null {
  let sum = new Big(0);
  let decimals = 0;
  let seen = false;
  for (const line of breakdown.lines) {
    if (line.amount.kind === "unreadable") return null;
    if (line.amount.kind !== "amount") continue;
    sum = sum.plus(line.amount.value);
    decimals = Math.max(decimals, line.amount.decimals);
    seen = true;
  }
  return seen ? { value: sum, decimals } : null;
}

/** The total row's figures, 执行数 first: the amount a breakdown of a 决算 most often restates. */
function totalFigures(table: MoneyTable): { col: number; value: Big; decimals: number }[] {
  const order = { spent: 0, budget: 1, budgetInitial: 2 } as const;
  const out: { col: number; value: Big; decimals: number; rank: number }[] = [];
  for (const column of table.columns) {
    if (column.partOf !== undefined) continue;
    const cell = table.total?.amounts[column.col];
    if (cell?.kind === "amount") out.push({ col: column.col, value: cell.value, decimals: cell.decimals, rank: order[column.measure] });
  }
  return out.sort((a, b) => a.rank - b.rank);
}

/** `其中：基本支出` and `基本支出总额` name the same line. */
function lineKey(label: string): string {
  return normalise(label).replace(/^其中[:：]?/, "").replace(/总额$/, "");
}

const rule = defineRule({
  meta: {
    id: "breakdown-mismatch",
    severity: "error",
    title: { "zh-CN": "分项之和与总额不符", "en-US": "Breakdown does not add up to the total" },
    messages: {
      lines: {
        "zh-CN": "「{subject}」各项之和为 {expected}，与所填 {actual} 不符",
        "en-US": "The lines of 「{subject}」 add up to {expected}, not the {actual} written with it",
      },
      total: {
        "zh-CN": "「{subject}」合计 {actual}，与「{total}」{columnZh} {expected} 不符",
        "en-US": "「{subject}」 comes to {actual}, but 「{total}」 states {expected} ({columnEn})",
      },
      restated: {
        "zh-CN": "「{subject}」填 {actual}，而「{other}」中同一项填 {expected}，两处不一致",
        "en-US": "「{subject}」 says {actual}, but 「{other}」 gives the same line as {expected}",
      },
    },
  },
  check({ form, report }) {
    const table = form.money;
    if (!table?.breakdowns || !table.total) return;
    const figures = totalFigures(table);
    for (const breakdown of table.breakdowns) checkBreakdown(table, breakdown, figures, report);
    checkRestatements(table, table.breakdowns, report);
  },
});

function checkBreakdown(table: MoneyTable, breakdown: Breakdown, figures: ReturnType<typeof totalFigures>, report: (r: Report<MessageId>) => void): void {
  const sum = sumOfLines(breakdown);
  const stated = breakdown.stated?.amount.kind === "amount" ? breakdown.stated.amount : null;
  const lineCells = breakdown.lines.map((l) => l.cell.address);
  const subject = breakdown.label;
  if (stated && sum) {
    const precision = comparePrecision(table, [stated.decimals, sum.decimals]);
    if (compareAt(stated.value, sum.value, precision) !== 0) {
      const expected = moneyText(sum.value, precision);
      const actual = moneyText(stated.value, stated.decimals);
      report({ messageId: "lines", data: { subject, expected, actual }, at: [breakdown.cell.address, ...lineCells], expected, actual, subject });
      return;
    }
  }
  const whole = stated ? { value: stated.value, decimals: stated.decimals } : sum;
  if (!whole || figures.length === 0) return;
  const agrees = figures.some((f) => compareAt(f.value, whole.value, comparePrecision(table, [f.decimals, whole.decimals])) === 0);
  if (agrees) return;
  const figure = figures[0];
  const name = columnName(table, figure.col);
  const expected = moneyText(figure.value, figure.decimals);
  const actual = moneyText(whole.value, whole.decimals);
  report({
    messageId: "total",
    data: { subject, actual, expected, total: table.total!.label, columnZh: name.zh, columnEn: name.en },
    at: [breakdown.cell.address, ...lineCells],
    expected,
    actual,
    subject,
  });
}

/** Two statements of the same split (the header line and 按支出性质分) must give each line the same amount. */
function checkRestatements(table: MoneyTable, breakdowns: Breakdown[], report: (r: Report<MessageId>) => void): void {
  const header = breakdowns.find((b) => b.source === "header");
  const block = breakdowns.find((b) => b.source === "block" && b.basis === header?.basis);
  if (!header || !block) return;
  for (const line of header.lines) {
    const twin = block.lines.find((l) => lineKey(l.label) === lineKey(line.label));
    if (line.amount.kind !== "amount" || twin?.amount.kind !== "amount") continue;
    const precision = comparePrecision(table, [line.amount.decimals, twin.amount.decimals]);
    if (compareAt(line.amount.value, twin.amount.value, precision) === 0) continue;
    const actual = moneyText(line.amount.value, line.amount.decimals);
    const expected = moneyText(twin.amount.value, twin.amount.decimals);
    report({
      messageId: "restated",
      data: { subject: line.label, other: block.label, actual, expected },
      at: [line.cell.address, twin.cell.address],
      expected,
      actual,
      subject: line.label,
    });
  }
}

export default rule;
