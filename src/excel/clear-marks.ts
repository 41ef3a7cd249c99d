/** 清除标记: delete every conditional format and note ziping wrote on the given sheets, in one more sync. */
import type { Session } from "./check-and-write";
import { fail } from "../core/problem";
import type { HostContext, HostWorksheet } from "./host";
import type { ClearedSheet } from "./port";
import { queueSheetRead, type SheetState } from "./read-sheet";

/** One entry per sheet that had marks; refuses (naming the sheet when `nameLocked`) a protected sheet that has any. */
export async function clearMarksOn(
  session: Session,
  context: HostContext,
  sheets: HostWorksheet[],
  { nameLocked = true } = {},
): Promise<ClearedSheet[]> {
  const reads = sheets.map((sheet) => queueSheetRead(sheet, session.caps(), { cells: false, merges: false }));
  await context.sync();
  const marked: { state: SheetState; ours: SheetState["annotations"] }[] = [];
  for (const state of reads.map((read) => read())) {
    const ours = state.annotations.filter((a) => a.ours);
    if (state.formats.length === 0 && ours.length === 0) session.ledgers.delete(state.id);
    else marked.push({ state, ours });
  }
  if (marked.length === 0) return [];
  const locked = marked.find(({ state }) => state.protected);
  if (locked) throw fail("sheet-protected", nameLocked ? { sheet: locked.state.name } : {});
  // Count the cells in the same sync that deletes their formats.
  const counted = marked.map(({ state, ours }) => {
    const ranges = state.formats.map(({ format }) => {
      const r = format.getRanges();
      r.load("cellCount");
      format.delete();
      return r;
    });
    for (const a of ours) a.item.delete();
    return { state, ours, ranges };
  });
  await context.sync();
  return counted.map(({ state, ours, ranges }) => {
    session.ledgers.delete(state.id);
    const cells = ranges.reduce((n, r) => n + (r.isNullObject ? 0 : r.cellCount), 0);
    return { sheet: state.name, cells: cells > 0 ? cells : ours.length };
  });
}
