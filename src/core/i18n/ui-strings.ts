/**
 * Words the ribbon command shows (its notice dialog). The task pane keeps its own words beside its
 * components (src/taskpane/strings.ts); words written into the workbook come with the engine's plans.
 */
import type { Lang } from "../model";

export type RefusalReason = "protected" | "no-form" | "cell-edit-mode" | "unsupported" | "too-large";

export interface UiStrings {
  refusal: Record<RefusalReason, string>;
  /** Appended to the unsupported refusal; carries its own leading space where the language needs one. */
  unsupportedNeeds: (detail: string) => string;

  /** The ribbon command's result, shown without the pane. */
  commandResult: (sheet: string, errors: number, warnings: number, infos: number, marked: number) => string;
  commandClean: (sheet: string) => string;
  commandFailed: (message: string) => string;
  close: string;
}

export const uiStrings: Record<Lang, UiStrings> = {
  "zh-CN": {
    refusal: {
      protected: "工作表受保护，未写入任何内容。请撤销工作表保护后重试。",
      "no-form": "本工作表中未找到绩效自评表，未写入任何内容。",
      "cell-edit-mode": "单元格正在编辑。请按 Enter 或 Esc 结束编辑后重试。",
      unsupported: "此版本的 Excel 不支持该操作。",
      "too-large": "工作表的已用区域过大（可能远处的单元格有内容或格式），未作检查。请删除表格以外的多余行列后重试。",
    },
    unsupportedNeeds: (detail) => `需要 ${detail}。`,

    commandResult: (sheet, e, w, i, m) =>
      `“${sheet}”：错误 ${e} 个，警告 ${w} 个，提示 ${i} 条；已标记 ${m} 个单元格。打开校验窗格可查看详情。`,
    commandClean: (sheet) => `“${sheet}”：未发现问题。`,
    commandFailed: (message) => `校验失败：${message}`,
    close: "关闭",
  },
  "en-US": {
    refusal: {
      protected: "The sheet is protected; nothing was written. Unprotect the sheet and try again.",
      "no-form": "No self-evaluation form on this sheet; nothing was written.",
      "cell-edit-mode": "A cell is being edited. Press Enter or Esc to finish editing, then try again.",
      unsupported: "This version of Excel does not support this action.",
      "too-large": "The sheet's used range is too large (something far from the form has content or formatting); it was not checked. Delete the extra rows and columns, then try again.",
    },
    unsupportedNeeds: (detail) => ` It needs ${detail}.`,

    commandResult: (sheet, e, w, i, m) =>
      `“${sheet}”: ${e} errors, ${w} warnings, ${i} info; ${m} cells marked. Open the check pane for details.`,
    commandClean: (sheet) => `“${sheet}”: no problems found.`,
    commandFailed: (message) => `The check failed: ${message}`,
    close: "Close",
  },
};
