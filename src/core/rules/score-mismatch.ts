/**
 * A 得分 that is not the score the rules give (docs/forms.md, "Scoring profiles"), by more than 0.01: each finding shows
 * the computation in one line (`应得 36 ÷ 50 × 10 = 7.20 分，表中填写 10`). A qualitative grade's score is
 * right anywhere inside its band. A row whose deviation is explained is a warning; a blank 得分 the
 * rules can compute is an error, one they cannot (no actual, or for a person to judge) a warning.
 * A 得分 above its 分值 is left to score-exceeds-weight.
 */
import Big from "big.js";
import type { Form, Lang } from "../model";
import { isQuantityMet, sectionRows, type IndicatorScore, type RowScore } from "../scoring";
import { statedRate } from "../parse/stated-rate";
import { defineRule, type Report } from "./rule";

type MessageId = "indicator" | "band" | "coefficient" | "blank" | "blankUnknown" | "budget" | "budgetBlank" | "section";
import { isWritten } from "./support/indicators";
import { scoresDiffer, scoreText, statedText } from "./support/scores";

const UNKNOWN_REASON: Record<"missing" | "judge" | "unreadable" | "no-weight", Record<Lang, string>> = {
  missing: { "zh-CN": "实际完成值未填写，无法计算", "en-US": "the actual is blank, so it cannot be computed" },
  judge: { "zh-CN": "需人工评定", "en-US": "a person has to judge it" },
  unreadable: { "zh-CN": "指标值或完成值无法读取", "en-US": "the target or actual cannot be read" },
  "no-weight": { "zh-CN": "未列分值", "en-US": "no weight is given" },
};

function expectedText(score: Exclude<IndicatorScore, { kind: "none" }>): string {
  return score.kind === "exact" ? scoreText(score.value) : `${score.low.toFixed(2)}–${score.high.toFixed(2)}`;
}

function outside(score: Exclude<IndicatorScore, { kind: "none" }>, stated: Big): boolean {
  if (score.kind === "exact") return scoresDiffer(stated, score.value);
  return scoresDiffer(stated, stated.lt(score.low) ? score.low : stated.gt(score.high) ? score.high : stated);
}

const rule = defineRule({
  meta: {
    id: "score-mismatch",
    severity: "error",
    title: { "zh-CN": "得分与评分规则不符", "en-US": "Score differs from the scoring rules" },
    messages: {
      indicator: {
        "zh-CN": "「{subject}」按评分规则{explainZh}，表中填写 {actual}",
        "en-US": "「{subject}」: by the scoring rules {explainEn}; the form says {actual}",
      },
      band: {
        "zh-CN": "「{subject}」{explainZh}，表中填写 {actual}",
        "en-US": "「{subject}」 is {explainEn}; the form says {actual}",
      },
      blank: {
        "zh-CN": "「{subject}」得分未填写；按评分规则{explainZh}",
        "en-US": "「{subject}」 has no score; by the scoring rules {explainEn}",
      },
      blankUnknown: {
        "zh-CN": "「{subject}」得分未填写（{reasonZh}）",
        "en-US": "「{subject}」 has no score ({reasonEn})",
      },
      coefficient: {
        "zh-CN": "「{subject}」得分系数应为 {expected}（{explainZh}），表中填写 {actual}",
        "en-US": "「{subject}」: the score coefficient should be {expected} ({explainEn}) but the form says {actual}",
      },
      budget: {
        "zh-CN": "「{subject}」预算执行得分表中填写 {actual}，按评分规则{explainZh}",
        "en-US": "「{subject}」 (budget execution): the form says {actual}, but by the scoring rules {explainEn}",
      },
      budgetBlank: {
        "zh-CN": "「{subject}」预算执行得分未填写；按评分规则{explainZh}",
        "en-US": "「{subject}」 (budget execution) has no score; by the scoring rules {explainEn}",
      },
      section: {
        "zh-CN": "「{subject}」各项指标均已达成，得分合计应为 {expected}，表中合计 {actual}",
        "en-US": "「{subject}」: every indicator is met, so its scores should add up to {expected}, but they add up to {actual}",
      },
    },
  },
  check({ form, score, report }) {
    const scored = score;

    const budget = scored.budget;
    if (budget?.value && budget.explain && budget.scoreCell) {
      const stated = budget.scoreCell.value;
      const data = { subject: budget.label, explainZh: budget.explain["zh-CN"], explainEn: budget.explain["en-US"] };
      const expected = scoreText(budget.value);
      if (stated.kind === "blank") {
        report({ messageId: "budgetBlank", data, at: [budget.scoreCell.cell.address], expected, actual: "", subject: budget.label });
      } else if (stated.kind === "amount" && !stated.value.gt(budget.weight) && scoresDiffer(stated.value, budget.value)) {
        const actual = statedText(budget.scoreCell);
        report({
          messageId: "budget",
          data: { ...data, actual },
          at: [budget.scoreCell.cell.address],
          expected,
          actual,
          subject: budget.label,
        });
      }
    }

    for (const entry of scored.rows) if (entry.row.score) checkRow(entry, report);
    checkSections(form, scored.rows, report);
  },
});

function checkRow({ row, score, stated }: RowScore, report: (r: Report<MessageId>) => void): void {
  const scoreCell = row.score!;
  const explained = isWritten(row.explanation?.text);
  const severity = explained ? { severity: "warning" as const } : {};
  const weight = row.weight?.value.kind === "amount" ? row.weight.value.value : null;

  if (scoreCell.value.kind === "blank") {
    if (score.kind === "none") {
      // An empty template line is nothing to score.
      const empty = row.target.kind === "blank" && row.actual.kind === "blank" && !weight;
      if (empty) return;
      const reason = UNKNOWN_REASON[score.reason];
      report({
        messageId: "blankUnknown",
        data: { subject: row.name, reasonZh: reason["zh-CN"], reasonEn: reason["en-US"] },
        at: [scoreCell.cell.address],
        expected: null,
        actual: "",
        subject: row.name,
        severity: "warning",
      });
      return;
    }
    report({
      messageId: "blank",
      data: { subject: row.name, explainZh: score.explain["zh-CN"], explainEn: score.explain["en-US"] },
      at: [scoreCell.cell.address],
      expected: expectedText(score),
      actual: "",
      subject: row.name,
      ...severity,
    });
    return;
  }
  if (score.kind === "none" || !stated) return;
  if (weight && stated.gt(weight)) return; // score-exceeds-weight's finding

  const coefficient = row.coefficient;
  if (outside(score, stated)) {
    const actual = statedText(scoreCell);
    report({
      messageId: score.kind === "exact" ? "indicator" : "band",
      data: { subject: row.name, explainZh: score.explain["zh-CN"], explainEn: score.explain["en-US"], actual },
      at: [scoreCell.cell.address, ...(coefficient ? [coefficient.cell.address] : [])],
      expected: expectedText(score),
      actual,
      subject: row.name,
      ...severity,
    });
    return;
  }
  // Chongqing: 指标得分 = 指标权重 × 得分系数 — a right score beside a wrong coefficient still misleads.
  if (coefficient && score.kind === "exact" && weight && !weight.eq(0)) {
    const rate = statedRate(coefficient.actual);
    if (!rate) return;
    const expectedPoints = score.value.div(weight).times(100);
    if (!scoresDiffer(rate.points.times(weight).div(100), score.value)) return;
    const expected = `${expectedPoints.round(2).toString()}%`;
    const actual = coefficient.actual.raw.trim() || `${rate.points.toString()}%`;
    report({
      messageId: "coefficient",
      data: { subject: row.name, expected, actual, explainZh: score.explain["zh-CN"], explainEn: score.explain["en-US"] },
      at: [coefficient.cell.address, scoreCell.cell.address],
      expected,
      actual,
      subject: row.name,
      ...severity,
    });
  }
}

/**
 * Hubei's layout gives no 分值 per indicator, only the points of each block: when every indicator of
 * a block is met, its scores must add up to those points (黄冈: 98% against 98% scored 19.6 of 20).
 */
function checkSections(form: Form, rows: RowScore[], report: (r: Report<MessageId>) => void): void {
  const table = form.indicators;
  if (!table || table.columns.weight !== undefined || table.columns.score === undefined) return;
  const byRow = new Map(rows.map((r) => [r.row, r]));
  for (const { section, rows: members } of sectionRows(table)) {
    const scoredRows = members.map((m) => byRow.get(m)).filter((r): r is RowScore => r !== undefined);
    if (scoredRows.length === 0 || scoredRows.some((r) => !r.stated)) continue;
    if (!scoredRows.every((r) => isQuantityMet(r.row, r.outcome))) continue;
    const sum = scoredRows.reduce((s, r) => s.plus(r.stated!), new Big(0));
    const points = new Big(section.points);
    if (!scoresDiffer(sum, points)) continue;
    const expected = scoreText(points);
    const actual = scoreText(sum);
    report({
      messageId: "section",
      data: { subject: section.name, expected, actual },
      at: scoredRows.map((r) => r.row.score!.cell.address),
      expected,
      actual,
      subject: section.name,
    });
  }
}

export default rule;
