/**
 * Scoring by the official rules (domain.md §4), as pure functions over a recognised Form. The score
 * rules report from it; the engine summarises it; the plan fills blank 得分 cells from it.
 */
export { scoreForm, type FormScore, type RowScore } from "./form-score";
export { scoreIndicator, weightOf, type IndicatorScore } from "./indicator-score";
export { scoreBudget, type BudgetScore } from "./budget-score";
export { gradeOf, readStatedGrade, GRADE_BAND, type ScoreGrade } from "./grade";
export { executionCap, type ExecutionCap } from "./execution-cap";
export { chooseProfile, PROFILES, type ProfileId, type ScoringProfile } from "./profiles";
export { blockGroups, isQuantityMet, scopeOf, sectionRows, type SectionRows } from "./sections";
export { num, pts, type Explanation } from "./explain";
