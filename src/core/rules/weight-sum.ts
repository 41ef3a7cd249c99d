/**
 * 分值 that do not add up: the indicators under a heading with points (`产出指标(50分)`) against those
 * points, the budget part and the indicators together against 100, a budget 分值 against the points
 * its heading gives, and a 合计 row's 分值 against the weights above it.
 */
import Big from "big.js";
import type { Form, IndicatorRow, IndicatorTable, ScoreCell } from "../model";
import { blockGroups, num, scopeOf, sectionRows } from "../scoring";
import { defineRule } from "./rule";
import { scoresDiffer, scoreText, statedText } from "./support/scores";

const HUNDRED = new Big(100);
const amount = (cell: ScoreCell | undefined): Big | null => (cell?.value.kind === "amount" ? cell.value.value : null);

interface Parts {
  budget: { value: Big; cell?: string } | null;
  /** From headings: each heading's name and points, so a message can name them. */
  indicators: { value: Big; cells: string[]; from: "weights" | "headings"; headings?: { name: string; points: Big }[] } | null;
}

function parts(form: Form): Parts {
  const part = form.scoring?.budget;
  const budgetWeight = amount(part?.weight);
  const budget = budgetWeight
    ? { value: budgetWeight, cell: part!.weight!.cell.address }
    : part?.points
      ? { value: new Big(part.points.value), cell: part.points.cell.address }
      : null;

  const table = form.indicators;
  let indicators: Parts["indicators"] = null;
  if (table?.columns.weight !== undefined) {
    const weighted = table.rows.filter((r) => amount(r.weight) !== null);
    if (weighted.length > 0) {
      indicators = {
        value: weighted.reduce((s, r) => s.plus(amount(r.weight)!), new Big(0)),
        cells: weighted.map((r) => r.weight!.cell.address),
        from: "weights",
      };
      const headings = weightsByHeading(table, weighted);
      if (headings) indicators.headings = headings;
    }
  } else if (table) {
    const headed = table.sections.filter((s) => s.points !== undefined);
    const blocks = headed.filter((s) => scopeOf(s) === "block");
    const top = blocks.length > 0 ? blocks : headed;
    if (top.length > 0) {
      indicators = {
        value: top.reduce((s, sec) => s.plus(sec.points!), new Big(0)),
        cells: top.flatMap((sec) => (sec.cell ? [sec.cell.address] : [])),
        from: "headings",
        headings: top.map((sec) => ({ name: sec.name, points: new Big(sec.points!) })),
      };
    }
  }
  return { budget, indicators };
}

/**
 * The weights under each top heading with points (the blocks, else the groups), when the headings
 * cover every weighted row once: a total off 100 then names the headings whose weights make it.
 */
function weightsByHeading(table: IndicatorTable, weighted: IndicatorRow[]): { name: string; points: Big }[] | null {
  const all = sectionRows(table);
  const blocks = all.filter((s) => scopeOf(s.section) === "block");
  const top = blocks.length > 0 ? blocks : all;
  if (top.length === 0) return null;
  const covered = top.flatMap((s) => s.rows.filter((r) => amount(r.weight) !== null));
  if (covered.length !== weighted.length || new Set(covered).size !== weighted.length) return null;
  return top.map((s) => ({
    name: s.section.name,
    // Kept exact: a float of the sum can overflow to ±Infinity on a damaged 分值, which Big will not read back.
    points: s.rows.reduce((sum, r) => sum.plus(amount(r.weight) ?? 0), new Big(0)),
  }));
}

const rule = defineRule({
  meta: {
    id: "weight-sum",
    severity: "error",
    title: { "zh-CN": "分值合计不符", "en-US": "Weights do not add up" },
    messages: {
      section: {
        "zh-CN": "「{subject}」下各指标分值合计 {actual}，与标题所列 {expected} 分不符",
        "en-US": "「{subject}」: its indicators' weights add up to {actual}, not the {expected} points its heading gives",
      },
      total: {
        "zh-CN": "「{subject}」分值合计为 {actual}（{detailZh}），应为 100",
        "en-US": "「{subject}」: the weights add up to {actual} ({detailEn}), not 100",
      },
      budgetPoints: {
        "zh-CN": "「{subject}」分值 {actual} 与标题所列 {expected} 分不符",
        "en-US": "「{subject}」: the weight {actual} differs from the {expected} points its heading gives",
      },
      groups: {
        "zh-CN": "「{subject}」为 {expected} 分，其下各部分合计 {actual} 分（{detail}）",
        "en-US": "「{subject}」 gives {expected} points, but the parts under it add up to {actual} ({detail})",
      },
      statedTotal: {
        "zh-CN": "「{subject}」分值合计填 {actual}，各项分值之和为 {expected}",
        "en-US": "「{subject}」: the weights are totalled as {actual}, but they add up to {expected}",
      },
    },
  },
  // eslint-disable-next-line max-lines-per-function -- five sums of one form (sections, groups, budget points, total, 合计 row) read in turn from the same weights; each is a short block
  check({ form, report }) {
    const table = form.indicators;
    if (table && table.columns.weight !== undefined) {
      for (const { section, rows } of sectionRows(table)) {
        const weighted = rows.filter((r) => amount(r.weight) !== null);
        if (weighted.length === 0) continue;
        const sum = weighted.reduce((s, r) => s.plus(amount(r.weight)!), new Big(0));
        const points = new Big(section.points);
        if (!scoresDiffer(sum, points)) continue;
        const expected = scoreText(points);
        const actual = scoreText(sum);
        report({
          messageId: "section",
          data: { subject: section.name, expected, actual },
          at: [section.cell?.address ?? weighted[0].weight!.cell.address],
          expected,
          actual,
          subject: section.name,
        });
      }
    }

    // Points the group headings share out must make their block's: 产出(60分) + 效益(40分) under 年度绩效目标(80分) do not.
    for (const { block, groups } of table ? blockGroups(table) : []) {
      const sum = groups.reduce((s, g) => s.plus(g.points), new Big(0));
      const points = new Big(block.points);
      if (!scoresDiffer(sum, points)) continue;
      const expected = scoreText(points);
      const actual = scoreText(sum);
      const detail = groups.map((g) => `${g.name} ${scoreText(new Big(g.points))}`).join(" + ");
      report({
        messageId: "groups",
        data: { subject: block.name, expected, actual, detail },
        at: [block.cell, ...groups.map((g) => g.cell)].flatMap((c) => (c ? [c.address] : [])),
        expected,
        actual,
        subject: block.name,
      });
    }

    const budgetPart = form.scoring?.budget;
    const budgetWeight = amount(budgetPart?.weight);
    if (budgetPart?.points && budgetWeight && scoresDiffer(budgetWeight, new Big(budgetPart.points.value))) {
      const subject = form.money?.total?.label ?? "预算执行";
      const expected = num(new Big(budgetPart.points.value));
      const actual = statedText(budgetPart.weight);
      report({
        messageId: "budgetPoints",
        data: { subject, expected, actual },
        at: [budgetPart.weight!.cell.address, budgetPart.points.cell.address],
        expected,
        actual,
        subject,
      });
    }

    const { budget, indicators } = parts(form);
    const subject = form.scoring?.total?.label ?? "分值";
    let offHundred = false;
    if (indicators) {
      const sum = indicators.value.plus(budget?.value ?? 0);
      if (scoresDiffer(sum, HUNDRED)) {
        offHundred = true;
        const actual = scoreText(sum);
        // Points from headings are named by their headings, so the reader sees which heading to correct.
        const named = indicators.headings?.map((h) => `${h.name} ${scoreText(h.points)}`);
        const detailZh = [budget ? `预算执行 ${scoreText(budget.value)}` : null, ...(named ?? [`指标 ${scoreText(indicators.value)}`])]
          .filter(Boolean)
          .join(" + ");
        const detailEn = [budget ? `budget execution ${scoreText(budget.value)}` : null, ...(named ?? [`indicators ${scoreText(indicators.value)}`])]
          .filter(Boolean)
          .join(" + ");
        const first = form.scoring?.total?.weight?.cell.address ?? budget?.cell ?? indicators.cells[0];
        if (first) {
          report({ messageId: "total", data: { subject, actual, detailZh, detailEn }, at: [first], expected: "100", actual, subject });
        }
      }
    }

    // A 合计 row's 分值 is the sum of every weight above it (with or without the budget part's). A 合计
    // of 100 over weights that miss 100 is the weights' fault, reported above.
    const total = form.scoring?.total;
    const statedWeight = amount(total?.weight);
    if (total && statedWeight && indicators?.from === "weights" && !(offHundred && statedWeight.eq(HUNDRED))) {
      const all = indicators.value.plus(budget?.value ?? 0);
      if (scoresDiffer(statedWeight, all) && scoresDiffer(statedWeight, indicators.value)) {
        const expected = scoreText(all);
        const actual = statedText(total.weight);
        report({
          messageId: "statedTotal",
          data: { subject: total.label, expected, actual },
          at: [total.weight!.cell.address],
          expected,
          actual,
          subject: total.label,
        });
      }
    }
  },
});

export default rule;
