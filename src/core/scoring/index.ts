/**
 * Scoring by the official rules (docs/forms.md, "Scoring profiles"), as pure functions over a recognised Form. The score
 * rules report from it; the engine summarises it; the plan fills blank 得分 cells from it.
 */
export { rescaleTo100, scoreForm, type FormScore, type RowScore } from "./form-score";
export { scoreIndicator, type IndicatorScore } from "./indicator-score";
export { scoreBudget } from "./budget-score";
export { gradeOf, readStatedGrade, GRADE_BAND, type ScoreGrade } from "./grade";
export { executionCap } from "./execution-cap";
export { PROFILES, type ProfileId } from "./profiles";
export { blockGroups, isQuantityMet, scopeOf, sectionRows } from "./sections";
export { num } from "./explain";
