/**
 * What the task pane and the ribbon command may ask of the open workbook. The Office.js adapter
 * implements it; component tests and the browser harness use the same adapter over a fake host.
 * The pane never computes: it calls these and shows what comes back.
 */
import type { SheetResult } from "../core/engine";
import type { FormatChange, Lang, TotalsKept } from "../core/model";
import type { OfficeProblemCode, Problem } from "../core/problem";
import type { CheckOptions } from "../core/rules/rule";

export interface SheetCheck {
  result: SheetResult;
  /** Why a requested write did not happen (the check itself still ran when `result.form` is set). */
  refused?: Problem<OfficeProblemCode>;
  /** Number of cells marked on the sheet after this call. */
  marked: number;
  /** fillScores only: how many blank 得分/总分 cells it wrote (0 when the rules could fill none). */
  filled?: number;
  /**
   * insertTotals only: totals left as stated instead of a formula, each with the reason to show (a
   * one-total form has no rows to add up; text a formula cannot read would make it compute an error).
   */
  totalsKept?: TotalsKept[];
  /** insertTotals only: Text (`@`) totals cells given a number format so their formulas compute, and which. */
  formatsChanged?: FormatChange[];
}

/** A write the pane can ask the port to preview before it happens. */
export type WriteAction = "totals" | "summary" | "scores";

/** What a write would do, before it happens: the cells it changes and the Text cells it gives a number format. */
export interface WritePreview {
  changes: CellChange[];
  formatsChanged: FormatChange[];
}

/** One cell a write would change: its text now (formula or value; "" when blank) and after. */
export interface CellChange {
  address: string;
  before: string;
  after: string;
}

/** One sheet 清除标记 took marks off, and from how many cells. */
export interface ClearedSheet {
  sheet: string;
  cells: number;
}

/** How far the read of a sheet too large for one response has got (it is read in blocks of rows). */
export interface ReadProgress {
  sheet: string;
  /** Rows of the used range read so far, and in all. */
  rowsRead: number;
  rows: number;
}

/** How a check writes its marks. */
export interface MarkOptions {
  /**
   * A re-check after the user's edit: a live mark whose finding went stays (its fill is already gone
   * and its note states the requirement), so fixing cells writes nothing; new findings and static
   * marks that must go are still written.
   */
  live?: boolean;
  /** 在表中保留实时校验: live conditions on every checkable cell, failing or not. */
  guards?: boolean;
}

/**
 * Methods that return no SheetCheck throw a ProblemError (src/core/problem.ts) for what the pane
 * explains (a protected sheet, cell-edit mode, a write that failed part-way); anything else propagates.
 */
export interface WorkbookPort {
  /** Read the active sheet (one sync), check it, bring the marks up to date (one more sync, skipped when nothing changed). */
  checkActiveSheet(options?: CheckOptions, marks?: MarkOptions): Promise<SheetCheck>;
  /** Check every sheet; marks each one that holds a form. */
  checkAllSheets(options?: CheckOptions): Promise<SheetCheck[]>;
  /** Remove every mark ziping made on the active sheet; returns how many cells were cleared. */
  clearMarks(): Promise<number>;
  /** Remove every mark ziping made on every sheet of the workbook; one entry per sheet that had any. */
  clearAllMarks(): Promise<ClearedSheet[]>;
  /**
   * What `insertTotals`, `writeSummary` or `fillScores` would change on the active sheet now, cell by
   * cell, in the sheet's coordinates after the write, and the number formats it would change; nothing is
   * written. Refusals are the write's own.
   */
  previewWrite(action: WriteAction, lang: Lang, options?: CheckOptions): Promise<WritePreview>;
  /** Clear the 校验摘要 block ziping wrote under the form; returns the cells that held something ([] when there is none). */
  deleteSummary(options?: CheckOptions): Promise<string[]>;
  /** Make a sheet the active one (the pane's sheet list). */
  activateSheet(sheet: string): Promise<void>;
  /** Insert (or repair) the 金额合计 row with live SUM formulas, then re-check. */
  insertTotals(options?: CheckOptions): Promise<SheetCheck>;
  /** Write (or replace) the 校验摘要 block under the form, then re-check. */
  writeSummary(lang: Lang, options?: CheckOptions): Promise<SheetCheck>;
  /**
   * Write the computed 得分 into the blank score cells (and 总分 once every weighted row has one), then
   * re-check. Cells that hold a score are never touched; a second run finds nothing to fill.
   */
  fillScores(options?: CheckOptions): Promise<SheetCheck>;
  /** Select a cell on a sheet (the finding's first cell). */
  selectCell(sheet: string, address: string): Promise<void>;
  /**
   * Call `onEdit` after the user (not ziping) changes the active sheet's cells, debounced.
   * Resolves to a function that stops watching.
   */
  watchEdits(onEdit: () => void, debounceMs?: number): Promise<() => Promise<void>>;
  /** The language ziping speaks: the one chosen in the pane and saved in the workbook, else Office's display language (language.ts). */
  displayLanguage(): Lang;
  /**
   * Hear about reads that take several round trips (a sheet over Excel on the web's 5 MB response
   * cap), block by block, so the pane can show how far it has got. Returns a function that stops
   * listening. Optional: a port that always reads in one go has nothing to report.
   */
  onReadProgress?(listener: (progress: ReadProgress) => void): () => void;
}
