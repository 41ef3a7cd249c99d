/**
 * One Problem of every code (and every kind of damage and size limit), for the tests that check each
 * edge has words for all of them. A mapped type, so a new code fails to compile here until it has an
 * example.
 */
import type { Damage, Problem, ProblemCode, SizeLimit } from "../../src/core/problem";
import { problem } from "../../src/core/problem";

const DAMAGES: Damage[] = [
  { damage: "zip-end-missing" },
  { damage: "zip64-record-missing" },
  { damage: "zip64-record-malformed" },
  { damage: "zip-entry-malformed", entry: 3, count: 9 },
  { damage: "part-header-missing", part: "xl/styles.xml" },
  { damage: "part-truncated", part: "xl/styles.xml" },
  { damage: "part-bomb", part: "xl/worksheets/sheet1.xml", declared: 1000 },
  { damage: "part-not-inflatable", part: "xl/styles.xml" },
  { damage: "xls-unreadable" },
  { damage: "xls-sheet-missing" },
  { damage: "package", detail: "End of data reached (data length = 0, asked index = 4)" },
];

const SIZES: SizeLimit[] = [
  { limit: "file", bytes: 120 * 2 ** 20, max: 100 * 2 ** 20 },
  { limit: "unpacked", bytes: 300 * 2 ** 20, max: 64 * 2 ** 20 },
  { limit: "parts", count: 20_000, max: 10_000 },
  { limit: "sheet", sheet: "自评表", range: "A1:XFD20", cells: 327_680, max: 2_000_000 },
];

export const EXAMPLES: { [C in ProblemCode]: Problem<C>[] } = {
  "not-found": [problem("not-found", {})],
  "not-a-file": [problem("not-a-file", {})],
  "not-xlsx": [problem("not-xlsx", {})],
  "legacy-xls": [problem("legacy-xls", {})],
  "wps-et": [problem("wps-et", {})],
  encrypted: [problem("encrypted", {})],
  corrupted: DAMAGES.map((d) => problem("corrupted", d)),
  "no-sheets": [problem("no-sheets", {})],
  "too-large": SIZES.map((s) => problem("too-large", s)),
  "no-form": [problem("no-form", {})],
  "duplicate-output": [problem("duplicate-output", { other: "inbox/a/自评表.xlsx" })],
  "overwrite-input": [problem("overwrite-input", { target: "inbox/自评表.xlsx" })],
  "copy-not-written": [problem("copy-not-written", { detail: "ENOSPC: no space left on device" })],
  "too-slow": [problem("too-slow", { seconds: 120 })],
  "worker-stopped": [problem("worker-stopped", { detail: "out of memory" })],
  internal: [problem("internal", { detail: "form.rows is not iterable" })],
  "no-workbooks-in": [problem("no-workbooks-in", { dir: "inbox/2024" })],
  "report-is-input": [problem("report-is-input", { path: "inbox/自评表.xlsx" })],
  "report-not-written": [problem("report-not-written", { path: "审核汇总.xlsx", detail: "EBUSY: resource busy or locked" })],
  "sheet-protected": [problem("sheet-protected", {}), problem("sheet-protected", { sheet: "附表" })],
  "cell-edit-mode": [problem("cell-edit-mode", {})],
  "api-missing": [problem("api-missing", {}), problem("api-missing", { needs: "ExcelApi 1.18" })],
  "write-interrupted": [problem("write-interrupted", { detail: "GeneralException" })],
  "office-failed": [problem("office-failed", { detail: "RichApi.Error: The request failed." })],
};

/** Every example whose code is one of `codes`, flattened. */
export function examplesOf<C extends ProblemCode>(codes: readonly C[]): Problem<C>[] {
  return codes.flatMap((code) => EXAMPLES[code] as Problem<C>[]);
}

/**
 * The words a code's message starts with, before any detail in brackets (sizes, a part's name): what
 * a test of the command's output can expect without knowing the detail.
 */
export function headline(text: string): string {
  const cut = text.search(/（| \(/);
  return cut < 0 ? text : text.slice(0, cut);
}
