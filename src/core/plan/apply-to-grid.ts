/**
 * A WritePlan applied to a GridData in memory: the sheet as it will be once an adapter has written
 * the plan. Lets the engine re-check after inserting a totals row without reading the sheet again,
 * and lets tests compare what an adapter wrote with what the plan meant.
 */
import type { CellRange, CellValue, GridData } from "../grid";
import type { CellWrite, WritePlan } from "../model";

type Table<T> = T[][];

function copyTable<T>(table: Table<T> | undefined, rows: number): Table<T> {
  const out: Table<T> = [];
  for (let r = 0; r < rows; r++) out.push(table?.[r] ? [...table[r]] : []);
  return out;
}

/** Merges after inserting a sheet row at `row`: below it they move down, across it they grow, as Excel does. */
export function shiftMerges(merges: CellRange[], row: number): CellRange[] {
  return merges.map((m) => {
    if (m.top >= row) return { ...m, top: m.top + 1, bottom: m.bottom + 1 };
    if (m.bottom >= row) return { ...m, bottom: m.bottom + 1 };
    return m;
  });
}

export function applyPlanToGrid(data: GridData, plan: WritePlan): GridData {
  const top = data.origin.row;
  const left = data.origin.col;
  const height = data.values.length;
  const values = copyTable<CellValue>(data.values, height);
  const formats = copyTable<string | null | undefined>(data.formats, height);
  const formulas = copyTable<string | null | undefined>(data.formulas, height);
  let merges = data.merges.map((m) => ({ ...m }));

  const ensureRow = (row: number): number => {
    const i = row - top;
    while (values.length <= i) {
      values.push([]);
      formats.push([]);
      formulas.push([]);
    }
    return i;
  };
  const write = (row: number, cell: CellWrite): void => {
    const i = ensureRow(row);
    const j = cell.col - left;
    values[i][j] = cell.formula !== undefined ? (cell.result ?? null) : (cell.value ?? null);
    formulas[i][j] = cell.formula ?? null;
    if (cell.numberFormat !== undefined) formats[i][j] = cell.numberFormat;
  };

  if (plan.totals) {
    const { mode, row, formatFrom, cells } = plan.totals;
    if (mode === "insert") {
      const i = Math.max(0, row - top);
      // formatFrom is a row of the sheet after insertion; read it where it sits before the insertion.
      const source = (formatFrom > row ? formatFrom - 1 : formatFrom) - top;
      if (i <= values.length) {
        values.splice(i, 0, []);
        formulas.splice(i, 0, []);
        formats.splice(i, 0, [...(formats[source] ?? [])]);
      }
      merges = shiftMerges(merges, row);
    }
    for (const cell of cells) write(row, cell);
  }

  for (const r of plan.fills ?? []) for (const cell of r.cells) write(r.row, cell);

  if (plan.summary) {
    const { replace, rows } = plan.summary;
    if (replace) {
      for (let r = replace.top; r <= replace.bottom; r++) {
        const i = r - top;
        if (i < 0 || i >= values.length) continue;
        // Contents only, as Excel's Clear Contents: the rows keep their number formats.
        values[i] = [];
        formulas[i] = [];
      }
      merges = merges.filter((m) => m.bottom < replace.top || m.top > replace.bottom);
    }
    for (const r of rows) for (const cell of r.cells) write(r.row, cell);
  }

  return { ...data, values, formats, formulas, merges };
}
