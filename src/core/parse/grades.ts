/**
 * Qualitative grades written as actuals (达成预期指标, 部分达成, 未完成, 高, 较好 …). The tables are
 * anchored whole-text patterns, checked partial → unmet → met, because the met words are substrings
 * of the others (部分达成 and 未达成 both contain 达成; 较好 contains 好).
 */
import type { Grade } from "../model";

const DONE = "(?:达成|完成|实现|达到|达标|落实)";
const OBJECT = "(?:了)?(?:全部|预期|年度|既定|计划|绩效)?(?:的)?(?:指标|目标|任务)?(?:值)?";

const GRADE_TABLE: [Grade, RegExp][] = [
  ["partial", new RegExp(`^(?:部分|基本|大部分|大部)${DONE}${OBJECT}$`)],
  ["partial", /^(?:较好|较高|比较好|比较高|良|良好|一般|中|中等|尚可|基本满意|较满意|基本合格|基本达标)$/],
  ["unmet", new RegExp(`^(?:未|没有|没|尚未|未能|没能)(?:按时|如期|按期|全部)?${DONE}${OBJECT}$`)],
  ["unmet", /^(?:否|差|较差|很差|低|较低|很低|不合格|不达标|不满意|不好|不及时)$/],
  ["met", new RegExp(`^(?:已|已经|全部|全面|按时|如期|按期|圆满|足额|及时|均|已全部|已按时)*${DONE}${OBJECT}$`)],
  ["met", /^(?:是|高|好|优|优秀|很好|很高|非常好|满意|非常满意|合格|符合|符合要求|达标)$/],
];

/** The grade a text states, or null. Expects normalised text (see `normalise`). */
export function readGrade(text: string): Grade | null {
  for (const [grade, pattern] of GRADE_TABLE) if (pattern.test(text)) return grade;
  return null;
}
