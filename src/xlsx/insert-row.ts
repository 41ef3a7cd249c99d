/**
 * Insert one blank row into an exceljs worksheet the way Excel does. exceljs's own spliceRows moves
 * values and styles but not the merge index (merged areas below the insertion point come out broken),
 * drops notes, mangles shared formulas and leaves every reference pointing at the old rows. Here the
 * worksheet's model is rewritten as plain data — rows renumbered, merges shifted (a merge spanning the
 * insertion point grows, as in Excel), formulas, conditional formats, validations, tables, print area,
 * page breaks and images shifted — and loaded back; formulas on other sheets that point at this sheet are
 * shifted too.
 */
import type ExcelJS from "exceljs";
import {
  type CellModel,
  type MediaModel,
  type RowModel,
  type SheetModel,
  ValueType,
  cellModel,
  setCellModel,
  setSheetModel,
  sheetModel,
} from "./internals";
import { type RowInsertion, shiftFormula, shiftRangeList } from "./shift-rows";

/** exceljs's `A1` address helpers, kept local so this module has no runtime dependency on its internals. */
function decodeAddress(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!m) throw new Error(`not a cell address: ${address}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

function encodeAddress(row: number, col: number): string {
  let name = "";
  let n = col;
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return `${name}${row}`;
}

function shiftAddress(address: string, ins: RowInsertion): string {
  const { row, col } = decodeAddress(address);
  return encodeAddress(row >= ins.at ? row + ins.count : row, col);
}

interface DefinedNamesInternals {
  spliceRows(sheet: string, start: number, deleteCount: number, insertCount: number): void;
}

export interface InsertRowOptions {
  /** 1-based row (in the sheet before insertion) whose row and cell styles and height the new row takes. */
  styleFrom?: number;
}

/**
 * Insert a blank row so that it becomes Excel row `at` (1-based); rows from `at` down move by one.
 */
export function insertRow(ws: ExcelJS.Worksheet, at: number, options: InsertRowOptions = {}): void {
  if (!Number.isInteger(at) || at < 1) throw new Error(`insertRow: bad row ${at}`);
  const ins: RowInsertion = { sheet: ws.name, at, count: 1 };

  // Shared formulas are stored as one master text slid over a range; once rows move, sliding from a
  // master that did not move gives the wrong text. Give every affected cell its own formula first.
  const translated = collectFormulaTexts(ws);
  const model = sheetModel(ws);

  // The model setter merges afresh and refuses to merge cells it still thinks are merged.
  for (const range of model.merges) ws.unMergeCells(range);

  const source = options.styleFrom !== undefined ? model.rows.find((r) => r.number === options.styleFrom) : undefined;
  const rows: RowModel[] = [];
  for (const row of model.rows) rows.push(shiftRowModel(row, ins, translated));
  if (source) rows.push(blankRowLike(source, at));
  rows.sort((a, b) => a.number - b.number);

  const shifted: SheetModel = {
    ...model,
    rows,
    mergeCells: model.merges.map((m) => shiftRangeList(m, ins)),
    conditionalFormattings: (model.conditionalFormattings ?? []).map((cf) => ({
      ...cf,
      ref: shiftRangeList(cf.ref, ins),
      rules: cf.rules.map((rule) =>
        rule.formulae
          ? { ...rule, formulae: rule.formulae.map((f) => (typeof f === "string" ? shiftFormula(f, ws.name, ins) : f)) }
          : rule,
      ),
    })),
    dataValidations: shiftValidations(model.dataValidations, ws.name, ins),
    media: (model.media ?? []).map((m) => shiftMedia(m, at)),
    tables: ((model.tables as Record<string, unknown>[] | undefined) ?? []).map((t) => shiftTable(t, ins)),
  };
  setSheetModel(ws, shifted);

  const pageSetup = ws.pageSetup as Partial<ExcelJS.PageSetup> & { printArea?: string; printTitlesRow?: string };
  if (pageSetup.printArea) {
    pageSetup.printArea = pageSetup.printArea
      .split("&&")
      .map((area) => shiftRangeList(area, ins))
      .join("&&");
  }
  if (pageSetup.printTitlesRow) pageSetup.printTitlesRow = shiftRangeList(pageSetup.printTitlesRow, ins);
  const breaks = (ws as unknown as { rowBreaks?: { id: number }[] }).rowBreaks;
  if (Array.isArray(breaks)) for (const b of breaks) if (b.id >= at) b.id += 1;
  if (typeof ws.autoFilter === "string") ws.autoFilter = shiftRangeList(ws.autoFilter, ins);

  // exceljs moves range names with the rows (its typings omit the method).
  (ws.workbook.definedNames as unknown as DefinedNamesInternals).spliceRows(ws.name, at, 0, 1);
  shiftOtherSheets(ws, ins);
}

/** Formula text of every formula cell on the sheet (shared ones translated), by address. */
function collectFormulaTexts(ws: ExcelJS.Worksheet): Map<string, string> {
  const texts = new Map<string, string>();
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type === (ValueType.Formula as number) && cell.formula) texts.set(cell.address, cell.formula);
    });
  });
  return texts;
}

function shiftRowModel(row: RowModel, ins: RowInsertion, formulas: Map<string, string>): RowModel {
  const number = row.number >= ins.at ? row.number + ins.count : row.number;
  const cells = row.cells.map((cell) => shiftCellModel(cell, ins, formulas));
  return { ...row, number, cells };
}

function shiftCellModel(cell: CellModel, ins: RowInsertion, formulas: Map<string, string>): CellModel {
  const address = shiftAddress(cell.address, ins);
  if (cell.type === ValueType.Merge) {
    // The row model setter skips merge cells (and with them their own borders); a null cell keeps
    // the style and the merge is redone from mergeCells.
    return { address, type: ValueType.Null, style: cell.style, ...(cell.comment ? { comment: cell.comment } : {}) };
  }
  if (cell.type !== ValueType.Formula) return { ...cell, address };
  const text = formulas.get(cell.address) ?? cell.formula;
  const next: CellModel = { ...cell, address };
  delete next.sharedFormula;
  if (next.shareType === "shared") {
    delete next.shareType;
    delete next.ref;
  } else if (next.ref) {
    next.ref = shiftRangeList(next.ref, ins);
  }
  if (text) next.formula = shiftFormula(text, ins.sheet, ins);
  return next;
}

function blankRowLike(source: RowModel, number: number): RowModel {
  return {
    number,
    cells: source.cells.map((cell) => ({
      address: encodeAddress(number, decodeAddress(cell.address).col),
      type: ValueType.Null,
      style: cell.style,
    })),
    height: source.height,
    style: source.style,
    hidden: false,
    outlineLevel: source.outlineLevel,
    collapsed: source.collapsed,
  };
}

function shiftValidations(
  validations: SheetModel["dataValidations"],
  sheet: string,
  ins: RowInsertion,
): SheetModel["dataValidations"] {
  const out: SheetModel["dataValidations"] = {};
  for (const [key, dv] of Object.entries(validations ?? {})) {
    if (!dv) continue;
    const formulae = dv.formulae?.map((f) => (typeof f === "string" ? shiftFormula(f, sheet, ins) : f));
    out[shiftRangeList(key, ins)] = formulae ? { ...dv, formulae } : dv;
  }
  return out;
}

/** A table's ranges as exceljs keeps them (`ref` on tables it made, `tableRef`/`autoFilterRef` on read ones). */
function shiftTable(table: Record<string, unknown>, ins: RowInsertion): Record<string, unknown> {
  const out = { ...table };
  for (const key of ["ref", "tableRef", "autoFilterRef"]) {
    const v = out[key];
    if (typeof v === "string") out[key] = shiftRangeList(v, ins);
  }
  return out;
}

/** Image anchors use 0-based rows; an anchor at or below the insertion point moves down. */
function shiftMedia(media: MediaModel, at: number): MediaModel {
  const range = media.range;
  if (!range) return media;
  const move = <A extends { nativeRow: number } | undefined>(a: A): A =>
    a && a.nativeRow >= at - 1 ? { ...a, nativeRow: a.nativeRow + 1 } : a;
  return { ...media, range: { ...range, tl: move(range.tl), br: move(range.br) } };
}

/** Formulas on other sheets that point at the sheet that grew. */
function shiftOtherSheets(ws: ExcelJS.Worksheet, ins: RowInsertion): void {
  for (const other of ws.workbook.worksheets) {
    if (other === ws) continue;
    const original = collectFormulaTexts(other);
    const changed = new Set<string>();
    for (const [address, text] of original) {
      if (shiftFormula(text, other.name, ins) !== text) changed.add(address);
    }
    if (changed.size === 0) continue;
    // A shared group any of whose members changed is written out cell by cell, each from its own text.
    const groupOf = (cell: ExcelJS.Cell): string | undefined => {
      const m = cellModel(cell);
      return m.sharedFormula ?? (m.shareType === "shared" ? cell.address : undefined);
    };
    const brokenGroups = new Set<string>();
    for (const address of changed) {
      const group = groupOf(other.getCell(address));
      if (group) brokenGroups.add(group);
    }
    for (const [address, text] of original) {
      const cell = other.getCell(address);
      const group = groupOf(cell);
      if (!changed.has(address) && !(group && brokenGroups.has(group))) continue;
      const m = cellModel(cell);
      const next: CellModel = { ...m, formula: shiftFormula(text, other.name, ins) };
      delete next.sharedFormula;
      if (next.shareType === "shared") {
        delete next.shareType;
        delete next.ref;
      }
      setCellModel(cell, next);
    }
  }
}
