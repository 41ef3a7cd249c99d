/**
 * A one-total department form whose total row has one figure where its header asks for two — 预算数(A)
 * and 执行数(B) — either one cell merged over both, or one of them blank. The stated 执行率 and 得分
 * (often 100% and full marks) then rest on a figure the form does not give: nothing is wrong that can
 * be shown, and nothing can be confirmed, so the reviewer is told which figure is missing.
 */
import { defineRule } from "./rule";
import { columnName, moneyText } from "./support/money";
import { statedRate, statedRateText } from "../parse/stated-rate";

const rule = defineRule({
  meta: {
    id: "rate-unconfirmed",
    severity: "warning",
    title: { "zh-CN": "缺少执行数或预算数，执行率无法核对", "en-US": "Execution rate cannot be confirmed: a figure is missing" },
    messages: {
      merged: {
        "zh-CN": "「{subject}」{presentZh}与{missingZh}合并为一格，只填了一个数 {amount}，缺少{missingZh}：{statedZh} 无法核对",
        "en-US": "「{subject}」: {presentEn} and {missingEn} share one merged cell holding a single figure, {amount}; {missingEn} is missing, so {statedEn} cannot be confirmed",
      },
      blank: {
        "zh-CN": "「{subject}」{missingZh}未填写（{presentZh}为 {amount}）：{statedZh} 无法核对",
        "en-US": "「{subject}」: {missingEn} is blank ({presentEn} is {amount}), so {statedEn} cannot be confirmed",
      },
    },
  },
  check({ form, report }) {
    const table = form.money;
    const total = table?.total;
    const missing = table?.missingFigure;
    if (!table || !total || !missing) return;
    const present = table.columns.find((c) => c.partOf === undefined && c.col !== missing.col && total.amounts[c.col]?.kind === "amount");
    const amount = present ? total.amounts[present.col] : undefined;
    if (!present || amount?.kind !== "amount") return;
    const rate = total.rate ? statedRate(total.rate.actual) : null;
    const score = total.score?.value.kind === "amount" ? total.score.value : null;
    const zh: string[] = [];
    const en: string[] = [];
    if (rate) {
      zh.push(`所填执行率 ${statedRateText(rate)}`);
      en.push(`the stated execution rate ${statedRateText(rate)}`);
    }
    if (score) {
      zh.push(`得分 ${score.raw}`);
      en.push(`the score ${score.raw}`);
    }
    const m = columnName(table, missing.col);
    const p = columnName(table, present.col);
    const cells = [missing.cell.address, ...(total.rate && rate ? [total.rate.cell.address] : []), ...(total.score && score ? [total.score.cell.address] : [])];
    report({
      messageId: missing.merged ? "merged" : "blank",
      data: {
        subject: total.label,
        missingZh: m.zh,
        missingEn: m.en,
        presentZh: p.zh,
        presentEn: p.en,
        amount: moneyText(amount.value, amount.decimals),
        statedZh: zh.length > 0 ? zh.join("、") : "执行率",
        statedEn: en.length > 0 ? en.join(" and ") : "the execution rate",
      },
      at: [...new Set(cells)],
      expected: null,
      actual: moneyText(amount.value, amount.decimals),
      subject: total.label,
    });
  },
});

export default rule;
