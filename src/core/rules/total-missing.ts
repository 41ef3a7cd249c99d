/**
 * A money section without its totals row (金额合计 / 年度资金总额): nothing states what the
 * department or project spent in all, so neither the reviewer nor the other rules can check it.
 */
import { defineRule } from "./rule";

const rule = defineRule({
  meta: {
    id: "total-missing",
    severity: "error",
    title: { "zh-CN": "缺少合计行", "en-US": "Totals row missing" },
    messages: {
      department: {
        "zh-CN": "任务表没有「金额合计」行，无法核对各任务金额之和",
        "en-US": "The task table has no 金额合计 (totals) row, so the task amounts cannot be checked against a total",
      },
      project: {
        "zh-CN": "项目资金表没有「年度资金总额」行，无法核对各项资金之和",
        "en-US": "The fund table has no 年度资金总额 (total funds) row, so the fund lines cannot be checked against a total",
      },
    },
    fix: "insert-totals",
  },
  check({ form, report }) {
    const table = form.money;
    if (!table || table.total !== null || table.parts.length === 0) return;
    const last = table.parts.reduce((a, b) => (b.row > a.row ? b : a));
    report({
      messageId: form.kind,
      at: [last.labelCell.address],
      subject: form.kind === "department" ? "金额合计" : "年度资金总额",
    });
  },
});

export default rule;
