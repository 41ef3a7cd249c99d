/**
 * Words the task pane shows, Chinese first. Rule titles and finding messages are not here: they come
 * with each rule's meta and each finding, so the pane shows what the engine said. Words that end up in
 * the workbook (the summary block, the notes) belong to the engine, not to this file.
 */
import { glossary, label, qualified } from "../core/i18n/glossary";
import type { FormKind, Lang, Severity } from "../core/model";
import type { ProfileId, ScoreGrade } from "../core/scoring";
import type { OfficeProblemCode, ProblemWords } from "../core/problem";

export interface PaneStrings {
  appTitle: string;
  /** The language toggle shows the language it switches to, in that language. */
  otherLanguage: string;
  switchLanguageLabel: string;

  actionsLabel: string;
  check: string;
  checkAll: string;
  moreActions: string;
  clearMarks: string;
  insertTotals: string;
  writeSummary: string;
  deleteSummary: string;
  live: string;
  liveHint: string;
  guards: string;
  guardsHint: string;
  working: string;
  /** A large sheet read in blocks: rows read so far of all its rows. */
  readingRows: (read: number, total: number) => string;

  formKind: Record<FormKind, string>;
  unitName: string;
  projectName: string;
  year: string;
  sheet: string;

  detailsHeading: string;
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
  severity: Record<Severity, string>;
  /** The severity filter's toggle: its name, the count, and whether it shows that severity. */
  filterLabel: (severity: string, count: number) => string;
  notStated: string;

  findingsHeading: string;
  noFindings: string;
  allFiltered: string;
  cells: (addresses: string[]) => string;
  /**
   * What a screen reader hears around a finding's visible words (its name is its own text, so the
   * words on screen and the name agree): the severity before, pauses between, the key to press after.
   */
  findingSpoken: { severity: Record<Severity, string>; afterTitle: string; afterMessage: string; hint: string };
  filterGroup: string;
  previous: string;
  next: string;
  position: (at: number, of: number) => string;
  search: string;
  searchPlaceholder: string;
  ignore: string;
  ignoreLabel: (title: string) => string;
  /** The link to a finding's rule page: its accessible name (what it opens) and its tooltip. */
  ruleDocLabel: (title: string) => string;
  ruleDoc: string;
  ignoredHeading: (n: number) => string;
  restore: string;
  restoreLabel: (title: string) => string;
  ignoredNotice: string;
  undo: string;
  marked: (n: number) => string;

  stale: string;
  recheck: string;

  scoringHeading: string;
  computedTotal: string;
  statedTotal: string;
  /** The stated 总分 is above 100, the most a form can score. */
  totalAboveMaximum: (max: string) => string;
  computedGrade: string;
  statedGrade: string;
  grade: Record<ScoreGrade, string>;
  profileUsed: string;
  /** The profile a result was scored with, and whether the engine guessed it from the layout. */
  profileName: (profile: ProfileId, guessed: boolean) => string;
  profileChoice: string;
  profileOption: Record<"auto" | ProfileId, string>;
  profileOptionHint: string;
  explainOverAchievement: string;
  explainOverAchievementHint: string;
  capByExecutionRate: string;
  capByExecutionRateHint: string;
  fillScores: string;
  fillScoresHint: string;
  noScoresToFill: string;

  sheetsHeading: string;
  sheetNoForm: string;
  sheetCounts: (errors: number, warnings: number, infos: number) => string;

  startHint: string;
  emptyTitle: string;
  emptyHint: string;
  emptyLooksFor: string[];

  refusalTitle: string;
  /**
   * The pane's words for every problem Office can give it (src/core/problem.ts), each saying what to
   * do; Office's own words, where there are any, go under them as failureDetail.
   */
  problem: ProblemWords<OfficeProblemCode>;
  errorTitle: string;
  failureDetail: (detail: string) => string;
  dismiss: string;

  cleared: (sheets: { sheet: string; cells: number }[]) => string;
  nothingToClear: string;
  wrote: (what: WriteJob, addresses: string[]) => string;
  wroteNothing: (what: WriteJob) => string;
  /** 插入合计行 wrote no formula at all: every total was kept as stated (the list says why). */
  keptEveryTotal: string;
  /** Headings of the lists under the banner after a write. */
  formatsChangedTitle: string;
  totalsKeptTitle: string;
  /** One kept total: its cells, then the engine's reason. */
  keptItem: (cells: string[], why: string) => string;
  summaryDeleted: (addresses: string[]) => string;
  noSummaryToDelete: string;

  confirmTitle: (what: WriteJob) => string;
  confirmBody: string;
  confirmWrite: string;
  cancel: string;
  blank: string;
  /** One line of the question: a cell, what it holds and what it would hold. */
  change: (address: string, before: string, after: string) => string;
  /** Said under the question when the same write also changes Text cells' number format. */
  confirmFormats: string;
  formatChange: (address: string, to: string) => string;

  exportHeading: string;
  copyTable: string;
  exportXlsx: string;
  exportCsv: string;
  copied: (n: number) => string;
  copyFailed: string;
  exported: (file: string) => string;
  clearBeforeSubmit: string;
  /** Column headings of the copied and exported table. */
  tableColumns: { sheet: string; severity: string; rule: string; cells: string; message: string; expected: string; actual: string };
  exportFileStem: string;

  /** What a screen reader hears after a check (the polite live region). */
  announceChecked: (errors: number, warnings: number, infos: number) => string;
  announceStale: string;
}

export type WriteJob = "totals" | "summary" | "scores";

/** Terms shared with the summary block, the notes and the command line come from the glossary. */
const zh = glossary["zh-CN"];
const en = "en-US";

const joinZh = (addresses: string[]): string => addresses.join("、");
const joinEn = (addresses: string[]): string => addresses.join(", ");
/** A long list of cells is cut after the first few, with how many more. */
function some(addresses: string[], join: (a: string[]) => string, more: (n: number) => string, max = 6): string {
  return addresses.length <= max ? join(addresses) : join(addresses.slice(0, max)) + more(addresses.length - max);
}

export const paneStrings: Record<Lang, PaneStrings> = {
  "zh-CN": {
    appTitle: "自评表校验",
    otherLanguage: "English",
    switchLanguageLabel: "Switch to English",

    actionsLabel: "校验操作",
    check: "校验本表",
    checkAll: "校验全部工作表",
    moreActions: "更多操作",
    clearMarks: "清除标记",
    insertTotals: "插入合计行",
    writeSummary: "写入校验摘要",
    deleteSummary: "删除校验摘要",
    live: "实时校验",
    liveHint: "修改单元格后自动重新校验",
    guards: "在表中保留实时校验",
    guardsHint: "在所有可校验的单元格上保留校验条件：即使不用本插件，在 Excel、WPS 中填错也会立即标红（清除标记时一并清除）",
    working: "正在处理…",
    readingRows: (read, total) => `正在读取工作表：${read.toLocaleString("zh-CN")} / ${total.toLocaleString("zh-CN")} 行`,

    formKind: { department: "部门整体支出绩效自评表", project: "项目支出绩效自评表" },
    unitName: "单位名称",
    projectName: "项目名称",
    year: "年度",
    sheet: "工作表",

    detailsHeading: "表格信息与金额",
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
    severity: { error: zh.error, warning: zh.warning, info: zh.info },
    filterLabel: (s, n) => `${s} ${n}`,
    notStated: "—",

    findingsHeading: "问题清单",
    noFindings: "未发现问题。",
    allFiltered: "所选类别下没有问题。",
    cells: (a) => `单元格 ${some(a, joinZh, (n) => ` 等另外 ${n} 个`)}`,
    filterGroup: "按类别显示",
    findingSpoken: { severity: { error: "错误：", warning: "警告：", info: "提示：" }, afterTitle: "：", afterMessage: "。", hint: "，按 Enter 选中" },
    previous: "上一个",
    next: "下一个",
    position: (at, of) => `第 ${at} / ${of} 个`,
    search: "搜索问题",
    searchPlaceholder: "按指标、单元格或内容搜索",
    ignore: "忽略",
    ignoreLabel: (title) => `忽略此项：${title}`,
    ruleDocLabel: (title) => `打开规则说明：${title}（新窗口）`,
    ruleDoc: "规则说明",
    ignoredHeading: (n) => `已忽略 ${n} 项`,
    restore: "恢复",
    restoreLabel: (title) => `恢复：${title}`,
    ignoredNotice: "已忽略此项；忽略记录保存在本工作簿中。",
    undo: "撤销",
    marked: (n) => (n > 0 ? `已在表中标记 ${n} 个单元格` : "表中没有标记"),

    stale: "表格在校验后有改动，以下结果可能已过期。",
    recheck: "重新校验",

    scoringHeading: "评分",
    computedTotal: qualified("zh-CN", "totalScore", "byTheRules"),
    statedTotal: qualified("zh-CN", "totalScore", "asStated"),
    totalAboveMaximum: (max) => `表中总分超过满分 ${max} 分`,
    computedGrade: qualified("zh-CN", "grade", "byTheRules"),
    statedGrade: qualified("zh-CN", "grade", "asStated"),
    grade: { 优: "优", 良: "良", 中: "中", 差: "差" },
    profileUsed: zh.scoringProfile,
    profileName: (p, guessed) => `按${p === "hubei" ? "湖北省" : "财政部通用"}口径${guessed ? "（根据表式判断）" : ""}`,
    profileChoice: "选择评分口径",
    profileOption: { auto: "自动", central: "财政部通用", hubei: "湖北省" },
    profileOptionHint: "两种口径只在“越小越好”的指标未达标时得分不同；不确定时选“自动”。",
    explainOverAchievement: "超出目标 130% 须说明（广西）",
    explainOverAchievementHint: "实际完成值达到目标值 130% 及以上的指标，须填写偏差原因",
    capByExecutionRate: "按预算执行率限制总分",
    capByExecutionRateHint: "预算执行率 70%–80% 总分最高 89 分，60%–70% 最高 79 分，50%–60% 最高 69 分，低于 50% 最高 59 分",
    fillScores: "填写得分",
    fillScoresHint: "把按评分规则算出的得分写入空白的得分单元格；已填写的得分不改动。",
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

    refusalTitle: "操作未完成",
    problem: {
      "sheet-protected": ({ sheet }) =>
        `${sheet ? `“${sheet}”：` : ""}工作表受保护，未写入任何内容。请在“审阅”选项卡中撤销工作表保护后重试。`,
      "no-form": () => "本工作表中未找到绩效自评表，未写入任何内容。",
      "cell-edit-mode": () => "有单元格正在编辑。请按 Enter 或 Esc 结束编辑后重试。",
      "api-missing": ({ needs }) => `此版本的 Excel 不支持该操作${needs ? `（需要 ${needs}）` : ""}。请更新 Office 后重试。`,
      "too-large": () =>
        "工作表的已用区域过大（可能远处的单元格有内容或格式），未作检查。请删除表格以外的多余行列后重试；特别大的表格可用命令行 npx ziping check 检查。",
      "write-interrupted": () => "写入工作表时出错，部分标记可能已写入。可点击“清除标记”移除本加载项写入的全部标记，然后重试。",
      "office-failed": () => "Excel 未能完成这项操作。请稍后重试；如果仍然出错，请保存并重新打开工作簿。",
    },
    errorTitle: "出错了",
    failureDetail: (detail) => `Excel 的原始信息：${detail}`,
    dismiss: "关闭",

    cleared: (sheets) =>
      `已清除 ${sheets.map((s) => `“${s.sheet}”${s.cells} 个单元格`).join("、")}的标记。`,
    nothingToClear: "表中没有需要清除的标记。",
    wrote: (what, a) =>
      `已${what === "totals" ? "写入金额合计行" : what === "summary" ? "写入校验摘要" : "填写得分"}：${some(a, joinZh, (n) => ` 等另外 ${n} 个单元格`)}。已重新校验。`,
    wroteNothing: (what) =>
      what === "totals" ? "金额合计行已是正确的公式，未作改动。" : what === "summary" ? "校验摘要没有变化，未作改动。" : "没有可按规则填写的空白得分单元格，未写入任何内容。",
    keptEveryTotal: "未写入合计公式，表中所填合计保持原样。",
    formatsChangedTitle: "改用数字格式的单元格",
    totalsKeptTitle: "保留所填数值、未写入公式的合计",
    keptItem: (cells, why) => `${joinZh(cells)}：${why}`,
    summaryDeleted: (a) => `已删除校验摘要（${some(a, joinZh, (n) => ` 等另外 ${n} 个单元格`)}）。`,
    noSummaryToDelete: "表中没有本加载项写入的校验摘要。",

    confirmTitle: (what) => (what === "totals" ? "插入合计行将改写以下单元格" : what === "summary" ? "写入校验摘要将改写以下单元格" : "填写得分将改写以下单元格"),
    confirmBody: "这些单元格已有内容。继续后可在 Excel 中按 Ctrl+Z 撤销。",
    confirmWrite: "改写",
    cancel: "取消",
    blank: "（空）",
    change: (address, before, after) => `${address}：${before} → ${after}`,
    confirmFormats: "以下单元格原为文本格式（@），公式在其中不会计算，将一并改为数字格式：",
    formatChange: (address, to) => `${address}：文本（@）→ ${to}`,

    exportHeading: "发回问题",
    copyTable: "复制问题表",
    exportXlsx: "导出 .xlsx",
    exportCsv: "导出 .csv",
    copied: (n) => `已复制 ${n} 个问题，可粘贴到 Excel、WPS、邮件或聊天窗口。`,
    copyFailed: "无法写入剪贴板。请改用导出。",
    exported: (file) => `已导出 ${file}。`,
    clearBeforeSubmit: "提交工作簿前，请先点击“清除标记”，以免标记随表格上报。",
    tableColumns: { sheet: "工作表", severity: "类别", rule: "问题", cells: "单元格", message: "说明", expected: "应为", actual: "表中" },
    exportFileStem: "自评表问题清单",

    announceChecked: (e, w, i) => (e + w + i === 0 ? "校验完成，未发现问题。" : `校验完成：错误 ${e} 个，警告 ${w} 个，提示 ${i} 条。`),
    announceStale: "表格已改动，结果可能已过期。",
  },
  "en-US": {
    appTitle: "Self-evaluation form check",
    otherLanguage: "中文",
    switchLanguageLabel: "切换到中文",

    actionsLabel: "Check actions",
    check: "Check this sheet",
    checkAll: "Check all sheets",
    moreActions: "More actions",
    clearMarks: "Clear marks",
    insertTotals: "Insert totals row",
    writeSummary: "Write check summary",
    deleteSummary: "Delete check summary",
    live: "Live check",
    liveHint: "Re-check automatically after you edit cells",
    guards: "Keep live checks in the sheet",
    guardsHint: "Keep the checks on every checkable cell, so a mistake turns red as it is typed, even in Excel or WPS without this add-in (清除标记 removes them)",
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

    detailsHeading: "Form and money",
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
    severity: { error: "Errors", warning: "Warnings", info: "Info" },
    filterLabel: (s, n) => `${s} ${n}`,
    notStated: "—",

    findingsHeading: "Findings",
    noFindings: "No problems found.",
    allFiltered: "No findings in the chosen categories.",
    cells: (a) => `${a.length > 1 ? "Cells" : "Cell"} ${some(a, joinEn, (n) => ` and ${n} more`)}`,
    filterGroup: "Show by severity",
    findingSpoken: { severity: { error: "Error: ", warning: "Warning: ", info: "Info: " }, afterTitle: ": ", afterMessage: ". ", hint: ", press Enter to select" },
    previous: "Previous",
    next: "Next",
    position: (at, of) => `${at} of ${of}`,
    search: "Search findings",
    searchPlaceholder: "Indicator, cell or text",
    ignore: "Ignore",
    ignoreLabel: (title) => `Ignore this finding: ${title}`,
    ruleDocLabel: (title) => `Open the rule's page: ${title} (new window)`,
    ruleDoc: "About this rule",
    ignoredHeading: (n) => `${n} ignored`,
    restore: "Restore",
    restoreLabel: (title) => `Restore: ${title}`,
    ignoredNotice: "Finding ignored; the workbook remembers it.",
    undo: "Undo",
    marked: (n) => (n > 0 ? `${n} cells marked on the sheet` : "No marks on the sheet"),

    stale: "The sheet changed after this check; these results may be out of date.",
    recheck: "Check again",

    scoringHeading: "Scoring",
    computedTotal: qualified(en, "totalScore", "byTheRules"),
    statedTotal: qualified(en, "totalScore", "asStated"),
    totalAboveMaximum: (max) => `The stated total is above the maximum of ${max}`,
    computedGrade: qualified(en, "grade", "byTheRules"),
    statedGrade: qualified(en, "grade", "asStated"),
    grade: { 优: "优 (excellent)", 良: "良 (good)", 中: "中 (fair)", 差: "差 (poor)" },
    profileUsed: "Scoring method",
    profileName: (p, guessed) => `${p === "hubei" ? "Hubei" : "Ministry of Finance (general)"}${guessed ? " (guessed from the layout)" : ""}`,
    profileChoice: "Choose the scoring method",
    profileOption: { auto: "Automatic", central: "Ministry of Finance", hubei: "Hubei" },
    profileOptionHint: "The two methods differ only for missed “at most” indicators; if unsure, choose Automatic.",
    explainOverAchievement: "Explain results at 130% of target or more (Guangxi)",
    explainOverAchievementHint: "An indicator whose actual reaches 130% of its target or more needs a reason for the deviation",
    capByExecutionRate: "Cap the total by the budget execution rate",
    capByExecutionRateHint:
      "Budget execution rate 70–80%: total at most 89; 60–70%: at most 79; 50–60%: at most 69; below 50%: at most 59",
    fillScores: "Fill in scores",
    fillScoresHint: "Writes the scores the rules compute into blank score cells; scores already filled in stay as they are.",
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
    problem: {
      "sheet-protected": ({ sheet }) =>
        `${sheet ? `“${sheet}”: ` : ""}The sheet is protected; nothing was written. Unprotect it (Review tab, Unprotect Sheet) and try again.`,
      "no-form": () => "No self-evaluation form on this sheet; nothing was written.",
      "cell-edit-mode": () => "A cell is being edited. Press Enter or Esc to finish editing, then try again.",
      "api-missing": ({ needs }) => `This version of Excel does not support this action${needs ? ` (it needs ${needs})` : ""}. Update Office and try again.`,
      "too-large": () =>
        "The sheet's used range is too large (something far from the form has content or formatting); it was not checked. Delete the extra rows and columns and try again; very large sheets can be checked with the command line (npx ziping check).",
      "write-interrupted": () =>
        "Writing to the sheet failed part-way and some marks may be there. Clear marks removes every mark this add-in wrote; then try again.",
      "office-failed": () => "Excel could not finish this action. Try again in a moment; if it keeps failing, save and reopen the workbook.",
    },
    errorTitle: "Something went wrong",
    failureDetail: (detail) => `Excel said: ${detail}`,
    dismiss: "Dismiss",

    cleared: (sheets) => `Cleared the marks from ${sheets.map((s) => `${s.cells} cells on “${s.sheet}”`).join(", ")}.`,
    nothingToClear: "There are no marks to clear.",
    wrote: (what, a) =>
      `${what === "totals" ? "Wrote the totals row" : what === "summary" ? "Wrote the check summary" : "Filled in scores"}: ${some(a, joinEn, (n) => ` and ${n} more cells`)}. Checked again.`,
    wroteNothing: (what) =>
      what === "totals"
        ? "The totals row already has the right formulas; nothing was changed."
        : what === "summary"
          ? "The check summary is unchanged; nothing was written."
          : "No blank score cells the rules can fill; nothing was written.",
    keptEveryTotal: "No totals formula was written; the stated totals stay as they are.",
    formatsChangedTitle: "Cells given a number format",
    totalsKeptTitle: "Totals kept as stated, with no formula",
    keptItem: (cells, why) => `${joinEn(cells)}: ${why}`,
    summaryDeleted: (a) => `Deleted the check summary (${some(a, joinEn, (n) => ` and ${n} more cells`)}).`,
    noSummaryToDelete: "There is no check summary from this add-in on the sheet.",

    confirmTitle: (what) =>
      what === "totals" ? "Inserting the totals row will overwrite these cells" : what === "summary" ? "Writing the check summary will overwrite these cells" : "Filling in scores will overwrite these cells",
    confirmBody: "These cells already hold something. You can undo in Excel with Ctrl+Z afterwards.",
    confirmWrite: "Overwrite",
    cancel: "Cancel",
    blank: "(blank)",
    change: (address, before, after) => `${address}: ${before} → ${after}`,
    confirmFormats: "These cells are formatted as text (@), where a formula does not compute, so they will get a number format as well:",
    formatChange: (address, to) => `${address}: text (@) → ${to}`,

    exportHeading: "Send findings back",
    copyTable: "Copy as table",
    exportXlsx: "Export .xlsx",
    exportCsv: "Export .csv",
    copied: (n) => `Copied ${n} findings; paste them into Excel, WPS, e-mail or chat.`,
    copyFailed: "Could not write to the clipboard. Use an export instead.",
    exported: (file) => `Exported ${file}.`,
    clearBeforeSubmit: "Before you submit the workbook, select Clear marks so the marks do not go with it.",
    tableColumns: { sheet: "Sheet", severity: "Severity", rule: "Finding", cells: "Cells", message: "Details", expected: "Expected", actual: "On the form" },
    exportFileStem: "self-evaluation-findings",

    announceChecked: (e, w, i) => (e + w + i === 0 ? "Check done: no problems found." : `Check done: ${e} errors, ${w} warnings, ${i} info.`),
    announceStale: "The sheet changed; the results may be out of date.",
  },
};
