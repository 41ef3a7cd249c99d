/**
 * Why a file could not be checked, in the command line's words: the one place its text report, its
 * JSON `error` and the review summary's 说明 column get them from. Each message says what to do next.
 */
import type { Lang } from "../core/model";
import { wordProblem, type Damage, type FileProblemCode, type Problem, type ProblemWords, type RunProblemCode, type SizeLimit } from "../core/problem";
import { formatBytes, formatCount } from "../xlsx/limits";

type Words = ProblemWords<FileProblemCode | RunProblemCode>;

const DAMAGE: Record<Lang, (d: Damage) => string> = {
  "zh-CN": (d) => {
    switch (d.damage) {
      case "zip-end-missing": return "找不到压缩包的目录结尾，文件不完整";
      case "zip64-record-missing": return "zip64 压缩包缺少 zip64 目录记录";
      case "zip64-record-malformed": return "zip64 目录记录已损坏";
      case "zip-entry-malformed": return `压缩包目录第 ${d.entry} 项（共 ${d.count} 项）已损坏`;
      case "part-header-missing": return `部件 ${d.part} 的文件头缺失`;
      case "part-truncated": return `部件 ${d.part} 超出文件末尾，文件不完整`;
      case "part-bomb": return `部件 ${d.part} 解压后超过其声明的 ${formatBytes(d.declared)}（疑似压缩炸弹）`;
      case "part-not-inflatable": return `部件 ${d.part} 无法解压`;
      case "xls-unreadable": return "无法按 Excel 97-2003 格式读取";
      case "xls-sheet-missing": return "列出的工作表找不到数据";
      case "package": return d.detail;
    }
  },
  "en-US": (d) => {
    switch (d.damage) {
      case "zip-end-missing": return "no zip end-of-central-directory record: the file is truncated";
      case "zip64-record-missing": return "a zip64 package without its zip64 directory record";
      case "zip64-record-malformed": return "the zip64 directory record is malformed";
      case "zip-entry-malformed": return `zip directory entry ${d.entry} of ${d.count} is malformed`;
      case "part-header-missing": return `the header of part ${d.part} is missing`;
      case "part-truncated": return `part ${d.part} runs past the end of the file: the file is truncated`;
      case "part-bomb": return `part ${d.part} inflates to more than the ${formatBytes(d.declared)} it declares (a zip bomb?)`;
      case "part-not-inflatable": return `part ${d.part} cannot be inflated`;
      case "xls-unreadable": return "it cannot be read as Excel 97-2003";
      case "xls-sheet-missing": return "a listed sheet has no data";
      case "package": return d.detail;
    }
  },
};

const SIZE: Record<Lang, (s: SizeLimit) => string> = {
  "zh-CN": (s) => {
    switch (s.limit) {
      case "file": return `文件大小 ${formatBytes(s.bytes)}，上限为 ${formatBytes(s.max)}`;
      case "unpacked": return `解压后共 ${formatBytes(s.bytes)}，上限为 ${formatBytes(s.max)}`;
      case "parts": return `压缩包含 ${formatCount(s.count)} 个部件，上限为 ${formatCount(s.max)}`;
      case "sheet":
        return `工作表「${s.sheet}」的已用区域 ${s.range} 共 ${formatCount(s.cells)} 个单元格，上限为 ${formatCount(s.max)}；请删除远离表格的多余内容后再检查`;
    }
  },
  "en-US": (s) => {
    switch (s.limit) {
      case "file": return `the file is ${formatBytes(s.bytes)}; the limit is ${formatBytes(s.max)}`;
      case "unpacked": return `it would expand to ${formatBytes(s.bytes)}; the limit is ${formatBytes(s.max)}`;
      case "parts": return `the package has ${formatCount(s.count)} parts; the limit is ${formatCount(s.max)}`;
      case "sheet":
        return `sheet '${s.sheet}' uses ${s.range}, ${formatCount(s.cells)} cells; the limit is ${formatCount(s.max)} — delete stray content far from the form and check again`;
    }
  },
};

export const problemWords: Record<Lang, Words> = {
  "zh-CN": {
    "not-found": () => "文件不存在",
    "not-a-file": () => "不是文件（可能是目录）",
    "not-xlsx": () => "不是 .xlsx 或 .xls 工作簿（文件内容不是 Excel 格式）",
    "legacy-xls": () => "这是旧版 .xls（Excel 97-2003）文件，此处只能读取 .xlsx；请在 Excel 或 WPS 中另存为 .xlsx 后再检查",
    "wps-et": () => "这是 WPS 表格的 .et 文件，ziping 无法读取该格式；请在 WPS 中另存为 .xlsx 或 .xls 后再检查",
    encrypted: () => "工作簿已加密（设置了打开密码），请先取消密码再检查",
    corrupted: (d) => `工作簿已损坏，无法读取（${DAMAGE["zh-CN"](d)}）`,
    "no-sheets": () => "工作簿中没有工作表",
    "too-large": (s) => `工作簿过大，超出 ziping 可检查的范围，未作检查（${SIZE["zh-CN"](s)}）`,
    "no-form": () => "工作簿中没有找到绩效自评表（按表头文字识别：预算数/执行数、预期指标值/实际完成指标值等）",
    "duplicate-output": ({ other }) => `与 ${other} 同名，标注副本会互相覆盖；请分开检查`,
    "overwrite-input": ({ target }) => `拒绝写入 ${target}：它就是输入文件`,
    "copy-not-written": ({ detail }) => `写入标注副本失败：${detail}`,
    "too-slow": ({ seconds }) => `读取和检查超过 ${seconds} 秒仍未完成，已停止，未作检查（可用 --timeout 放宽）`,
    "worker-stopped": ({ detail }) => `检查进程异常退出：${detail}`,
    internal: ({ detail }) => `内部错误：${detail}`,
    "no-workbooks-in": ({ dir }) => `目录 ${dir} 中没有 .xlsx 或 .xls 文件；请确认文件夹是否选对`,
    "report-is-input": ({ path }) => `拒绝写入审核汇总 ${path}：它是一个输入文件，写入会覆盖送审的表；请为审核汇总另取一个文件名`,
    "report-not-written": ({ path, detail }) => `无法写入审核汇总 ${path}：${detail}（若文件正在 Excel 或 WPS 中打开，请先关闭后重试）`,
  },
  "en-US": {
    "not-found": () => "file not found",
    "not-a-file": () => "not a file (a directory?)",
    "not-xlsx": () => "not an .xlsx or .xls workbook (the content is not in an Excel format)",
    "legacy-xls": () =>
      "this is a legacy .xls (Excel 97-2003) file and only .xlsx can be read here; save it as .xlsx in Excel or WPS and check that",
    "wps-et": () => "this is a WPS Spreadsheets .et file, a format ziping cannot read; save it as .xlsx or .xls in WPS and check that",
    encrypted: () => "the workbook is encrypted (password to open); remove the password and check again",
    corrupted: (d) => `the workbook is corrupted and cannot be read (${DAMAGE["en-US"](d)})`,
    "no-sheets": () => "the workbook has no worksheets",
    "too-large": (s) => `the workbook is too large for ziping to check; it was not checked (${SIZE["en-US"](s)})`,
    "no-form": () => "no 绩效自评表 found in the workbook (recognised by header words: 预算数/执行数, 预期指标值/实际完成指标值, …)",
    "duplicate-output": ({ other }) => `has the same file name as ${other}, so their annotated copies would overwrite each other; check them separately`,
    "overwrite-input": ({ target }) => `refusing to write ${target}: it is an input file`,
    "copy-not-written": ({ detail }) => `could not write the annotated copy: ${detail}`,
    "too-slow": ({ seconds }) => `gave up after ${seconds} s without finishing; it was not checked (--timeout allows longer)`,
    "worker-stopped": ({ detail }) => `the checking thread stopped: ${detail}`,
    internal: ({ detail }) => `internal error: ${detail}`,
    "no-workbooks-in": ({ dir }) => `no .xlsx or .xls files in the directory ${dir}; check that it is the right folder`,
    "report-is-input": ({ path }) =>
      `refusing to write the review summary ${path}: it is an input file and writing it would overwrite a submission; give the summary another name`,
    "report-not-written": ({ path, detail }) =>
      `could not write the review summary ${path}: ${detail} (if it is open in Excel or WPS, close it and try again)`,
  },
};

export function problemText(p: Problem<FileProblemCode | RunProblemCode>, lang: Lang): string {
  return wordProblem(problemWords[lang], p);
}
