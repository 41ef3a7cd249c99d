/**
 * Parts of an .xlsx package that exceljs does not carry into a file it writes. The annotated copy
 * is written by exceljs, so a workbook holding any of these loses them in the copy (never in the
 * input, which is not touched); the CLI says so instead of letting it pass unnoticed.
 */
import { zipEntries } from "./zip-entries";

export type DroppedPart = "charts" | "pivot-tables" | "slicers" | "macros" | "threaded-comments" | "external-links";

const PATTERNS: [DroppedPart, RegExp][] = [
  ["charts", /^xl\/(charts|chartsheets)\//],
  ["pivot-tables", /^xl\/(pivotTables|pivotCache)\//],
  ["slicers", /^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//],
  ["macros", /^xl\/vbaProject\.bin$/],
  ["threaded-comments", /^xl\/threadedComments\//],
  ["external-links", /^xl\/externalLinks\//],
];

export function droppedParts(zip: Buffer): DroppedPart[] {
  const names = zipEntries(zip).map((e) => e.name);
  return PATTERNS.filter(([, pattern]) => names.some((n) => pattern.test(n))).map(([part]) => part);
}
