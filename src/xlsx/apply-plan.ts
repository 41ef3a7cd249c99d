/**
 * A WritePlan written into an exceljs workbook: the same plan the Office.js adapter writes into the
 * open workbook. Order matters: the plan's coordinates are those of the sheet after its own totals-row
 * insertion, so the row is inserted first and everything else is written where the plan says.
 * Nothing outside the plan changes.
 */
import type ExcelJS from "exceljs";
import type { CellWrite, WritePlan } from "../core/model";
import { toFileFormula } from "./future-functions";
import { insertRow } from "./insert-row";
import { ValueType, cellModel, setCellModel, type CellModel } from "./internals";
import { addMarks, clearMarks } from "./marks";

export class PlanWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PlanWriteError";
  }
}

export function applyPlan(workbook: ExcelJS.Workbook, plan: WritePlan): void {
  const ws = workbook.getWorksheet(plan.sheet);
  if (!ws) throw new PlanWriteError(`no worksheet named '${plan.sheet}'`);
  let formulas = false;

  // Old marks first: a re-run on an annotated copy replaces them instead of stacking a second set.
  clearMarks(ws);

  if (plan.totals) {
    const { mode, row, formatFrom, cells } = plan.totals;
    if (mode === "insert") {
      if (formatFrom === row) throw new PlanWriteError("totals row cannot take its format from itself");
      // formatFrom is in after-insertion coordinates; the row it names sits one higher before.
      const styleFrom = formatFrom < row ? formatFrom + 1 : formatFrom;
      insertRow(ws, row + 1, { styleFrom });
    }
    for (const cell of cells) formulas = writeCell(ws, row, cell) || formulas;
  }

  // Computed 得分 into blank score cells (PlanRequest.fillScores).
  for (const r of plan.fills ?? []) for (const cell of r.cells) formulas = writeCell(ws, r.row, cell) || formulas;

  if (plan.summary) {
    const { replace, rows } = plan.summary;
    if (replace) clearRows(ws, replace.top, replace.bottom);
    for (const r of rows) for (const cell of r.cells) formulas = writeCell(ws, r.row, cell) || formulas;
  }

  addMarks(ws, plan.marks, plan.guards);

  // The plan's cached results are the engine's exact figures; Excel still recalculates on open so
  // what the user sees comes from Excel itself.
  if (formulas) workbook.calcProperties.fullCalcOnLoad = true;
}

/** Write one planned cell (0-based row); true when it wrote a formula. */
function writeCell(ws: ExcelJS.Worksheet, row: number, write: CellWrite): boolean {
  const cell = ws.getCell(row + 1, write.col + 1);
  if (cell.type === (ValueType.Merge as number)) {
    throw new PlanWriteError(`plan writes into ${cell.address}, which is covered by the merged area of ${cell.master.address}`);
  }
  const current = cellModel(cell);
  // exceljs shares one style object among all cells read with the same style: replace, never mutate.
  const style = write.numberFormat !== undefined ? { ...cell.style, numFmt: write.numberFormat } : cell.style;
  const next: CellModel = { address: cell.address, type: ValueType.Null, style };
  if (current.comment) next.comment = current.comment;
  if (write.formula !== undefined) {
    next.type = ValueType.Formula;
    next.formula = toFileFormula(write.formula.replace(/^=/, ""));
    if (write.result !== undefined) next.result = write.result;
  } else if (typeof write.value === "number") {
    next.type = ValueType.Number;
    next.value = write.value;
  } else if (typeof write.value === "string") {
    next.type = ValueType.String;
    next.value = write.value;
  }
  // The model setter keeps a cached result of 0, which `cell.value = {formula, result}` drops.
  setCellModel(cell, next);
  return write.formula !== undefined;
}

/**
 * Clear the values of rows top..bottom (0-based), and any merge inside them. Styles stay, as Excel's
 * Clear Contents keeps them (and as the Office.js adapter clears): the rows were the user's before the
 * first summary went there, and their borders and fills are theirs.
 */
function clearRows(ws: ExcelJS.Worksheet, top: number, bottom: number): void {
  const merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
  for (const range of merges) {
    const rows = range.split(":").map((a) => Number(/\d+$/.exec(a)?.[0]) - 1);
    const [r0, r1 = r0] = rows;
    if (r1 < top || r0 > bottom) continue;
    if (r0 < top || r1 > bottom) {
      throw new PlanWriteError(`summary rows ${top + 1}–${bottom + 1} cut through the merged area ${range}`);
    }
    ws.unMergeCells(range);
  }
  for (let r = top; r <= bottom; r++) {
    // Every cell the row holds, blank-but-styled ones included (eachCell would skip those).
    for (const model of rowCells(ws, r + 1)) {
      const cell = ws.getCell(model.address);
      setCellModel(cell, { address: cell.address, type: ValueType.Null, style: model.style ?? {}, ...(model.comment ? { comment: model.comment } : {}) });
    }
  }
}

function rowCells(ws: ExcelJS.Worksheet, rowNumber: number): CellModel[] {
  const row = ws.findRow(rowNumber);
  if (!row) return [];
  const model = (row as unknown as { model: { cells: CellModel[] } | null }).model;
  return model ? model.cells : [];
}
