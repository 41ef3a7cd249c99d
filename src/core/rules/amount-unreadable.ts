/**
 * A money cell that holds something other than an amount (`约3万`, `#REF!`, `见附表`): the sums and
 * rates that depend on it cannot be checked, so the cell itself is reported. When the text is a number
 * but for a character or two (`1,2OO.00` typed with the letter O), the message points at the first
 * one, so the person fixing it need not hunt for it.
 */
import type { Lang } from "../model";
import { defineRule } from "./rule";
import { columnName, moneyRows } from "./support/money";

/** What an amount may hold besides digits: separators, signs, brackets, spaces, 元/万元 and %. */
const AMOUNT_CHAR = /[0-9０-９.,，、。\s+\-−()（）元万亿%％]/u;

/** The first character that stops a text with digits in it from being an amount, and where it sits. */
function badCharacter(raw: string): { char: string; position: number } | null {
  const chars = [...raw];
  if (!chars.some((c) => /[0-9０-９]/u.test(c))) return null;
  const i = chars.findIndex((c) => !AMOUNT_CHAR.test(c));
  return i < 0 ? null : { char: chars[i], position: i + 1 };
}

/** The words after the message that point at the character, or nothing when no single one is to blame. */
function pointer(raw: string): Record<Lang, string> {
  const bad = badCharacter(raw);
  if (!bad) return { "zh-CN": "", "en-US": "" };
  return {
    "zh-CN": `：其中第 ${bad.position} 个字符「${bad.char}」不是数字`,
    "en-US": `: its character ${bad.position}, 「${bad.char}」, is not a digit`,
  };
}

const rule = defineRule({
  meta: {
    id: "amount-unreadable",
    severity: "error",
    title: { "zh-CN": "金额无法识别", "en-US": "Amount cannot be read" },
    messages: {
      unreadable: {
        "zh-CN": "「{subject}」{columnZh} 填写的「{raw}」不是金额{whereZh}",
        "en-US": "「{subject}」: {columnEn} holds 「{raw}」, which is not an amount{whereEn}",
      },
      breakdown: {
        "zh-CN": "「{breakdown}」中「{subject}」填写的「{raw}」不是金额{whereZh}",
        "en-US": "In 「{breakdown}」, 「{subject}」 gives 「{raw}」, which is not an amount{whereEn}",
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
        const where = pointer(cell.raw);
        report({
          messageId: "unreadable",
          data: { subject: row.label, columnZh: name.zh, columnEn: name.en, raw: cell.raw, whereZh: where["zh-CN"], whereEn: where["en-US"] },
          at: [cell.cell.address],
          actual: cell.raw,
          subject: row.label,
        });
      }
    }
    for (const breakdown of table.breakdowns ?? []) {
      for (const line of breakdown.lines) {
        if (line.amount.kind !== "unreadable") continue;
        const where = pointer(line.amount.raw);
        report({
          messageId: "breakdown",
          data: { breakdown: breakdown.label, subject: line.label, raw: line.amount.raw, whereZh: where["zh-CN"], whereEn: where["en-US"] },
          at: [line.cell.address],
          actual: line.amount.raw,
          subject: line.label,
        });
      }
    }
  },
});

export default rule;
