/**
 * The work behind `ziping check`: read each file, run the engine on every sheet, and with --out write
 * the annotated copy. No printing here: the result is a report per file that the text and JSON
 * formatters render.
 */
import * as path from "path";
import { checkGrid, type SheetResult } from "../core/engine";
import type { Lang, TotalsKept } from "../core/model";
import { planWrites } from "../core/plan";
import type { CheckOptions as RuleOptions } from "../core/rules/rule";
import { applyPlan } from "../xlsx/apply-plan";
import { problem, ProblemError, type FileProblemCode, type Problem } from "../core/problem";
import { readSubmission, type DroppedPart } from "../xlsx/read";
import { copyPath, OverwriteInputError, writeAnnotatedCopy } from "../xlsx/write";

export interface CheckRequest {
  lang: Lang;
  /** Write annotated copies here. */
  outDir?: string;
  insertTotals?: boolean;
  summary?: boolean;
  /** With outDir: write computed 得分 into blank score cells. */
  fillScores?: boolean;
  /** With outDir: live conditions on every checkable cell, failing or not. */
  guards?: boolean;
  /** Scoring profile and regional switches for the rules (plain data: it crosses to worker threads). */
  options?: RuleOptions;
}

/** Why a file could not be checked (or its copy not written); src/cli/problems.ts words it. */
export type FileError = Problem<FileProblemCode>;

export interface FileReport {
  /** The path as the user gave it. */
  file: string;
  error: FileError | null;
  /** Every sheet of the workbook, in order; with --out, as the annotated copy stands. */
  sheets: SheetResult[];
  /** Where the annotated copy went. */
  copy?: string;
  /** What was written into the copy, per sheet with a form. */
  writes?: SheetWrites[];
  /** Parts of the input the annotated copy does not keep (exceljs cannot write them). */
  dropped?: DroppedPart[];
  /** With --out, an input read but not annotated: copies are written for .xlsx files only. */
  notAnnotated?: "xls";
}

export interface SheetWrites {
  sheet: string;
  marks: number;
  /** 0-based row of the totals row inserted or repaired. */
  totals?: { mode: "insert" | "repair"; row: number };
  /** 0-based first row of the summary block. */
  summaryRow?: number;
  /** Totals kept as stated where formulas were asked for, with why (TotalsKept). */
  totalsKept?: TotalsKept[];
}

function detail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A bug in the engine or the writer: reported for this file, with its stack on stderr, and the run goes on. */
function internal(error: unknown): FileError {
  return problem("internal", { detail: detail(error) }, error);
}

export interface RunContext {
  /** Every input of the run: no annotated copy may overwrite any of them. */
  inputs: string[];
  /** Copy path → the input it was written for, to refuse two inputs with one file name. */
  written: Map<string, string>;
}


// The review worker loads this lazily with require() (process-file.ts), which the unused-export check cannot follow.
// ts-unused-exports:disable-next-line
export async function checkFile(file: string, request: CheckRequest, context: RunContext): Promise<FileReport> {
  let loaded;
  try {
    loaded = await readSubmission(file);
  } catch (error) {
    // The readers raise read problems only; anything else they throw is a bug.
    const read = error instanceof ProblemError ? (error.problem as FileError) : internal(error);
    return { file, error: read, sheets: [] };
  }

  try {
    const { sheets: grids, workbook } = loaded;
    let sheets = grids.map((grid) => checkGrid(grid, request.options));
    if (!sheets.some((s) => s.form)) {
      return { file, error: problem("no-form", {}), sheets };
    }
    if (!request.outDir) return { file, error: null, sheets };
    // Checked all the same, and the findings decide the exit code; only the copy is not written.
    if (workbook === null) return { file, error: null, sheets, notAnnotated: loaded.format };

    const target = path.resolve(copyPath(file, request.outDir));
    const earlier = context.written.get(target);
    if (earlier !== undefined) {
      return { file, error: problem("duplicate-output", { other: earlier }), sheets };
    }
    const writes: SheetWrites[] = [];
    sheets = sheets.map((result, i) => {
      if (!result.form) return result;
      const { plan, after } = planWrites(
        result,
        {
          marks: true,
          insertTotals: request.insertTotals,
          summary: request.summary,
          fillScores: request.fillScores,
          guards: request.guards,
          lang: request.lang,
          ...(request.options ? { options: request.options } : {}),
        },
        grids[i],
      );
      applyPlan(workbook, plan);
      writes.push({
        sheet: plan.sheet,
        marks: plan.marks.length,
        ...(plan.totals ? { totals: { mode: plan.totals.mode, row: plan.totals.row } } : {}),
        ...(plan.summary ? { summaryRow: plan.summary.row } : {}),
        ...(plan.totalsKept ? { totalsKept: plan.totalsKept } : {}),
      });
      return after;
    });
    try {
      const copy = await writeAnnotatedCopy(workbook, file, request.outDir, context.inputs);
      context.written.set(target, file);
      return { file, error: null, sheets, copy, writes, ...(loaded.dropped.length ? { dropped: loaded.dropped } : {}) };
    } catch (error) {
      if (error instanceof OverwriteInputError) {
        return { file, error: problem("overwrite-input", { target: error.target }), sheets };
      }
      return { file, error: problem("copy-not-written", { detail: detail(error) }, error), sheets };
    }
  } catch (error) {
    return { file, error: internal(error), sheets: [] };
  }
}
