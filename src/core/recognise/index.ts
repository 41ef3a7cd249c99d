/**
 * recognise(grid) → Form | null: finds a 绩效自评表 on a sheet by its header words, wherever it
 * starts, whatever is merged, in 元 or 万元, and returns null for anything that is not one.
 */
import type { Grid } from "../grid";
import type { Form, FormKind, MoneyTable } from "../model";
import { normalise } from "../text";
import { rowIsBlank } from "./cells";
import { findHeaderFields, type HeaderFields } from "./find-header-fields";
import { findIndicatorTable, type FoundIndicatorTable } from "./find-indicator-table";
import { findMoneyTable, type FoundMoneyTable } from "./find-money-table";
import { findScoring } from "./find-scoring";
import { findSummaryBlock } from "./summary-block";
import { readBreakdowns, readHeaderSplit, takeMissingFigure, type OneTotalBlock } from "./one-total";

/** Blank rows tolerated between the last table and the form's closing lines (评价结论, 负责人…). */
const TRAILING_GAP = 2;

export function recognise(grid: Grid): Form | null {
  if (grid.rowCount === 0 || grid.colCount <= 0) return null;
  const summary = findSummaryBlock(grid);
  const bottom = summary ? summary.top - 1 : grid.bottom;

  const money = findMoneyTable(grid, bottom);
  const block = money ? readOneTotalBlock(grid, money, bottom) : null;
  const indicators =
    findIndicatorTable(grid, money ? money.lastRow + 1 : grid.top, bottom) ??
    (money ? findIndicatorTable(grid, grid.top, money.table.headerTop - 1) : null);
  if (!money && !indicators) return null;

  const firstTableRow = Math.min(money?.table.headerTop ?? Infinity, indicators?.table.headerRow ?? Infinity);
  const fields = findHeaderFields(grid, grid.top, firstTableRow - 1);

  const form: Form = {
    kind: kindOf(fields, money),
    sheet: grid.sheet,
    bounds: boundsOf(grid, fields, money, indicators, bottom),
    money: money?.table ?? null,
    indicators: indicators?.table ?? null,
  };
  if (fields.title !== undefined) form.title = fields.title;
  if (fields.unitName !== undefined) form.unitName = fields.unitName;
  if (fields.projectName !== undefined) form.projectName = fields.projectName;
  if (fields.year !== undefined) form.year = fields.year;
  if (summary) form.summaryBlock = summary;
  if (block && form.money && form.kind === "department") markOneTotal(grid, form.money, block);
  const lastTableRow = Math.max(money?.lastRow ?? -1, indicators?.lastRow ?? -1);
  const scoring = findScoring(grid, {
    money: form.money,
    indicators: form.indicators,
    above: { top: form.bounds.top, bottom: firstTableRow - 1 },
    below: { top: lastTableRow + 1, bottom: form.bounds.bottom },
  });
  if (scoring) form.scoring = scoring;
  return form;
}

function kindOf(fields: HeaderFields, money: FoundMoneyTable | null): FormKind {
  if (money?.taskHeader) return "department";
  const title = normalise(fields.title ?? "");
  if (title.includes("整体")) return "department";
  if (/项目|专项/.test(title) || fields.projectName !== undefined) return "project";
  if (money) return money.table.totalPosition === "above" ? "project" : "department";
  return "project";
}

function boundsOf(
  grid: Grid,
  fields: HeaderFields,
  money: FoundMoneyTable | null,
  indicators: FoundIndicatorTable | null,
  limit: number,
): Form["bounds"] {
  const spans = [money?.span, indicators?.span].filter((s): s is { left: number; right: number } => s !== undefined);
  let left = Math.min(...spans.map((s) => s.left));
  let right = Math.max(...spans.map((s) => s.right));
  // The title is usually merged across the whole form.
  if (fields.titleRow !== undefined) {
    for (let col = grid.left; col <= grid.right; col++) {
      const m = grid.mergeAt(fields.titleRow, col);
      if (m && m.top === fields.titleRow && grid.text(m.top, m.left) === fields.title) {
        left = Math.min(left, m.left);
        right = Math.max(right, m.right);
        break;
      }
    }
  }
  const top = Math.min(
    ...fields.rows,
    money?.table.headerTop ?? Infinity,
    indicators?.table.headerRow ?? Infinity,
  );
  let bottom = Math.max(money?.lastRow ?? -1, indicators?.lastRow ?? -1);
  // Closing lines (合计, 评价结论, 负责人) follow the last table with at most a small gap.
  let gap = 0;
  for (let row = bottom + 1; row <= limit; row++) {
    if (rowIsBlank(grid, row, left, right)) {
      if (++gap > TRAILING_GAP) break;
      continue;
    }
    gap = 0;
    bottom = row;
  }
  return { top, left, bottom, right };
}

/** A lone total row's breakdowns; the money table then ends where they end. */
function readOneTotalBlock(grid: Grid, money: FoundMoneyTable, bottom: number): OneTotalBlock | null {
  if (money.taskHeader || money.table.totalPosition !== "above") return null;
  const block = readBreakdowns(grid, money.table, money.span, bottom);
  if (block) money.lastRow = Math.max(money.lastRow, block.lastRow);
  return block;
}

/** A department form whose money is one total row: its breakdowns, a header line's split, a missing figure. */
function markOneTotal(grid: Grid, table: MoneyTable, block: OneTotalBlock): void {
  table.oneTotal = true;
  const breakdowns = [...block.breakdowns];
  const headerSplit = readHeaderSplit(grid, grid.top, table.headerTop - 1, table.unit);
  if (headerSplit) breakdowns.push(headerSplit);
  if (breakdowns.length > 0) table.breakdowns = breakdowns;
  const missing = takeMissingFigure(table);
  if (missing) table.missingFigure = missing;
}
