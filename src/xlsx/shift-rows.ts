/**
 * Rewriting references when rows are inserted, as Excel does: a reference to a row at or below the
 * insertion point moves down; a range that spans the insertion point grows. Used for formulas,
 * conditional-format and validation ranges, print areas — anything that names cells by address.
 * Pure text functions, no exceljs.
 */

export interface RowInsertion {
  /** Sheet the rows are inserted into. */
  sheet: string;
  /** 1-based Excel row number of the first row that moves down. */
  at: number;
  /** How many rows are inserted. */
  count: number;
}

const MAX_ROW = 1048576;

function shiftRowNumber(row: number, ins: RowInsertion): number {
  return row >= ins.at ? Math.min(row + ins.count, MAX_ROW) : row;
}

/** `$B$10` → `$B$11` when row 10 moves; keeps the `$` marks and column as written. */
function shiftCellRef(ref: string, ins: RowInsertion): string {
  const m = /^(\$?[A-Za-z]{1,3}\$?)(\d+)$/.exec(ref);
  if (!m) return ref;
  return m[1] + shiftRowNumber(Number(m[2]), ins);
}

/** `5:10` (whole rows) → shifted. */
function shiftRowRef(ref: string, ins: RowInsertion): string {
  const m = /^(\$?)(\d+)$/.exec(ref);
  if (!m) return ref;
  return m[1] + shiftRowNumber(Number(m[2]), ins);
}

/** One reference token without sheet prefix: `A1`, `A1:B2`, `5:10`. */
function shiftRefToken(token: string, ins: RowInsertion): string {
  const parts = token.split(":");
  if (parts.length === 2 && /^\$?\d+$/.test(parts[0])) {
    return `${shiftRowRef(parts[0], ins)}:${shiftRowRef(parts[1], ins)}`;
  }
  return parts.map((p) => shiftCellRef(p, ins)).join(":");
}

/**
 * Shift a space-separated list of ranges on the sheet itself (`A1:B2 D5`), as in a conditional
 * format's sqref or a merge.
 */
export function shiftRangeList(sqref: string, ins: RowInsertion): string {
  return sqref
    .split(/\s+/)
    .filter((s) => s.length > 0)
    .map((s) => shiftRefToken(s, ins))
    .join(" ");
}

function unquoteSheet(prefix: string): string {
  const name = prefix.slice(0, -1); // drop '!'
  if (name.startsWith("'") && name.endsWith("'")) return name.slice(1, -1).replace(/''/g, "'");
  return name;
}

/*
 * A reference, optionally sheet-qualified. Not preceded by a name character (so `LOG10` and `X1Y`
 * are not refs) and not followed by `(` (a function), `[` (a table) or `!`.
 */
const NAME_CHAR = "A-Za-z0-9_.\\u00A0-\\uFFFF";
const REF = new RegExp(
  `(?<![${NAME_CHAR}$':])` +
    `((?:'(?:[^']|'')+'|[A-Za-z_\\u00A0-\\uFFFF][${NAME_CHAR}]*)!)?` +
    `(\\$?[A-Za-z]{1,3}\\$?\\d+(?::\\$?[A-Za-z]{1,3}\\$?\\d+)?|\\$?\\d+:\\$?\\d+)` +
    `(?![${NAME_CHAR}(\\[!])`,
  "g",
);

/**
 * Shift the row references of a formula (with or without its leading `=`) written on `hostSheet`.
 * Unqualified references point at the host sheet; `Sheet!A1` and `'My sheet'!A1` at the named one.
 * String literals are left alone.
 */
export function shiftFormula(formula: string, hostSheet: string, ins: RowInsertion): string {
  const target = ins.sheet.toLowerCase();
  const segments = formula.split(/("(?:[^"]|"")*")/);
  return segments
    .map((segment, i) => {
      if (i % 2 === 1) return segment; // a string literal
      return segment.replace(REF, (whole: string, prefix: string | undefined, ref: string) => {
        const sheet = prefix ? unquoteSheet(prefix) : hostSheet;
        if (sheet.toLowerCase() !== target) return whole;
        return (prefix ?? "") + shiftRefToken(ref, ins);
      });
    })
    .join("");
}
