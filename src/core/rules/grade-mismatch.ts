/**
 * A stated 等级 that is not the band of the 总分 (优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60). The 总分
 * is the one the form states, else the sum of its 得分: the grade must follow the form's own figure
 * (a wrong figure is score-total-mismatch's or score-mismatch's finding).
 */
import { GRADE_BAND, gradeOf } from "../scoring";
import { defineRule } from "./rule";
import { scoreText } from "./support/scores";

const rule = defineRule({
  meta: {
    id: "grade-mismatch",
    severity: "error",
    title: { "zh-CN": "自评等级与总分不符", "en-US": "Grade does not match the total score" },
    messages: {
      mismatch: {
        "zh-CN": "「{subject}」填「{actual}」，但总分 {total} 对应等级为「{expected}」（{band}）",
        "en-US": "「{subject}」 says 「{actual}」, but a total of {total} is graded 「{expected}」 ({band})",
      },
      unreadable: {
        "zh-CN": "「{subject}」填「{actual}」，不是 优/良/中/差 之一（总分 {total} 对应「{expected}」）",
        "en-US": "「{subject}」 says 「{actual}」, which is not one of 优/良/中/差 (a total of {total} is 「{expected}」)",
      },
    },
  },
  check({ form, score, report }) {
    const gradeCell = form.scoring?.grade;
    if (!gradeCell || gradeCell.text === "") return;
    const scored = score;
    const total = scored.statedTotal ?? scored.statedSum ?? scored.computedTotal;
    if (!total) return;
    const expected = gradeOf(total);
    const stated = scored.statedGrade?.grade ?? null;
    if (stated === expected) return;
    const subject = gradeCell.label;
    report({
      messageId: stated ? "mismatch" : "unreadable",
      data: { subject, actual: gradeCell.text, expected, total: scoreText(total), band: GRADE_BAND[expected] },
      at: [gradeCell.cell.address],
      expected,
      actual: gradeCell.text,
      subject,
    });
  },
});

export default rule;
