/**
 * Parts of an .xlsx package that exceljs does not carry into a file it writes. The annotated copy
 * is written by exceljs, so a workbook holding any of these loses them in the copy (never in the
 * input, which is not touched); the CLI says so instead of letting it pass unnoticed.
 */

export type DroppedPart =
  | "charts"
  | "pivot-tables"
  | "slicers"
  | "macros"
  | "threaded-comments"
  | "external-links"
  | "defined-names";

const PATTERNS: [DroppedPart, RegExp][] = [
  ["charts", /^xl\/(charts|chartsheets)\//],
  ["pivot-tables", /^xl\/(pivotTables|pivotCache)\//],
  ["slicers", /^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//],
  ["macros", /^xl\/vbaProject\.bin$/],
  ["threaded-comments", /^xl\/threadedComments\//],
  ["external-links", /^xl\/externalLinks\//],
];

/** `'表'!$A$1:$B$3,Sheet2!$C$5`: the only kind of defined name exceljs keeps. */
const RANGE_LIST = /^(?:(?:'(?:[^']|'')+'|[^'!,\s]+)!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?:,(?:'(?:[^']|'')+'|[^'!,\s]+)!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)*$/;

function decodeXml(text: string): string {
  return text.replace(/&(apos|quot|lt|gt|amp);/g, (_, e: string) => ({ apos: "'", quot: '"', lt: "<", gt: ">", amp: "&" })[e] ?? _);
}

/**
 * Names exceljs would lose or change: a constant or formula name (`税率` = 0.05), or one scoped to a
 * sheet (it comes back workbook-wide). Print areas and titles (`_xlnm.`) it handles itself.
 */
export function hasFragileNames(workbookXml: string): boolean {
  for (const m of workbookXml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    const attributes = m[1];
    const name = /\bname="([^"]*)"/.exec(attributes)?.[1] ?? "";
    if (name.startsWith("_xlnm.")) continue;
    if (/\blocalSheetId=/.test(attributes)) return true;
    if (!RANGE_LIST.test(decodeXml(m[2]).trim())) return true;
  }
  return false;
}

/** From a package's part names and the text of its xl/workbook.xml. */
export function droppedParts(names: readonly string[], workbookXml: string | null): DroppedPart[] {
  const dropped = PATTERNS.filter(([, pattern]) => names.some((n) => pattern.test(n))).map(([part]) => part);
  if (workbookXml && hasFragileNames(workbookXml)) dropped.push("defined-names");
  return dropped;
}
