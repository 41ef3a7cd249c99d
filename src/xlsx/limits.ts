/**
 * How much ziping will read. A workbook is untrusted input: a few hundred kilobytes of zip can
 * declare gigabytes of XML (a zip bomb), and one stray value in XFD1048576 makes a sheet's used range
 * seventeen billion cells. exceljs would try to inflate and hold all of it, so the reader measures
 * first and refuses with a reason instead of running out of memory or time.
 *
 * The figures leave ample room for real forms: the largest forms seen have a few thousand rows and
 * fewer than 30 columns; a 100,000-row data sheet beside a form is a few MB of XML. What they guard
 * against was measured: exceljs needed 60 s and 2.5 GB of heap for 87 MB of sheet XML (2,000,000
 * cells), and Node's default heap is about 4 GB, so 256 MB of XML would end the process. The grid
 * itself is cheap: the engine checks a 2,000,000-cell used range, mostly blank, in well under a second.
 */
import { MAX_SHEET_CELLS } from "../core/limits";

const MiB = 1024 * 1024;

export interface ReadLimits {
  /** Size of the file itself: larger files are not even read into memory. */
  fileBytes: number;
  /** Entries (parts) in the zip package. */
  entries: number;
  /** Sum of the uncompressed sizes the package's central directory declares: what exceljs would inflate. */
  uncompressedBytes: number;
  /** Cells of one sheet's used range (rows × columns), the grid the engine is given. */
  sheetCells: number;
}

export const DEFAULT_LIMITS: Readonly<ReadLimits> = Object.freeze({
  fileBytes: 100 * MiB,
  entries: 10_000,
  uncompressedBytes: 64 * MiB,
  sheetCells: MAX_SHEET_CELLS,
});

/** `268435456` → `256 MB`, `2000000` → `2,000,000`: sizes in messages people read. */
export function formatBytes(n: number): string {
  if (n >= MiB) return `${Math.round((n / MiB) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round((n / 1024) * 10) / 10} KB`;
  return `${n} B`;
}

export function formatCount(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}
