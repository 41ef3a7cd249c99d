/**
 * Why a workbook could not be read, in words a user can act on. The CLI prints `messages[lang]`;
 * `reason` is stable for tests and JSON consumers.
 */
import type { Lang } from "../core/model";

export type ReadFailure =
  | "not-found"
  | "not-a-file"
  | "not-xlsx"
  | "legacy-xls"
  /** WPS Spreadsheets' own .et (or .ett) format, which no parser ziping has can read. */
  | "wps-et"
  | "encrypted"
  | "corrupted"
  | "no-sheets"
  /** Over one of the read limits (src/xlsx/limits.ts): refused before it could exhaust memory or time. */
  | "too-large";

const MESSAGES: Record<ReadFailure, Record<Lang, string>> = {
  "not-found": { "zh-CN": "文件不存在", "en-US": "file not found" },
  "not-a-file": { "zh-CN": "不是文件（可能是目录）", "en-US": "not a file (a directory?)" },
  "not-xlsx": {
    "zh-CN": "不是 .xlsx 或 .xls 工作簿（文件内容不是 Excel 格式）",
    "en-US": "not an .xlsx or .xls workbook (the content is not in an Excel format)",
  },
  "legacy-xls": {
    "zh-CN": "这是旧版 .xls（Excel 97-2003）文件，此处只能读取 .xlsx；请在 Excel 或 WPS 中另存为 .xlsx 后再检查",
    "en-US": "this is a legacy .xls (Excel 97-2003) file and only .xlsx can be read here; save it as .xlsx in Excel or WPS and check that",
  },
  "wps-et": {
    "zh-CN": "这是 WPS 表格的 .et 文件，ziping 无法读取该格式；请在 WPS 中另存为 .xlsx 或 .xls 后再检查",
    "en-US": "this is a WPS Spreadsheets .et file, a format ziping cannot read; save it as .xlsx or .xls in WPS and check that",
  },
  encrypted: {
    "zh-CN": "工作簿已加密（设置了打开密码），请先取消密码再检查",
    "en-US": "the workbook is encrypted (password to open); remove the password and check again",
  },
  corrupted: { "zh-CN": "工作簿已损坏，无法读取", "en-US": "the workbook is corrupted and cannot be read" },
  "no-sheets": { "zh-CN": "工作簿中没有工作表", "en-US": "the workbook has no worksheets" },
  "too-large": {
    "zh-CN": "工作簿过大，超出 ziping 可检查的范围，未作检查",
    "en-US": "the workbook is too large for ziping to check; it was not checked",
  },
};

export class WorkbookReadError extends Error {
  readonly reason: ReadFailure;
  readonly messages: Record<Lang, string>;
  /** The underlying error (exceljs's or the file system's), kept for --debug style output. */
  readonly cause?: unknown;

  /** `detail` is appended to both languages' message; give it per language when it is worded. */
  constructor(reason: ReadFailure, detail?: string | Record<Lang, string>, options?: { cause?: unknown }) {
    const messages = { ...MESSAGES[reason] };
    if (detail) {
      const zh = typeof detail === "string" ? detail : detail["zh-CN"];
      const en = typeof detail === "string" ? detail : detail["en-US"];
      messages["zh-CN"] += `（${zh}）`;
      messages["en-US"] += ` (${en})`;
    }
    super(messages["en-US"]);
    this.name = "WorkbookReadError";
    this.reason = reason;
    this.messages = messages;
    if (options && "cause" in options) this.cause = options.cause;
  }
}
