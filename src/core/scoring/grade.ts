/**
 * 等级 from 总分 (优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60) and the 等级 a form writes, read into the
 * same four words so the two can be compared.
 */
import Big from "big.js";
import { normalise } from "../text";

import type { ScoreGrade } from "../model";

export type { ScoreGrade };

const BANDS: [Big, ScoreGrade][] = [
  [new Big(90), "优"],
  [new Big(80), "良"],
  [new Big(60), "中"],
];

/** The grade of a total, compared at the two decimals scores are written with. */
export function gradeOf(total: Big): ScoreGrade {
  const t = total.round(2);
  for (const [floor, grade] of BANDS) if (t.gte(floor)) return grade;
  return "差";
}

/** The band of a grade as text: `90–100`, `80–<90` … */
export const GRADE_BAND: Record<ScoreGrade, string> = { 优: "≥90", 良: "80–<90", 中: "60–<80", 差: "<60" };

const GRADE_WORDS: [RegExp, ScoreGrade][] = [
  [/^(优|优秀|a)(等|级|等级)?$/i, "优"],
  [/^(良|良好|b)(等|级|等级)?$/i, "良"],
  [/^(中|中等|合格|一般|c)(等|级|等级)?$/i, "中"],
  [/^(差|较差|不合格|d)(等|级|等级)?$/i, "差"],
];

/** The grade a cell states (`优`, `良好`, `合格`, `B级`), or null for anything else. */
export function readStatedGrade(text: string): ScoreGrade | null {
  const t = normalise(text).replace(/[「」“”"']/g, "");
  for (const [pattern, grade] of GRADE_WORDS) if (pattern.test(t)) return grade;
  return null;
}
