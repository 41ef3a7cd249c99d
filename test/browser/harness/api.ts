/**
 * What the harness page exposes as `window.__harness` for the browser test to look at the fake
 * sheet and act as the user would in Excel. Everything returned is plain JSON, since it crosses
 * from the page to the test through page.evaluate.
 */
import type { Severity } from "../../../src/core/model";
import type { CellFormat, CellValue } from "../../support/fake-excel";

/** The workbooks the harness can load (`?workbook=`); the test writes them as JSON next to the page. */
export const HARNESS_WORKBOOKS = ["seed", "no-totals", "project"] as const;
export type HarnessWorkbook = (typeof HARNESS_WORKBOOKS)[number];

/** Where the page fetches a workbook's GridData from, relative to harness.html. */
export const harnessDataPath = (workbook: HarnessWorkbook): string => `harness-data/${workbook}.json`;

/** Fills the harness gives the sheet as if the user had applied them (清除标记 must leave them be). */
export const USER_FILLS: Record<string, string> = { "B3:H4": "#D9E1F2", G14: "#FFFF00" };

/** A port call that finished, in order: the test waits on these instead of on timing. */
export interface PortCall {
  method: string;
  ok: boolean;
  error?: string;
}

export interface HarnessApi {
  workbook: HarnessWorkbook;
  sheet: string;
  /** Every sheet's name, in order (`?also=` adds a second workbook's sheet after the first). */
  sheets: string[];
  /** Cells under ziping's conditional format of each severity, in sheet order (default: the first sheet). */
  marks(sheet?: string): Record<Severity, string[]>;
  activeSheet(): string;
  /** The user protects a sheet (Review › Protect Sheet). */
  protect(sheet: string, on: boolean): void;
  /** The user starts typing in a cell (Excel then refuses every request until Enter or Esc). */
  cellEditMode(on: boolean): void;
  /** The add-in's settings saved in the workbook (Office.context.document.settings). */
  documentSettings(): Record<string, unknown>;
  /** Every conditional format on the sheet (ziping's and anyone else's). */
  conditionalFormats(): { formula: string; fill: string | null; address: string }[];
  /** Notes and comments, ziping's (text starts with NOTE_PREFIX) and the user's. */
  annotations(sheet?: string): { address: string; kind: string; content: string; author: string }[];
  /** The fill a person sees in the cell: a conditional format's when one applies, else the cell's own (null = none). */
  displayedFill(address: string): string | null;
  cell(address: string): { value: CellValue; formula: string | null; format: CellFormat };
  /** Values and formulas of every non-empty cell, by address. */
  contents(): Record<string, { value: CellValue; formula: string | null }>;
  /** Every cell's own format that differs from Excel's default, by address. */
  formats(): Record<string, CellFormat>;
  merges(): string[];
  selection(): { sheet: string; address: string } | null;
  syncCount(): number;
  calls(): PortCall[];
  /** Errors thrown by the adapter's onChanged handlers (Office would only log them). */
  handlerErrors(): string[];
  /** The user types into a cell: the sheet changes and onChanged fires with a user trigger source. */
  userEdit(address: string, value: CellValue): void;
}

declare global {
  interface Window {
    __harness?: HarnessApi;
    /** Set instead of __harness when the page could not start, so the test fails with the reason. */
    __harnessError?: string;
  }
}
