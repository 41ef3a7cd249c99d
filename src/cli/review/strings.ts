/**
 * Words of the review summary (`--report`): column headers, statuses and the lines the run prints
 * around it. The engine's findings keep their own messages; these are the report's frame.
 */
import type { FormKind, Lang, Severity } from "../../core/model";
import { glossary, label, qualified } from "../../core/i18n/glossary";
import type { ReviewStatus } from "./review-row";

const zh = glossary["zh-CN"];
const en = "en-US";

export interface ReviewStrings {
  headers: Record<ReviewColumnId, string>;
  status: Record<ReviewStatus, string>;
  formKind: Record<FormKind, string>;
  severity: Record<Severity, string>;
  /** One finding in the 问题 column: severity, cells, message, then the rule id for filtering. */
  problemLine: (severity: string, cells: string, message: string, rule: string) => string;
  sheetName: string;
  reportWritten: (path: string, rows: number) => string;
  reportExtension: (path: string) => string;
}

/** Column ids in report order; the writers and the tests address columns by these. */
export const REVIEW_COLUMNS = [
  "file",
  "sheet",
  "status",
  "unitName",
  "projectName",
  "year",
  "kind",
  "unit",
  "budget",
  "spent",
  "rate",
  "statedTotal",
  "computedTotal",
  "statedGrade",
  "grade",
  "profile",
  "errors",
  "warnings",
  "unmet",
  "problems",
  "note",
] as const;

export type ReviewColumnId = (typeof REVIEW_COLUMNS)[number];

export const reviewStrings: Record<Lang, ReviewStrings> = {
  "zh-CN": {
    headers: {
      file: "文件",
      sheet: "工作表",
      status: "状态",
      unitName: "单位名称",
      projectName: "项目名称",
      year: "年度",
      kind: "表类型",
      unit: zh.amountUnit,
      budget: zh.budgetTotal,
      spent: zh.spentTotal,
      rate: zh.executionRate,
      statedTotal: qualified("zh-CN", "totalScore", "asStated"),
      computedTotal: qualified("zh-CN", "totalScore", "byTheRules"),
      statedGrade: qualified("zh-CN", "grade", "asStated"),
      grade: qualified("zh-CN", "grade", "byTheRules"),
      profile: zh.scoringProfile,
      errors: zh.error,
      warnings: zh.warning,
      unmet: zh.unmetIndicators,
      problems: "问题（单元格：说明 [规则]）",
      note: "说明",
    },
    status: { failed: "无法检查", error: "有错误", warning: "有警告", ok: "通过" },
    formKind: { department: "部门整体", project: "项目支出" },
    severity: { error: zh.error, warning: zh.warning, info: zh.info },
    problemLine: (severity, cells, message, rule) => `${severity} ${cells ? `${cells}：` : ""}${message} [${rule}]`,
    sheetName: "审核汇总",
    reportWritten: (path, rows) => `已写入审核汇总 ${path}（${rows} 行）`,
    reportExtension: (path) => `审核汇总 ${path} 须以 .xlsx 或 .csv 结尾`,
  },
  "en-US": {
    headers: {
      file: "File",
      sheet: "Sheet",
      status: "Status",
      unitName: "Unit",
      projectName: "Project",
      year: "Year",
      kind: "Form",
      unit: label(en, "amountUnit"),
      budget: label(en, "budgetTotal"),
      spent: label(en, "spentTotal"),
      rate: label(en, "executionRate"),
      statedTotal: qualified(en, "totalScore", "asStated"),
      computedTotal: qualified(en, "totalScore", "byTheRules"),
      statedGrade: qualified(en, "grade", "asStated"),
      grade: qualified(en, "grade", "byTheRules"),
      profile: label(en, "scoringProfile"),
      errors: "Errors",
      warnings: "Warnings",
      unmet: label(en, "unmetIndicators"),
      problems: "Findings (cell: message [rule])",
      note: "Note",
    },
    status: { failed: "could not check", error: "errors", warning: "warnings", ok: "ok" },
    formKind: { department: "department", project: "project" },
    severity: { error: label(en, "error"), warning: label(en, "warning"), info: label(en, "info") },
    problemLine: (severity, cells, message, rule) => `${severity} ${cells ? `${cells}: ` : ""}${message} [${rule}]`,
    sheetName: "Review",
    reportWritten: (path, rows) => `review summary written to ${path} (${rows} row${rows === 1 ? "" : "s"})`,
    reportExtension: (path) => `the review summary ${path} must end in .xlsx or .csv`,
  },
};
