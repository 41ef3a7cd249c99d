/**
 * A 二级指标 filed under the wrong 一级指标 (社会效益 under 产出, 数量 under 效益). The taxonomy is the
 * central one (LEVEL2_PARENTS below); a name it does not know is left alone rather than guessed at.
 */
import { a1 } from "../grid";
import { normalise } from "../text";
import { defineRule } from "./rule";

/** 二级 → the 一级 it may sit under. Names without the trailing 指标. */
const LEVEL2_PARENTS: Readonly<Record<string, readonly string[]>> = {
  数量: ["产出"],
  质量: ["产出"],
  时效: ["产出"],
  进度: ["产出"],
  // 成本 is a 二级 under 产出 in older templates and a 一级 of its own (经济/社会/生态环境成本) in newer ones.
  成本: ["产出"],
  经济成本: ["产出", "成本"],
  社会成本: ["成本"],
  生态环境成本: ["成本"],
  环境成本: ["成本"],
  经济效益: ["效益"],
  社会效益: ["效益"],
  生态效益: ["效益"],
  环境效益: ["效益"],
  生态环境效益: ["效益"],
  可持续影响: ["效益"],
  服务对象满意度: ["满意度"],
  其他满意度: ["满意度"],
  社会公众满意度: ["满意度"],
  满意度: ["满意度"],
};

// A Map, so a 二级 cell reading `constructor` or `toString` never finds an Object.prototype member.
const PARENTS_OF = new Map(Object.entries(LEVEL2_PARENTS));

const LEVEL1 = new Set(["产出", "效益", "满意度", "成本"]);

/** `产出指标(50分)` → 产出; `服务对象满意度指标` → 服务对象满意度. */
export function taxonomyName(text: string): string {
  return normalise(text)
    .replace(/\(\d+(\.\d+)?分\)$/, "")
    .replace(/指标$/, "");
}

const rule = defineRule({
  meta: {
    id: "taxonomy-mismatch",
    severity: "warning",
    title: { "zh-CN": "指标层级归类不当", "en-US": "Indicator filed under the wrong category" },
    messages: {
      misplaced: {
        "zh-CN": "二级指标「{level2}」应属于一级指标「{expected}」，不应列在「{level1}」下",
        "en-US": "The 二级 indicator 「{level2}」 belongs under 「{expected}」, not under 「{level1}」",
      },
    },
  },
  check({ form, report }) {
    const table = form.indicators;
    if (!table) return;
    const level2Col = table.columns.level2;
    let previous: { level1: string; level2: string } | null = null;
    for (const row of [...table.rows].sort((a, b) => a.row - b.row)) {
      // Rows of one 二级 group share a (usually merged) cell: report the group once, at its first row.
      const sameGroup = previous && previous.level1 === row.level1 && previous.level2 === row.level2;
      previous = { level1: row.level1, level2: row.level2 };
      if (sameGroup) continue;
      const level1 = taxonomyName(row.level1);
      const level2 = taxonomyName(row.level2);
      const parents = PARENTS_OF.get(level2);
      if (!LEVEL1.has(level1) || !parents || parents.includes(level1)) continue;
      const expected = parents.join("/");
      report({
        messageId: "misplaced",
        data: { level1: row.level1.trim(), level2: row.level2.trim(), expected },
        at: [level2Col !== undefined ? a1(row.row, level2Col) : row.nameCell.address],
        expected,
        actual: row.level1.trim(),
        subject: row.level2.trim(),
      });
    }
  },
});

export default rule;
