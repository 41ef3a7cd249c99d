/**
 * A1 references as Excel accepts them in the API: `A1`, `$A$1`, `A1:B2`, whole rows `3:5`, whole
 * columns `A:C`, an optional sheet prefix (`Sheet1!A1`, `'My sheet'!A1`), and comma-separated lists
 * for getRanges. The fake's own parser, kept apart from the adapter's so each checks the other.
 */

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function colName(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellName(row: number, col: number): string {
  return `${colName(col)}${row + 1}`;
}

export function rectName(r: Rect): string {
  if (r.left === 0 && r.right === MAX_COLS - 1) return `${r.top + 1}:${r.bottom + 1}`;
  if (r.top === 0 && r.bottom === MAX_ROWS - 1) return `${colName(r.left)}:${colName(r.right)}`;
  const tl = cellName(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${cellName(r.bottom, r.right)}`;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Split off a sheet prefix: `'a!b'!A1` → { sheet: "a!b", ref: "A1" }. */
export function splitSheet(address: string): { sheet?: string; ref: string } {
  const s = address.trim();
  if (s.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < s.length) {
      if (s[i] === "'" && s[i + 1] === "'") {
        name += "'";
        i += 2;
      } else if (s[i] === "'") break;
      else name += s[i++];
    }
    if (s[i + 1] !== "!") throw new Error(`bad address ${address}`);
    return { sheet: name, ref: s.slice(i + 2) };
  }
  const bang = s.lastIndexOf("!");
  return bang < 0 ? { ref: s } : { sheet: s.slice(0, bang), ref: s.slice(bang + 1) };
}

function parsePart(part: string): { row?: number; col?: number } {
  const m = /^\$?([A-Za-z]*)\$?(\d*)$/.exec(part);
  if (!m || (!m[1] && !m[2])) throw new Error(`bad reference ${part}`);
  return { ...(m[1] ? { col: colIndex(m[1]) } : {}), ...(m[2] ? { row: Number(m[2]) - 1 } : {}) };
}

/** One rectangle (no sheet prefix, no list). */
export function parseRect(ref: string): Rect {
  const [a, b = a] = ref.trim().split(":");
  const p = parsePart(a);
  const q = parsePart(b);
  const top = Math.min(p.row ?? 0, q.row ?? 0);
  const bottom = p.row === undefined ? MAX_ROWS - 1 : Math.max(p.row, q.row ?? p.row);
  const left = Math.min(p.col ?? 0, q.col ?? 0);
  const right = p.col === undefined ? MAX_COLS - 1 : Math.max(p.col, q.col ?? p.col);
  if (bottom >= MAX_ROWS || right >= MAX_COLS) throw new Error(`reference off the sheet: ${ref}`);
  return { top, left, bottom, right };
}

/** A comma- or semicolon-separated list of references. */
export function parseRectList(list: string): { sheet?: string; rect: Rect }[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of list) {
    if (ch === "'") quoted = !quoted;
    if (!quoted && (ch === "," || ch === ";")) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const { sheet, ref } = splitSheet(p);
      return { ...(sheet !== undefined ? { sheet } : {}), rect: parseRect(ref) };
    });
}

export const intersects = (a: Rect, b: Rect): boolean =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

export const contains = (outer: Rect, inner: Rect): boolean =>
  outer.top <= inner.top && outer.bottom >= inner.bottom && outer.left <= inner.left && outer.right >= inner.right;

export const cellCount = (r: Rect): number => (r.bottom - r.top + 1) * (r.right - r.left + 1);

/** A rectangle after rows were inserted at `at` (count n): below moves down, across grows, as Excel does. */
export function shiftRectForInsert(r: Rect, at: number, n: number): Rect {
  if (r.top >= at) return { ...r, top: r.top + n, bottom: r.bottom + n };
  if (r.bottom >= at) return { ...r, bottom: Math.min(r.bottom + n, MAX_ROWS - 1) };
  return r;
}
