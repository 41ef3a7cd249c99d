/**
 * Words the ribbon command shows (its notice dialog), beside the command. The task pane keeps its own words beside its
 * components (src/taskpane/strings.ts); words written into the workbook come with the engine's plans.
 */
import type { Lang } from "../core/model";
import type { OfficeProblemCode, ProblemWords } from "../core/problem";

export interface UiStrings {
  /** The ribbon command's one place for every problem Office can give it (src/core/problem.ts). */
  problem: ProblemWords<OfficeProblemCode>;

  /** The ribbon command's result, shown without the pane. */
  commandResult: (sheet: string, errors: number, warnings: number, infos: number, marked: number) => string;
  commandClean: (sheet: string) => string;
  commandFailed: (message: string) => string;
  close: string;
}

export const uiStrings: Record<Lang, UiStrings> = {
  "zh-CN": {
    problem: {
      "sheet-protected": ({ sheet }) => `${sheet ? `“${sheet}”：` : ""}工作表受保护，未写入任何内容。请撤销工作表保护后重试。`,
      "no-form": () => "本工作表中未找到绩效自评表，未写入任何内容。",
      "cell-edit-mode": () => "单元格正在编辑。请按 Enter 或 Esc 结束编辑后重试。",
      "api-missing": ({ needs }) => `此版本的 Excel 不支持该操作${needs ? `（需要 ${needs}）` : ""}。请更新 Office 后重试。`,
      "too-large": () => "工作表的已用区域过大（可能远处的单元格有内容或格式），未作检查。请删除表格以外的多余行列后重试；特别大的表格可用命令行 npx ziping check 检查。",
      "write-interrupted": ({ detail }) => `写入工作表时出错，部分标记可能已写入。请打开校验窗格，点击“清除标记”后重试。（${detail}）`,
      "office-failed": ({ detail }) => `校验失败：${detail}。请稍后重试；如果仍然出错，请保存并重新打开工作簿。`,
    },

    commandResult: (sheet, e, w, i, m) =>
      `“${sheet}”：错误 ${e} 个，警告 ${w} 个，提示 ${i} 条；已标记 ${m} 个单元格。打开校验窗格可查看详情。`,
    commandClean: (sheet) => `“${sheet}”：未发现问题。`,
    commandFailed: (message) => `校验失败：${message}`,
    close: "关闭",
  },
  "en-US": {
    problem: {
      "sheet-protected": ({ sheet }) => `${sheet ? `“${sheet}”: ` : ""}The sheet is protected; nothing was written. Unprotect the sheet and try again.`,
      "no-form": () => "No self-evaluation form on this sheet; nothing was written.",
      "cell-edit-mode": () => "A cell is being edited. Press Enter or Esc to finish editing, then try again.",
      "api-missing": ({ needs }) => `This version of Excel does not support this action${needs ? ` (it needs ${needs})` : ""}. Update Office and try again.`,
      "too-large": () =>
        "The sheet's used range is too large (something far from the form has content or formatting); it was not checked. Delete the extra rows and columns, then try again; very large sheets can be checked with the command line (npx ziping check).",
      "write-interrupted": ({ detail }) =>
        `Writing to the sheet failed part-way and some marks may be there. Open the check pane, choose Clear marks, then try again. (${detail})`,
      "office-failed": ({ detail }) => `The check failed: ${detail}. Try again in a moment; if it keeps failing, save and reopen the workbook.`,
    },

    commandResult: (sheet, e, w, i, m) =>
      `“${sheet}”: ${e} errors, ${w} warnings, ${i} info; ${m} cells marked. Open the check pane for details.`,
    commandClean: (sheet) => `“${sheet}”: no problems found.`,
    commandFailed: (message) => `The check failed: ${message}`,
    close: "Close",
  },
};
