/**
 * Reading sheets for a check. One sync reads what a form needs when the used range lies inside the
 * read window; otherwise the used range's extent, read in that same sync, decides before any
 * further get: a used range over MAX_SHEET_CELLS is refused, a smaller one is read in blocks of
 * rows. No get ever asks for more than the window's cells, so Excel's limit on a range get
 * (5,000,000 cells, every platform) is never met; Excel on the web's 5 MB response cap can still be
 * met by long texts, and then blocks are halved until they fit.
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 */
import { rangeA1 } from "../core/grid";
import { MAX_SHEET_CELLS } from "../core/limits";
import type { Capabilities } from "./capabilities";
import { fail } from "../core/problem";
import type { HostContext, HostWorksheet } from "./host";
import type { ReadProgress } from "./port";
import {
  isPayloadTooLarge,
  MERGE_BAND_ROWS,
  queueCellBlock,
  queueMerges,
  queueSheetRead,
  READ_WINDOW,
  type SheetState,
} from "./read-sheet";

/** Rows per block after Excel on the web refused a response as too large. */
const PAYLOAD_BLOCK_ROWS = 1024;

/** Merge bands to fall back to when a band holds more than 512 merged areas. */
const SMALLER_MERGE_BANDS = [8, 1];

export interface Target {
  sheet: HostWorksheet;
  state: SheetState;
}

export interface ReadOptions {
  caps: Capabilities;
  progress(progress: ReadProgress): void;
}

/** The rows of an extent and whether it fits the read window. */
function fitsWindow(extent: NonNullable<SheetState["extent"]>): boolean {
  return extent.bottom < READ_WINDOW.rows && extent.right < READ_WINDOW.columns;
}

/**
 * Merged areas of rows from..to, band by band. getMergedAreasOrNullObject fails on a range holding
 * more than 512 merged areas, so a failed sync is tried again with smaller bands.
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)
 */
async function readMerges(context: HostContext, sheet: HostWorksheet, from: number, to: number, bands: number[]) {
  for (let i = 0; ; i++) {
    const read = queueMerges(sheet, from, to, bands[i]);
    try {
      await context.sync();
      return read();
    } catch (error) {
      if (i === bands.length - 1) throw error;
    }
  }
}

/** The cells of a known extent, in blocks of rows (halved while Excel on the web refuses them as too large). */
async function readBlocks(context: HostContext, target: Target, firstBlockRows: number, options: ReadOptions): Promise<void> {
  const { sheet, state } = target;
  const { top, left, bottom, right } = state.extent!;
  const grid = state.grid;
  grid.values = [];
  grid.formats = [];
  grid.formulas = [];
  grid.origin = { row: top, col: left };
  const rows = bottom - top + 1;
  options.progress({ sheet: state.name, rowsRead: 0, rows });
  let block = firstBlockRows;
  for (let from = top; from <= bottom; ) {
    const to = Math.min(from + block - 1, bottom);
    const read = queueCellBlock(sheet, { top: from, bottom: to, left, right });
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error) || block === 1) throw error;
      block = Math.ceil(block / 2);
      continue;
    }
    const cells = read();
    grid.values.push(...cells.values);
    grid.formats!.push(...cells.formats);
    grid.formulas!.push(...cells.formulas);
    from = to + 1;
    options.progress({ sheet: state.name, rowsRead: to - top + 1, rows });
  }
}

function refuseIfTooLarge(state: SheetState): void {
  if (!state.extent) return;
  const { top, left, bottom, right } = state.extent;
  const rows = bottom - top + 1;
  const columns = right - left + 1;
  if (rows * columns > MAX_SHEET_CELLS) throw fail("too-large", { limit: "sheet", sheet: state.name, range: rangeA1(state.extent), cells: rows * columns, max: MAX_SHEET_CELLS });
}

/** Everything but the cells and merges, then the merges in small bands: after a read that failed. */
async function rereadSheet(context: HostContext, sheet: HostWorksheet, options: ReadOptions): Promise<{ target: Target; blockRows: number }> {
  const frame = queueSheetRead(sheet, options.caps, { cells: false, merges: false });
  await context.sync();
  const target = { sheet, state: frame() };
  if (target.state.extent) {
    const bands = [MERGE_BAND_ROWS, ...SMALLER_MERGE_BANDS];
    target.state.grid.merges = await readMerges(context, sheet, 0, target.state.extent.bottom, bands);
  }
  return { target, blockRows: PAYLOAD_BLOCK_ROWS };
}

/** Read `sheets` (one sync for forms inside the read window), deciding from each extent what more to read. */
export async function readSheets(context: HostContext, sheets: HostWorksheet[], options: ReadOptions): Promise<Target[]> {
  const reads = sheets.map((sheet) => ({ sheet, read: queueSheetRead(sheet, options.caps) }));
  let targets: { target: Target; blockRows?: number }[];
  try {
    await context.sync();
    targets = reads.map(({ sheet, read }) => ({ target: { sheet, state: read() } }));
  } catch {
    // Too large a response (the web's 5 MB), or a band of more than 512 merged areas: read again in smaller pieces.
    targets = [];
    for (const sheet of sheets) targets.push(await rereadSheet(context, sheet, options));
  }
  for (const { target, blockRows } of targets) {
    const { state } = target;
    if (!state.extent) continue;
    refuseIfTooLarge(state);
    if (blockRows !== undefined) await readBlocks(context, target, blockRows, options);
    else if (!fitsWindow(state.extent)) {
      const columns = state.extent.right - state.extent.left + 1;
      await readBlocks(context, target, Math.max(1, Math.floor(READ_WINDOW.cells / columns)), options);
    }
    if (state.mergesFrom !== undefined) {
      state.grid.merges.push(...(await readMerges(context, target.sheet, state.mergesFrom, state.extent.bottom, [MERGE_BAND_ROWS, ...SMALLER_MERGE_BANDS])));
      delete state.mergesFrom;
    }
  }
  return targets.map(({ target }) => target);
}
