/**
 * Words the task pane and the ribbon command show. Rule titles and finding messages are not here:
 * they come with each rule's meta and each finding, so the pane shows what the engine said.
 */
import type { FormKind, Lang, Severity } from "../model";
import type { ProfileId, ScoreGrade } from "../scoring";
import { glossary, label } from "./glossary";

const zh = glossary["zh-CN"];
const en = "en-US";

export type RefusalReason = "protected" | "no-form" | "cell-edit-mode" | "unsupported" | "too-large";

export interface UiStrings {
  appTitle: string;
  /** The language toggle shows the language it switches to, in that language. */
  otherLanguage: string;
  switchLanguageLabel: string;

  actionsLabel: string;
  check: string;
  checkAll: string;
  clearMarks: string;
  insertTotals: string;
  writeSummary: string;
  live: string;
  liveHint: string;
  working: string;
  /** A large sheet read in blocks: rows read so far of all its rows. */
  readingRows: (read: number, total: number) => string;

  formKind: Record<FormKind, string>;
  unitName: string;
  projectName: string;
  year: string;
  sheet: string;

  summaryHeading: string;
  budgetTotal: string;
  spentTotal: string;
  executionRate: string;
  unit: (unit: string) => string;
  indicatorsHeading: string;
  indicatorTotal: string;
  met: string;
  unmet: string;
  exceeded: string;
  manual: string;
  findingsCounted: string;
  severity: Record<Severity, string>;
  notStated: string;

  findingsHeading: string;
  noFindings: string;
  cell: string;
  moreCells: (n: number) => string;
  /** Screen-reader name of a finding: what it is and that activating it selects the cell. */
  findingLabel: (title: string, message: string, address: string) => string;

  scoringHeading: string;
  computedTotal: string;
  statedTotal: string;
  computedGrade: string;
  statedGrade: string;
  grade: Record<ScoreGrade, string>;
  profileUsed: string;
  /** The profile a result was scored with, and whether the engine guessed it from the layout. */
  profileName: (profile: ProfileId, guessed: boolean) => string;
  profileChoice: string;
  profileOption: Record<"auto" | ProfileId, string>;
  explainOverAchievement: string;
  explainOverAchievementHint: string;
  capByExecutionRate: string;
  capByExecutionRateHint: string;
  fillScores: string;
  fillScoresHint: string;
  scoresFilled: (n: number) => string;
  noScoresToFill: string;

  sheetsHeading: string;
  sheetNoForm: string;
  sheetCounts: (errors: number, warnings: number, infos: number) => string;

  startHint: string;
  emptyTitle: string;
  emptyHint: string;
  emptyLooksFor: string[];

  refusalTitle: string;
  refusal: Record<RefusalReason, string>;
  /** Appended to the unsupported refusal; carries its own leading space where the language needs one. */
  unsupportedNeeds: (detail: string) => string;
  errorTitle: string;
  dismiss: string;

  cleared: (n: number) => string;
  totalsInserted: string;
  summaryWritten: string;
  marked: (n: number) => string;

  /** The ribbon command's result, shown without the pane. */
  commandResult: (sheet: string, errors: number, warnings: number, infos: number, marked: number) => string;
  commandClean: (sheet: string) => string;
  commandFailed: (message: string) => string;
  close: string;
}

export const uiStrings: Record<Lang, UiStrings> = {
  "zh-CN": {
    appTitle: "自评表校验",
    otherLanguage: "English",
    switchLanguageLabel: "Switch to English",

    actionsLabel: "校验操作",
    check: "校验本表",
    checkAll: "检查全部工作表",
    clearMarks: "清除标记",
    insertTotals: "插入合计行",
    writeSummary: "写入校验摘要",
    live: "实时校验",
    liveHint: "修改单元格后自动重新校验",
    working: "正在处理…",
    readingRows: (read, total) => `正在读取工作表：${read.toLocaleString("zh-CN")} / ${total.toLocaleString("zh-CN")} 行`,

    formKind: { department: "部门整体支出绩效自评表", project: "项目支出绩效自评表" },
    unitName: "单位名称",
    projectName: "项目名称",
    year: "年度",
    sheet: "工作表",

    summaryHeading: "汇总",
    budgetTotal: zh.budgetTotal,
    spentTotal: zh.spentTotal,
    executionRate: zh.executionRate,
    unit: (unit) => `单位：${unit}`,
    indicatorsHeading: "绩效指标",
    indicatorTotal: zh.indicatorCount,
    met: zh.met,
    unmet: zh.unmet,
    exceeded: zh.exceeded,
    manual: zh.manual,
    findingsCounted: "问题",
    severity: { error: "错误", warning: "警告", info: "提示" },
    notStated: "—",

    findingsHeading: "问题清单",
    noFindings: "未发现问题。",
    cell: "单元格",
    moreCells: (n) => `等 ${n} 个单元格`,
    findingLabel: (title, message, address) => `${title}：${message}。单元格 ${address}，按 Enter 选中`,

    scoringHeading: "评分",
    computedTotal: "总分（按评分规则）",
    statedTotal: "总分（表中）",
    computedGrade: "等级（按评分规则）",
    statedGrade: "等级（表中）",
    grade: { 优: "优", 良: "良", 中: "中", 差: "差" },
    profileUsed: "评分口径",
    profileName: (p, guessed) => `按${p === "hubei" ? "湖北" : "中央一体化"}口径${guessed ? "（根据表式判断）" : ""}`,
    profileChoice: "选择评分口径",
    profileOption: { auto: "自动", central: "中央一体化", hubei: "湖北" },
    explainOverAchievement: "130% 超额须说明（广西）",
    explainOverAchievementHint: "实际完成值达到目标值 130% 及以上的指标，须填写偏差原因",
    capByExecutionRate: "执行率封顶",
    capByExecutionRateHint: "总分按预算执行率封顶：执行率 70%–80% 最高 89 分，60%–70% 最高 79 分，50%–60% 最高 69 分，低于 50% 最高 59 分",
    fillScores: "填写得分",
    fillScoresHint: "把按评分规则算出的得分写入空白的得分单元格；已填写的得分不改动。",
    scoresFilled: (n) => `已填写 ${n} 个得分单元格并重新校验。`,
    noScoresToFill: "没有可按规则填写的空白得分单元格，未写入任何内容。",

    sheetsHeading: "各工作表",
    sheetNoForm: "无自评表",
    sheetCounts: (e, w, i) => `错误 ${e}，警告 ${w}，提示 ${i}`,

    startHint: "点击“校验本表”检查当前工作表。发现的问题会在表中标出，并列在这里。",
    emptyTitle: "本工作表中未找到绩效自评表",
    emptyHint: "本加载项查找以下内容：",
    emptyLooksFor: [
      "标题含“绩效自评表”，如“部门（单位）整体支出绩效目标完成情况自评表”或“项目支出绩效自评表”",
      "资金表：预算数、执行数列（总额、其中：财政拨款），金额合计或年度资金总额行",
      "指标表：一级指标、二级指标、三级指标，预期指标值（年度指标值）和实际完成指标值（实际完成值）",
    ],

    refusalTitle: "未执行",
    refusal: {
      protected: "工作表受保护，未写入任何内容。请撤销工作表保护后重试。",
      "no-form": "本工作表中未找到绩效自评表，未写入任何内容。",
      "cell-edit-mode": "单元格正在编辑。请按 Enter 或 Esc 结束编辑后重试。",
      unsupported: "此版本的 Excel 不支持该操作。",
      "too-large": "工作表的已用区域过大（可能远处的单元格有内容或格式），未作检查。请删除表格以外的多余行列后重试。",
    },
    unsupportedNeeds: (detail) => `需要 ${detail}。`,
    errorTitle: "出错了",
    dismiss: "关闭",

    cleared: (n) => `已清除 ${n} 个单元格的标记。`,
    totalsInserted: "已写入金额合计行并重新校验。",
    summaryWritten: "已写入校验摘要并重新校验。",
    marked: (n) => `已在表中标记 ${n} 个单元格`,

    commandResult: (sheet, e, w, i, m) =>
      `“${sheet}”：错误 ${e} 个，警告 ${w} 个，提示 ${i} 条；已标记 ${m} 个单元格。打开校验窗格可查看详情。`,
    commandClean: (sheet) => `“${sheet}”：未发现问题。`,
    commandFailed: (message) => `校验失败：${message}`,
    close: "关闭",
  },
  "en-US": {
    appTitle: "Self-evaluation form check",
    otherLanguage: "中文",
    switchLanguageLabel: "切换到中文",

    actionsLabel: "Check actions",
    check: "Check this sheet",
    checkAll: "Check all sheets",
    clearMarks: "Clear marks",
    insertTotals: "Insert totals row",
    writeSummary: "Write check summary",
    live: "Live check",
    liveHint: "Re-check automatically after you edit cells",
    working: "Working…",
    readingRows: (read, total) => `Reading the sheet: ${read.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} rows`,

    formKind: {
      department: "Department expenditure self-evaluation (部门整体)",
      project: "Project expenditure self-evaluation (项目支出)",
    },
    unitName: "Unit",
    projectName: "Project",
    year: "Year",
    sheet: "Sheet",

    summaryHeading: "Summary",
    budgetTotal: label(en, "budgetTotal"),
    spentTotal: label(en, "spentTotal"),
    executionRate: label(en, "executionRate"),
    unit: (unit) => `Unit: ${unit}`,
    indicatorsHeading: "Performance indicators",
    indicatorTotal: label(en, "indicatorCount"),
    met: label(en, "met"),
    unmet: label(en, "unmet"),
    exceeded: label(en, "exceeded"),
    manual: label(en, "manual"),
    findingsCounted: "Findings",
    severity: { error: "Errors", warning: "Warnings", info: "Info" },
    notStated: "—",

    findingsHeading: "Findings",
    noFindings: "No problems found.",
    cell: "Cell",
    moreCells: (n) => `and ${n} more`,
    findingLabel: (title, message, address) => `${title}: ${message}. Cell ${address}, press Enter to select`,

    scoringHeading: "Scoring",
    computedTotal: "Total (by the rules)",
    statedTotal: "Total (as stated)",
    computedGrade: "Grade (by the rules)",
    statedGrade: "Grade (as stated)",
    grade: { 优: "优 (excellent)", 良: "良 (good)", 中: "中 (fair)", 差: "差 (poor)" },
    profileUsed: "Scoring profile",
    profileName: (p, guessed) => `${p === "hubei" ? "Hubei" : "Central (一体化)"}${guessed ? " (guessed from the layout)" : ""}`,
    profileChoice: "Choose the scoring profile",
    profileOption: { auto: "Automatic", central: "Central", hubei: "Hubei" },
    explainOverAchievement: "Explain 130% over-achievement (Guangxi)",
    explainOverAchievementHint: "An indicator whose actual reaches 130% of its target or more needs a reason for the deviation",
    capByExecutionRate: "Cap the total by execution rate",
    capByExecutionRateHint:
      "The total is capped by the budget execution rate: 70–80% at most 89, 60–70% at most 79, 50–60% at most 69, below 50% at most 59",
    fillScores: "Fill in scores",
    fillScoresHint: "Writes the scores the rules compute into blank score cells; scores already filled in stay as they are.",
    scoresFilled: (n) => `Filled in ${n} score cells and checked again.`,
    noScoresToFill: "No blank score cells the rules can fill; nothing was written.",

    sheetsHeading: "Sheets",
    sheetNoForm: "no form",
    sheetCounts: (e, w, i) => `${e} errors, ${w} warnings, ${i} info`,

    startHint: "Select “Check this sheet” to check the active sheet. Problems are marked on the sheet and listed here.",
    emptyTitle: "No self-evaluation form on this sheet",
    emptyHint: "The add-in looks for:",
    emptyLooksFor: [
      "a title containing 绩效自评表, such as 部门（单位）整体支出绩效目标完成情况自评表 or 项目支出绩效自评表",
      "a money table: 预算数 and 执行数 columns (总额, 其中：财政拨款) with a 金额合计 or 年度资金总额 row",
      "an indicator table: 一级指标, 二级指标, 三级指标, 预期指标值 (年度指标值) and 实际完成指标值 (实际完成值)",
    ],

    refusalTitle: "Not done",
    refusal: {
      protected: "The sheet is protected; nothing was written. Unprotect the sheet and try again.",
      "no-form": "No self-evaluation form on this sheet; nothing was written.",
      "cell-edit-mode": "A cell is being edited. Press Enter or Esc to finish editing, then try again.",
      unsupported: "This version of Excel does not support this action.",
      "too-large": "The sheet's used range is too large (something far from the form has content or formatting); it was not checked. Delete the extra rows and columns, then try again.",
    },
    unsupportedNeeds: (detail) => ` It needs ${detail}.`,
    errorTitle: "Something went wrong",
    dismiss: "Dismiss",

    cleared: (n) => `Cleared the marks from ${n} cells.`,
    totalsInserted: "Wrote the totals row and checked again.",
    summaryWritten: "Wrote the check summary and checked again.",
    marked: (n) => `${n} cells marked on the sheet`,

    commandResult: (sheet, e, w, i, m) =>
      `“${sheet}”: ${e} errors, ${w} warnings, ${i} info; ${m} cells marked. Open the check pane for details.`,
    commandClean: (sheet) => `“${sheet}”: no problems found.`,
    commandFailed: (message) => `The check failed: ${message}`,
    close: "Close",
  },
};
