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
};

function codeOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/** Excel refuses every request while the user is typing in a cell. */
export function isCellEditMode(error: unknown): boolean {
  return codeOf(error) === "InvalidOperationInCellEditMode";
}
