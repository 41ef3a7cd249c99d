/**
 * The no-data-loss comparison, general form: given an input workbook, its annotated copy and the
 * WritePlans that produced it, list every difference outside what the plans meant to write — cell
 * values, formulas (re-pointed past an inserted row), cached results, styles and number formats,
 * the user's notes, merges, row heights and hidden rows, column widths and hidden columns, the user's
 * conditional formats and validations, sheet protection, sheet order and defined names. Marks may
 * only be ziping's tagged conditional formats and NOTE_PREFIX notes, on the plan's mark cells.
 *
 * test/xlsx/no-data-loss.test.ts checks one hand-made workbook in depth; this helper is what the
 * hardening tests run over the whole bad-input corpus and over generated forms.
 */
import ExcelJS from "exceljs";
import { MARK_FORMULA_TAG, NOTE_PREFIX, type WritePlan } from "../../src/core/model";
import { conditionalFormattings, sheetModel, ValueType, type CellModel } from "../../src/xlsx/internals";
import { shiftFormula, shiftRangeList, type RowInsertion } from "../../src/xlsx/shift-rows";
import { fromBytes } from "./workbooks";

const noteOf = (cell: CellModel): string | null => {
  const note = cell.comment as { note?: string | { texts?: { text: string }[] } } | undefined;
  if (!note?.note) return null;
  return typeof note.note === "string" ? note.note : (note.note.texts ?? []).map((t) => t.text).join("");
};

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** What must survive of a cell: value, formula, cached result, style, the user's own note. */
function essence(cell: CellModel | undefined, mapFormula: (f: string) => string): Record<string, unknown> {
  if (!cell) return { type: ValueType.Null, value: null, formula: null, result: null, style: {}, note: null };
  const note = noteOf(cell);
  const formula = cell.formula ?? cell.sharedFormula;
  return {
    type: cell.type === ValueType.Merge ? ValueType.Null : cell.type,
    value: clone(cell.value) ?? null,
    formula: formula ? mapFormula(formula) : null,
    result: clone(cell.result) ?? null,
    style: clone(cell.style) ?? {},
    note: note !== null && !note.startsWith(NOTE_PREFIX) ? note : null,
  };
}

const rowOf = (address: string): number => Number(/\d+$/.exec(address)![0]);
const colOf = (address: string): string => /^[A-Z]+/.exec(address)![0];
const A1 = (row0: number, col0: number): string => {
  let name = "";
  for (let n = col0 + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return `${name}${row0 + 1}`;
};

interface SheetPlan {
  insertion?: RowInsertion;
  /** Output addresses the plan may write (the totals row's cells, the summary block's). */
  written: Set<string>;
  /** Output rows (1-based) the plan owns whole: an inserted totals row, a replaced summary block. */
  rows: Set<number>;
  marks: Set<string>;
}

function sheetPlan(plan: WritePlan | undefined, sheet: string): SheetPlan {
  const out: SheetPlan = { written: new Set(), rows: new Set(), marks: new Set() };
  if (!plan) return out;
  if (plan.totals) {
    if (plan.totals.mode === "insert") {
      out.insertion = { sheet, at: plan.totals.row + 1, count: 1 };
      out.rows.add(plan.totals.row + 1);
    }
    for (const cell of plan.totals.cells) out.written.add(A1(plan.totals.row, cell.col));
  }
  for (const fill of plan.fills ?? []) for (const cell of fill.cells) out.written.add(A1(fill.row, cell.col));
  if (plan.summary) {
    const { replace, rows } = plan.summary;
    if (replace) for (let r = replace.top; r <= replace.bottom; r++) out.rows.add(r + 1);
    for (const r of rows) for (const cell of r.cells) out.written.add(A1(r.row, cell.col));
  }
  for (const mark of plan.marks) out.marks.add(mark.address);
  return out;
}

function definedNames(wb: ExcelJS.Workbook): { name: string; ranges: string[] }[] {
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  return [...model].map((n) => ({ name: n.name, ranges: [...n.ranges].sort() })).sort((a, b) => a.name.localeCompare(b.name));
}

const isOurs = (rule: { formulae?: unknown[] }): boolean => (rule.formulae ?? []).some((f) => String(f).includes(MARK_FORMULA_TAG));

/** Every cell address of an sqref (`A1:B2 D5`). */
function addressesOf(sqref: string): string[] {
  const out: string[] = [];
  for (const part of sqref.split(/\s+/).filter(Boolean)) {
    const [a, b = a] = part.split(":");
    const c0 = colOf(a);
    const c1 = colOf(b);
    const toIndex = (c: string): number => [...c].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    for (let r = rowOf(a); r <= rowOf(b); r++) for (let c = toIndex(c0); c <= toIndex(c1); c++) out.push(A1(r - 1, c));
  }
  return out;
}

/**
 * Differences between `input` and its annotated copy `output` that the plans do not account for.
 * Empty when nothing was lost or changed beyond the marks, the totals row and the summary block.
 */
export async function unintendedChanges(input: Buffer, output: Buffer, plans: WritePlan[]): Promise<string[]> {
  return workbookChanges(await fromBytes(input), await fromBytes(output), plans);
}

/** The same comparison on workbooks in memory (`before` must be a separate instance, untouched). */
export function workbookChanges(before: ExcelJS.Workbook, after: ExcelJS.Workbook, plans: WritePlan[]): string[] {
  const diffs: string[] = [];
  const differ = (what: string, a: unknown, b: unknown): void => {
    if (JSON.stringify(a) !== JSON.stringify(b)) diffs.push(`${what}: ${JSON.stringify(a)} → ${JSON.stringify(b)}`.slice(0, 600));
  };

  differ("sheet order", before.worksheets.map((w) => w.name), after.worksheets.map((w) => w.name));
  const insertions = plans
    .filter((p) => p.totals?.mode === "insert")
    .map((p) => ({ sheet: p.sheet, at: p.totals!.row + 1, count: 1 }));
  /** A formula written on `host`, re-pointed past every inserted row. */
  const shifted = (formula: string, host: string): string => insertions.reduce((f, ins) => shiftFormula(f, host, ins), formula);
  differ(
    "defined names",
    definedNames(before).map((n) => ({ name: n.name, ranges: n.ranges.map((r) => shifted(r, "")).sort() })),
    definedNames(after),
  );

  for (const ws of before.worksheets) {
    const copy = after.getWorksheet(ws.name);
    if (!copy) {
      diffs.push(`sheet ${ws.name} is missing`);
      continue;
    }
    const plan = sheetPlan(plans.find((p) => p.sheet === ws.name), ws.name);
    const ins = plan.insertion;
    const moveRow = (row: number): number => (ins && row >= ins.at ? row + ins.count : row);
    const move = (address: string): string => `${colOf(address)}${moveRow(rowOf(address))}`;
    const intended = (address: string): boolean => plan.rows.has(rowOf(address)) || plan.written.has(address);
    const mapFormula = (f: string): string => shifted(f, ws.name);

    const a = sheetModel(ws);
    const b = sheetModel(copy);
    const outCells = new Map<string, CellModel>();
    for (const row of b.rows) for (const cell of row.cells) outCells.set(cell.address, cell);
    const seen = new Set<string>();
    for (const row of a.rows) {
      for (const cell of row.cells) {
        const target = move(cell.address);
        seen.add(target);
        if (intended(target)) continue;
        differ(`${ws.name}!${cell.address}→${target}`, essence(cell, mapFormula), essence(outCells.get(target), (f) => f));
      }
    }
    for (const [address, cell] of outCells) {
      if (seen.has(address) || intended(address)) continue;
      differ(`${ws.name}!${address} (new cell)`, essence(undefined, (f) => f), essence(cell, (f) => f));
    }

    // Marks: only ziping's own notes, only on marked cells; none left on a cell the plan does not mark.
    for (const [address, cell] of outCells) {
      const note = noteOf(cell);
      if (note !== null && note.startsWith(NOTE_PREFIX) && !plan.marks.has(address)) diffs.push(`${ws.name}!${address}: a ziping note on an unmarked cell`);
      if (note !== null && note.length > 32_767) diffs.push(`${ws.name}!${address}: a note of ${note.length} characters (Excel's limit is 32,767)`);
    }

    // Merges inside a replaced summary block go with it; every other merge stays (moved or grown).
    const summaryRows = [...plan.rows].filter((r) => !(ins && r === ins.at));
    const outsideSummary = (m: string): boolean => !addressesOf(m).some((x) => summaryRows.includes(rowOf(x)));
    differ(
      `${ws.name} merges`,
      a.merges.map((m) => (ins ? shiftRangeList(m, ins) : m)).filter(outsideSummary).sort(),
      b.merges.filter(outsideSummary).sort(),
    );
    // exceljs lists a column once any cell in it is touched; one without width or hiding is Excel's default.
    const widths = (sheet: ExcelJS.Worksheet) => {
      const list = (sheet.columns ?? []).map((c) => [c.width ?? null, c.hidden ?? false]);
      while (list.length > 0 && list[list.length - 1][0] === null && list[list.length - 1][1] === false) list.pop();
      return list;
    };
    differ(`${ws.name} column widths`, widths(ws), widths(copy));
    const outRows = new Map(b.rows.map((r) => [r.number, r]));
    for (const row of a.rows) {
      const out = outRows.get(moveRow(row.number));
      differ(`${ws.name} row ${row.number} height/hidden`, [row.height ?? null, row.hidden ?? false], [out?.height ?? null, out?.hidden ?? false]);
    }

    const theirs = (list: typeof a.conditionalFormattings) =>
      list
        .map((cf) => ({ ref: cf.ref, rules: cf.rules.filter((r) => !isOurs(r)).map((r) => ({ ...r, priority: undefined })) }))
        .filter((cf) => cf.rules.length > 0);
    differ(
      `${ws.name} user conditional formats`,
      theirs(conditionalFormattings(ws)).map((cf) => ({ ...cf, ref: ins ? shiftRangeList(cf.ref, ins) : cf.ref, rules: cf.rules.map((r) => ({ ...r, formulae: r.formulae?.map((f) => (typeof f === "string" ? mapFormula(f) : f)) })) })),
      theirs(conditionalFormattings(copy)),
    );
    for (const cf of conditionalFormattings(copy)) {
      if (!cf.rules.some(isOurs)) continue;
      const stray = addressesOf(cf.ref).filter((address) => !plan.marks.has(address));
      if (stray.length > 0) diffs.push(`${ws.name}: a ziping mark format covers unmarked cells ${stray.slice(0, 5).join(" ")}`);
    }
    const validations = (model: typeof a, shift: boolean) =>
      Object.entries(model.dataValidations ?? {})
        .filter(([, v]) => v !== undefined)
        .map(([address, v]) => [shift && ins ? shiftRangeList(address, ins) : address, v] as const)
        .sort(([x], [y]) => x.localeCompare(y));
    differ(`${ws.name} data validations`, validations(a, true), validations(b, false));
    differ(`${ws.name} protection`, (ws as unknown as { sheetProtection?: unknown }).sheetProtection ?? null, (copy as unknown as { sheetProtection?: unknown }).sheetProtection ?? null);
    differ(`${ws.name} state`, ws.state, copy.state);
  }
  return diffs;
}
