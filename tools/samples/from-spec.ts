/**
 * A readable SheetSpec (tools/samples) written as a real exceljs worksheet, looking like the printed
 * form: values, formulas with their cached results, merges, number formats, column widths, a bold
 * centred title, thin borders and wrapped text over the form. The sample workbooks and the adapter
 * tests build their files from specs with this, so fixtures are code, not hand-edited binaries.
 */
import type ExcelJS from "exceljs";
import { Workbook } from "../../src/xlsx/exceljs";
import type { CellValue } from "../../src/core/grid";
import { toFileFormula } from "../../src/xlsx/future-functions";
import { cellsOf, isCellObject, parseRange, specOrigin, type SheetSpec } from "./sheet-spec";

/** Error values are text in a GridData (`#REF!`); in a workbook they are errors. */
const EXCEL_ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]);

export interface FromSpecOptions {
  /** Borders, wrap and a title style as the printed form has them (default true). */
  formStyle?: boolean;
}

function excelValue(value: CellValue): ExcelJS.CellValue {
  if (typeof value === "string" && EXCEL_ERRORS.has(value)) return { error: value } as ExcelJS.CellErrorValue;
  return value;
}

function formulaResult(value: CellValue): ExcelJS.CellFormulaValue["result"] {
  if (value === null) return undefined;
  if (typeof value === "string" && EXCEL_ERRORS.has(value)) return { error: value } as ExcelJS.CellErrorValue;
  return value;
}

const THIN: Partial<ExcelJS.Border> = { style: "thin" };
const FORM_BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Add a worksheet written from `spec` to `workbook`. */
export function addSheetFromSpec(workbook: ExcelJS.Workbook, spec: SheetSpec, options: FromSpecOptions = {}): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(spec.name);
  const origin = specOrigin(spec);
  const height = spec.rows.length;
  const width = spec.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const merges = spec.merges.map(parseRange);

  (spec.columnWidths ?? []).forEach((w, col) => {
    ws.getColumn(col + 1).width = w;
  });

  // The title: a first row whose only text sits in a merge spanning the whole width.
  const titleMerge = merges.find((m) => m.top === origin.row && m.bottom === origin.row && m.left === origin.col && m.right >= origin.col + width - 1);
  const formStyle = options.formStyle ?? true;
  if (formStyle) {
    for (let r = 0; r < height; r++) {
      const row = origin.row + r;
      for (let c = 0; c < width; c++) {
        const cell = ws.getCell(row + 1, origin.col + c + 1);
        if (titleMerge && row === titleMerge.top) {
          cell.style = { font: { bold: true, size: 14 }, alignment: { horizontal: "center", vertical: "middle", wrapText: true } };
        } else {
          cell.style = { border: FORM_BORDER, alignment: { vertical: "middle", wrapText: true } };
        }
      }
    }
  }

  for (const [range, format] of Object.entries(spec.formats ?? {})) {
    const r = parseRange(range);
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        const cell = ws.getCell(row + 1, col + 1);
        // Fresh style objects: cells must not share one a later edit would change for all of them.
        cell.style = { ...cell.style, numFmt: format };
      }
    }
  }

  for (const { row, col, cell: spec_ } of cellsOf(spec)) {
    const cell = ws.getCell(row + 1, col + 1);
    if (isCellObject(spec_)) {
      if (spec_.format !== undefined) cell.style = { ...cell.style, numFmt: spec_.format };
      if (spec_.formula !== undefined) {
        const result = formulaResult(spec_.value);
        cell.value = { formula: toFileFormula(spec_.formula.replace(/^=/, "")), ...(result !== undefined ? { result } : {}) } as ExcelJS.CellFormulaValue;
      } else {
        cell.value = excelValue(spec_.value);
      }
    } else {
      cell.value = excelValue(spec_);
    }
  }

  for (const m of spec.merges) {
    // Without style: every cell of the area keeps its own borders, as Excel stores them.
    ws.mergeCellsWithoutStyle(m);
  }
  return ws;
}

/** A workbook holding one sheet per spec, in order. */
export function workbookFromSpecs(specs: SheetSpec[], options: FromSpecOptions = {}): ExcelJS.Workbook {
  const workbook = new Workbook();
  for (const spec of specs) addSheetFromSpec(workbook, spec, options);
  return workbook;
}
