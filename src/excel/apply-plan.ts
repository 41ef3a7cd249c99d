/**
 * Queue a WritePlan and a mark diff on one worksheet, in an order that works as one batch: stale
 * marks go first (in the coordinates the sheet has now), then the totals row is inserted or
 * repaired, then the summary block, then the new marks (in the plan's coordinates, which are those
 * after the insertion). Nothing here syncs.
 */
import { a1, type CellRange, type GridData } from "../core/grid";
import { MARK_FILL, type CellWrite, type WritePlan } from "../core/model";
import { rowsAddress } from "./addresses";
import type { AnnotationKind } from "./capabilities";
import type { HostWorksheet } from "./host";
import type { MarkDiff } from "./marks";

/**
 * Excel keeps a formula entered into a Text (`@`) cell as its source text. The engine plans a number
 * format for every formula it writes into such a cell (the totals take their amounts' format, and say
 * so); this is the last resort for one it did not: General changes how nothing else looks.
 */
const FORMULA_FORMAT = "General";

const isTextFormat = (format: string | null | undefined): boolean => format === "@";

/**
 * Strings Excel would turn into something else on entry: a number or a date (`15/16` becomes 16
 * March…), or a formula — `values` takes text starting with `=`, `+` or `-` as one, so an indicator
 * named `-服务对象投诉` would compute #NAME?. They are written into Text-formatted cells so the
 * summary reads as written.
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member
 */
export function wouldCoerce(value: string): boolean {
  if (/^[=+-]/.test(value)) return true;
  const v = value.trim();
  if (/^(true|false)$/i.test(v)) return true;
  return /\d/.test(v) && /^[-+(]?[\d\s.,:/%()年月日-]+$/.test(v);
}

/** Where the row being written was before the insertion (null for the inserted row itself). */
function rowBefore(row: number, insertedRow: number | undefined): number | null {
  if (insertedRow === undefined || row < insertedRow) return row;
  return row === insertedRow ? null : row - 1;
}

function formatIn(grid: GridData, row: number, col: number): string | null {
  return grid.formats?.[row - grid.origin.row]?.[col - grid.origin.col] ?? null;
}

/**
 * Column spans of the source row whose formats can be copied as a block: a span may not cut through
 * a merged area, and columns under a merge that reaches other rows (a section label down the side)
 * are left out, since the new row is not part of that merge.
 */
export function copySegments(merges: CellRange[], sourceRow: number, left: number, right: number): [number, number][] {
  const skip = new Set<number>();
  const spans = new Map<number, number>();
  for (const m of merges) {
    if (m.top > sourceRow || m.bottom < sourceRow || m.right < left || m.left > right) continue;
    if (m.top !== m.bottom || m.left < left || m.right > right) {
      for (let c = m.left; c <= m.right; c++) skip.add(c);
    } else {
      spans.set(m.left, m.right);
    }
  }
  const segments: [number, number][] = [];
  let start: number | null = null;
  for (let c = left; c <= right + 1; c++) {
    if (c <= right && !skip.has(c)) {
      if (start === null) start = c;
      const end = spans.get(c);
      if (end !== undefined) c = end;
      continue;
    }
    if (start !== null) segments.push([start, c - 1]);
    start = null;
  }
  return segments;
}

/**
 * Merged areas the inserted row gets from copying the source row's formats (Excel's paste of
 * formats reproduces merges inside the copied spans), so the predicted layout matches the sheet.
 */
export function copiedMerges(
  merges: CellRange[],
  sourceRow: number,
  targetRow: number,
  columns: { left: number; right: number },
): CellRange[] {
  const spans = copySegments(merges, sourceRow, columns.left, columns.right);
  return merges
    .filter((m) => m.top === sourceRow && m.bottom === sourceRow && spans.some(([l, r]) => m.left >= l && m.right <= r))
    .map((m) => ({ ...m, top: targetRow, bottom: targetRow }));
}

function writeCells(
  sheet: HostWorksheet,
  row: number,
  cells: CellWrite[],
  formatOf: (col: number) => string | null,
): void {
  for (const cell of cells) {
    const range = sheet.getRange(a1(row, cell.col));
    const current = formatOf(cell.col);
    if (cell.formula !== undefined) {
      // The user's own format stays unless the plan names one or the cell is Text; alignment is never touched.
      const format = cell.numberFormat ?? (isTextFormat(current) ? FORMULA_FORMAT : undefined);
      if (format !== undefined) range.numberFormat = [[format]];
      range.formulas = [[cell.formula]];
    } else if (cell.value !== undefined) {
      const keepText = typeof cell.value === "string" && wouldCoerce(cell.value) && !isTextFormat(current);
      const format = cell.numberFormat ?? (keepText ? "@" : undefined);
      if (format !== undefined) range.numberFormat = [[format]];
      range.values = [[cell.value]];
    } else if (cell.numberFormat !== undefined) {
      range.numberFormat = [[cell.numberFormat]];
    }
  }
}

export interface WriteRequest {
  sheet: HostWorksheet;
  plan: WritePlan;
  diff: MarkDiff;
  /** The sheet as read (before this write). */
  grid: GridData;
  /** Columns the form spans: the inserted row copies formats across these only. */
  columns: { left: number; right: number };
  kind: AnnotationKind;
}

export function queueWrites({ sheet, plan, diff, grid, columns, kind }: WriteRequest): void {
  for (const format of diff.deleteFormats) format.delete();
  for (const ref of diff.deleteAnnotations) {
    if ("item" in ref) ref.item.delete();
    else if (ref.kind === "note") sheet.notes.getItem(ref.address).delete();
    else sheet.comments.getItemByCell(sheet.getRange(ref.address)).delete();
  }

  const inserted = plan.totals?.mode === "insert" ? plan.totals.row : undefined;
  const formatOf =
    (row: number) =>
    (col: number): string | null => {
      const before = rowBefore(row, inserted);
      if (before !== null) return formatIn(grid, before, col);
      const source = rowBefore(plan.totals!.formatFrom, inserted);
      return source === null ? null : formatIn(grid, source, col);
    };

  if (plan.totals) {
    const { mode, row, formatFrom, cells } = plan.totals;
    if (mode === "insert") {
      sheet.getRange(rowsAddress(row)).insert("Down");
      // Excel gives an inserted row the formats of the row above; copyFrom also covers a source below.
      const sourceBefore = rowBefore(formatFrom, row);
      if (sourceBefore !== null) {
        for (const [left, right] of copySegments(grid.merges, sourceBefore, columns.left, columns.right)) {
          const target = sheet.getRange(`${a1(row, left)}:${a1(row, right)}`);
          target.copyFrom(sheet.getRange(`${a1(formatFrom, left)}:${a1(formatFrom, right)}`), "Formats");
        }
      }
    }
    writeCells(sheet, row, cells, formatOf(row));
  }

  // Computed 得分 into blank score cells (PlanRequest.fillScores).
  for (const r of plan.fills ?? []) writeCells(sheet, r.row, r.cells, formatOf(r.row));

  if (plan.summary) {
    const { replace, rows } = plan.summary;
    if (replace) sheet.getRange(rowsAddress(replace.top, replace.bottom)).clear("Contents");
    for (const r of rows) writeCells(sheet, r.row, r.cells, formatOf(r.row));
  }

  for (const { severity, address, formula } of diff.addFormats) {
    const format = sheet.getRanges(address).conditionalFormats.add("Custom");
    // `formula` is in en-US names whatever the user's language (formulaLocal is the user's), and its
    // relative references are read from the range's top-left cell, as the example on
    // https://learn.microsoft.com/javascript/api/office-scripts/excelscript/excelscript.conditionalformatrule
    // writes one (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatrule).
    format.custom.rule.formula = formula;
    format.custom.format.fill.color = MARK_FILL[severity];
  }
  const collection = kind === "note" ? sheet.notes : sheet.comments;
  for (const { address, content } of diff.addAnnotations) collection.add(sheet.getRange(address), content);
}
