/**
 * Errors the adapter turns into refusals instead of failures. Everything else propagates: the pane
 * shows it, nothing is swallowed.
 */
import type { Refusal } from "./port";

/** A port call that could not run for a reason the pane explains (thrown where a method returns no SheetCheck). */
export class PortRefusal extends Error {
  constructor(
    readonly reason: Refusal,
    readonly detail?: string,
  ) {
    super(REFUSAL_TEXT[reason] + (detail ? ` (${detail})` : ""));
    this.name = "PortRefusal";
  }
}

const REFUSAL_TEXT: Record<Refusal, string> = {
  protected: "工作表受保护，未作任何修改 / The sheet is protected; nothing was changed",
  "no-form": "本表未找到自评表 / No self-evaluation form on this sheet",
  "cell-edit-mode": "请先结束单元格编辑 / Finish editing the cell first",
  unsupported: "此版本的 Excel 不支持该操作 / This version of Excel cannot do this",
  "too-large": "工作表的已用区域过大，未作检查 / The sheet's used range is too large to check",
};

/**
 * Excel failed the sync that writes, part-way: it applies a batch up to the failing command and keeps
 * what it applied, so some marks (or part of a totals row or summary) may be on the sheet. The message
 * says so and names the way back; the host's error is the cause.
 */
export class PortWriteError extends Error {
  readonly cause: unknown;

  constructor(cause: unknown) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    super(
      `写入工作表时出错，部分标记可能已写入；点击“清除标记”可移除 ziping 写入的全部标记。（${detail}） / ` +
        `Writing to the sheet failed part-way and some marks may be there; Clear marks (清除标记) removes every mark ziping wrote. (${detail})`,
    );
    this.name = "PortWriteError";
    this.cause = cause;
  }
}

function codeOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : "";
}

/**
 * Excel refuses every request while the user is typing in a cell. Microsoft's pages name two codes
 * for it: InvalidOperationInCellEditMode, and the general InvalidOperation with a message about edit
 * mode (the message tells it from other invalid operations, such as writing over part of a merge).
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 */
export function isCellEditMode(error: unknown): boolean {
  const code = codeOf(error);
  if (code === "InvalidOperationInCellEditMode") return true;
  return code === "InvalidOperation" && /edit(ing)?[ -]?mode|编辑模式/i.test(messageOf(error));
}
