/**
 * Words the command line prints around the engine's own messages (which come with each finding).
 */
import type { FormKind, Lang, Severity } from "../core/model";
import { glossary } from "../core/i18n/glossary";
import type { DroppedPart } from "../xlsx/read";

const zh = glossary["zh-CN"];
const en = glossary["en-US"];

const PART_NAMES: Record<Lang, Record<DroppedPart, string>> = {
  "zh-CN": {
    charts: "图表",
    "pivot-tables": "数据透视表",
    slicers: "切片器/日程表",
    macros: "宏",
    "threaded-comments": "批注会话（新版批注）",
    "external-links": "外部链接",
    "defined-names": "部分名称定义（常量/公式名称或工作表级名称）",
  },
  "en-US": {
    charts: "charts",
    "pivot-tables": "pivot tables",
    slicers: "slicers/timelines",
    macros: "macros",
    "threaded-comments": "threaded comments",
    "external-links": "external links",
    "defined-names": "some defined names (constants, formulas or sheet-scoped names)",
  },
};

export interface CliStrings {
  severity: Record<Severity, string>;
  formKind: Record<FormKind, string>;
  sheet: (name: string) => string;
  noForm: string;
  noFindings: string;
  /** Around why a file could not be checked (src/cli/problems.ts words the reason). */
  cannotCheck: (why: string) => string;
  copyWritten: (path: string) => string;
  /** With --out, for an .xls: checked, but annotated copies are written for .xlsx files only. */
  notAnnotated: string;
  /** The annotated copy lacks these parts of the input. */
  dropped: (parts: DroppedPart[]) => string;
  wrote: (w: { sheet: string; marks: number; totals?: { mode: "insert" | "repair"; row: number }; summaryRow?: number }) => string;
  totalsLine: (t: { unit: string; budget: string | null; budgetFiscal: string | null; spent: string | null; spentFiscal: string | null; rate: string | null }) => string;
  indicatorsLine: (c: { total: number; met: number; unmet: number; exceeded: number; manual: number }) => string;
  /** 总分 stated and by the rules, 等级, and the scoring profile (forms with scores). */
  scoringLine: (c: { stated: string | null; computed: string | null; grade: string | null; profile: "central" | "hubei"; guessed: boolean }) => string;
  overall: (files: number, errors: number, warnings: number, infos: number, failed: number) => string;
  needsOut: (flag: string) => string;
}

const unknown = (s: string | null, fallback: string): string => s ?? fallback;

export const cliStrings: Record<Lang, CliStrings> = {
  "zh-CN": {
    severity: { error: zh.error, warning: zh.warning, info: zh.info },
    formKind: { department: "部门整体支出绩效自评表", project: "项目支出绩效自评表" },
    sheet: (name) => `工作表「${name}」`,
    noForm: "未找到自评表",
    noFindings: "未发现问题",
    cannotCheck: (why) => `无法检查：${why}`,
    copyWritten: (path) => `已写入标注副本 ${path}`,
    notAnnotated: "未写标注副本：标注副本只能写成 .xlsx，本文件是 .xls（Excel 97-2003）。以上检查结果完整有效；如需在表中标注，请先另存为 .xlsx 再检查",
    dropped: (parts) => `注意：标注副本不含原文件中的${parts.map((p) => PART_NAMES["zh-CN"][p]).join("、")}（原文件未改动）`,
    wrote: (w) =>
      [
        `工作表「${w.sheet}」：标注 ${w.marks} 个单元格`,
        w.totals ? `${w.totals.mode === "insert" ? "插入" : "修复"}合计行（第 ${w.totals.row + 1} 行）` : null,
        w.summaryRow !== undefined ? `校验摘要（第 ${w.summaryRow + 1} 行起）` : null,
      ]
        .filter(Boolean)
        .join("，"),
    totalsLine: (t) =>
      `金额（${t.unit}）：${zh.budgetTotal} ${unknown(t.budget, "—")}（其中${zh.fiscalFunds} ${unknown(t.budgetFiscal, "—")}），` +
      `${zh.spentTotal} ${unknown(t.spent, "—")}（其中${zh.fiscalFunds} ${unknown(t.spentFiscal, "—")}），${zh.executionRate} ${unknown(t.rate, "—")}`,
    indicatorsLine: (c) =>
      `${zh.indicator} ${c.total} 项：${zh.met} ${c.met}，${zh.unmet} ${c.unmet}，${zh.exceeded} ${c.exceeded}，${zh.manual} ${c.manual}`,
    scoringLine: (c) =>
      `${zh.totalScore}：${zh.asStated} ${unknown(c.stated, "（未填写）")}，${zh.byTheRules} ${unknown(c.computed, "—")}` +
      `（${c.profile === "hubei" ? "湖北口径" : "中央一体化口径"}${c.guessed ? "，根据表式判断" : ""}）；${zh.grade} ${unknown(c.grade, "—")}`,
    overall: (files, e, w, i, failed) =>
      `共 ${files} 个文件：${e} 个错误，${w} 个警告，${i} 个提示` + (failed ? `；${failed} 个文件无法检查` : ""),
    needsOut: (flag) => `${flag} 需要同时指定 --out DIR`,
  },
  "en-US": {
    severity: { error: en.error, warning: en.warning, info: en.info },
    formKind: { department: "department self-evaluation form", project: "project self-evaluation form" },
    sheet: (name) => `sheet "${name}"`,
    noForm: "no self-evaluation form found",
    noFindings: "no problems found",
    cannotCheck: (why) => `cannot check: ${why}`,
    copyWritten: (path) => `annotated copy written to ${path}`,
    notAnnotated:
      "no annotated copy: annotated copies are written as .xlsx only, and this file is an .xls (Excel 97-2003). The findings above are complete; to have them marked in the workbook, save it as .xlsx and check that",
    dropped: (parts) => `note: the annotated copy lacks the input's ${parts.map((p) => PART_NAMES["en-US"][p]).join(", ")} (the input is unchanged)`,
    wrote: (w) =>
      [
        `sheet "${w.sheet}": ${w.marks} cell${w.marks === 1 ? "" : "s"} marked`,
        w.totals ? `totals row ${w.totals.mode === "insert" ? "inserted" : "repaired"} (row ${w.totals.row + 1})` : null,
        w.summaryRow !== undefined ? `summary from row ${w.summaryRow + 1}` : null,
      ]
        .filter(Boolean)
        .join(", "),
    totalsLine: (t) =>
      `amounts (${t.unit}): ${en.budgetTotal} ${unknown(t.budget, "—")} (${en.fiscalFunds} ${unknown(t.budgetFiscal, "—")}), ` +
      `${en.spentTotal} ${unknown(t.spent, "—")} (${en.fiscalFunds} ${unknown(t.spentFiscal, "—")}), ${en.executionRate} ${unknown(t.rate, "—")}`,
    indicatorsLine: (c) =>
      `${en.indicatorCount}: ${c.total}; ${en.met} ${c.met}, ${en.unmet} ${c.unmet}, ${en.exceeded} ${c.exceeded}, ${en.manual} ${c.manual}`,
    scoringLine: (c) =>
      `${en.totalScore}: ${unknown(c.stated, "blank")} ${en.asStated}, ${unknown(c.computed, "—")} ${en.byTheRules}` +
      ` (${c.profile === "hubei" ? "Hubei" : "central"} profile${c.guessed ? ", guessed from the layout" : ""}); ${en.grade} ${unknown(c.grade, "—")}`,
    overall: (files, e, w, i, failed) =>
      `${files} file${files === 1 ? "" : "s"}: ${e} error${e === 1 ? "" : "s"}, ${w} warning${w === 1 ? "" : "s"}, ${i} info` +
      (failed ? `; ${failed} could not be checked` : ""),
    needsOut: (flag) => `${flag} needs --out DIR`,
  },
};
