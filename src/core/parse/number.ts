/**
 * Low-level reading shared by every value parser: decimal text, JS numbers from cells, Excel number
 * formats, "no value" marks and Excel error text. Everything exact (big.js); no float arithmetic.
 */
import Big from "big.js";

/** Characters NFKC leaves alone but people (and PDF/Word exports) use as a minus sign. */
const MINUS_SIGNS = /[\u2212\u2012\u2013\uFE63]/g;

// Digit grouping must be real grouping (1,210 / 37,560,000.00): `1,2100` is a typo, not a number.
const DECIMAL = /^([+-])?(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

// Hoisted: readDecimal runs for every amount of a form, and a regex literal is a new object per evaluation.
const WHITESPACE = /\s+/g;
const PLAIN_ASCII = /^[\x21-\x7e]*$/;
const ACCOUNTING_NEGATIVE = /^\((.*)\)$/;
const LEADING_SIGN = /^[+-]/;
const GROUPING = /,/g;
const ZERO = new Big(0);

/** Beyond what a cell can hold; also keeps big.js from building megabyte strings for `1e999999`. */
const MAX_EXPONENT = 308;
const MAX_LENGTH = 400;

/**
 * Reads a plain decimal written in a cell: `1,210`, `９５.５１`, `(1,000.00)` (accounting negative),
 * `-5`, `1e15`. `decimals` is how many decimals the text shows (`37,560,000.00` → 2). No units, no
 * currency symbols: callers strip those first. Returns null for anything else.
 */
export function readDecimal(text: string): { value: Big; decimals: number } | null {
  if (text.length > MAX_LENGTH) return null;
  // Printable ASCII without spaces (most amounts) is already what the three passes would make of it.
  let s = PLAIN_ASCII.test(text) ? text : text.normalize("NFKC").replace(MINUS_SIGNS, "-").replace(WHITESPACE, "");
  let negative = false;
  const paren = ACCOUNTING_NEGATIVE.exec(s);
  if (paren) {
    // (1,000.00) is an accounting negative; a sign inside the brackets would be a second sign.
    if (LEADING_SIGN.test(paren[1])) return null;
    negative = true;
    s = paren[1];
  }
  const m = DECIMAL.exec(s);
  if (!m) return null;
  const [, sign, intPart, fracPart, expPart] = m;
  if (!intPart && !fracPart) return null;
  const exponent = expPart === undefined ? 0 : Number(expPart);
  if (Math.abs(exponent) > MAX_EXPONENT) return null;
  const digits = `${intPart ? intPart.replace(GROUPING, "") : "0"}.${fracPart || "0"}e${exponent}`;
  let value = new Big(digits);
  if (sign === "-" !== negative) value = value.times(-1);
  const decimals = Math.max(0, (fracPart?.length ?? 0) - exponent);
  return { value: normaliseZero(value), decimals };
}

/** -0 reads and prints as 0. */
function normaliseZero(value: Big): Big {
  // big.js keeps zero as the single digit 0; eq(0) would build a Big to compare with, per amount.
  return value.c[0] === 0 ? ZERO : value;
}

/**
 * A cell's number as Excel means it: doubles carry at most 15 significant digits in Excel (the
 * formula bar shows no more), so 0.1+0.2 computed in a cell is 0.3, not 0.30000000000000004.
 * Not arithmetic on floats — only the decimal rounding Excel itself applies.
 */
export function bigFromNumber(n: number): Big | null {
  if (!Number.isFinite(n)) return null;
  return normaliseZero(new Big(n.toPrecision(15)));
}

/** Decimals needed to write `value` exactly (12.50 → 1, 1e15 → 0). */
export function decimalsOf(value: Big): number {
  // big.js keeps the coefficient without trailing zeros: c = digits, e = exponent of the first.
  return Math.max(0, value.c.length - 1 - value.e);
}

/** The first section of a number format with quoted text, escapes and [colour]/[locale] tags removed. */
function formatCode(format: string): string {
  const section = splitSections(format)[0];
  return section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/_./g, "")
    .replace(/\*./g, "")
    .replace(/\[[^\]]*\]/g, "");
}

/** Splits on `;` outside quotes. */
function splitSections(format: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function isGeneral(format: string | null): format is null {
  return format === null || format.trim() === "" || /^general$/i.test(format.trim()) || format.trim() === "@";
}

interface FormatFacts {
  decimals: number | null;
  percent: boolean;
  date: boolean;
}

/**
 * What a number format means, worked out once per format string. Every number cell asks (is it a
 * date? how many decimals? a percent?) and a sheet has a handful of formats over thousands of cells;
 * splitting and scanning the format again for each cell was most of what reading a number cost.
 */
const formatFacts = new Map<string, FormatFacts>();
/** Formats are few; the bound only keeps a pathological stream of distinct ones from piling up. */
const FORMAT_FACTS_LIMIT = 1024;

function factsOf(format: string): FormatFacts {
  let facts = formatFacts.get(format);
  if (facts) return facts;
  facts = { date: dateFormat(format), percent: false, decimals: null };
  if (!isGeneral(format)) {
    const code = formatCode(format);
    facts.percent = code.includes("%");
    if (!facts.date && /[0#?]/.test(code)) {
      const m = /\.([0#?]*)/.exec(code);
      facts.decimals = m ? m[1].length : 0;
    }
  }
  if (formatFacts.size >= FORMAT_FACTS_LIMIT) formatFacts.clear();
  formatFacts.set(format, facts);
  return facts;
}

/**
 * Decimals a number format shows: `#,##0.00` → 2, `0.00%` → 2, `0` → 0. Null for General, text (`@`)
 * and date/time formats, where the decimals come from the value instead.
 */
export function decimalsOfFormat(format: string | null): number | null {
  return format === null ? null : factsOf(format).decimals;
}

/** True when the format shows the value ×100 with a percent sign (`0.00%`). */
export function isPercentFormat(format: string | null): boolean {
  return format === null ? false : factsOf(format).percent;
}

/** True for date and time formats (`yyyy-mm-dd`, `m/d/yy`, `h:mm`, `[$-804]yyyy"年"m"月"`). */
export function isDateFormat(format: string | null): boolean {
  return format === null ? false : factsOf(format).date;
}

function dateFormat(format: string): boolean {
  if (isGeneral(format)) return false;
  // Strip exponents (0.00E+00) so the E is not read as a date token; [h] elapsed time is a time.
  if (/\[h+\]|\[m+\]|\[s+\]/i.test(format)) return true;
  const code = formatCode(format).replace(/E[+-]/gi, "");
  return /[ymdhs]/i.test(code) || /(?:^|[^a-z])(aaa|ddd|b{1,2}e)/i.test(code);
}

/** Excel's 1900 date system: serial 1 = 1900-01-01, with Excel's phantom 1900-02-29. */
export function excelDateText(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const day = Math.floor(serial);
  const epoch = Date.UTC(1899, 11, 30);
  const ms = epoch + (day < 61 ? day + 1 : day) * 86400000;
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Marks that mean "nothing entered": blank, 无, /, dashes of every width (-, --, －, —, ——, ─, …).
 * Tested against the trimmed cell text; whitespace around the mark is allowed.
 */
export const NO_VALUE: RegExp = /^\s*(?:|无|無|暂无|空|[/／\\]|[-－‐‑‒–—―─━﹣−~～]+|…+|\.{3,}|。)\s*$/u;

/** Excel error values as Office.js and exceljs report them. */
const ERROR_TEXT = /^#(?:REF!|N\/A|DIV\/0!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA|EXTERNAL!)$/i;

export function isErrorText(text: string): boolean {
  return ERROR_TEXT.test(text.trim());
}

/**
 * A number cell read as a person sees it: in a percent-formatted cell 0.9551 is 95.51 (percentage
 * points, `percent` true) with the format's decimals. Null for non-finite numbers and dates.
 */
export function readNumberCell(
  n: number,
  format: string | null,
): { value: Big; decimals: number; percent: boolean } | null {
  if (isDateFormat(format)) return null;
  const value = bigFromNumber(n);
  if (!value) return null;
  const fromFormat = decimalsOfFormat(format);
  if (isPercentFormat(format)) {
    const points = value.times(100);
    return { value: points, decimals: fromFormat ?? decimalsOf(points), percent: true };
  }
  return { value, decimals: fromFormat ?? decimalsOf(value), percent: false };
}

/** Decimals of a JS number read from a cell: from its format when it has one, else from the value. */
export function cellDecimals(value: Big, format: string | null): number {
  return shownDecimals(format, () => decimalsOf(value));
}

/** cellDecimals for a value whose own decimals `own` gives (asked only for a format without decimals). */
export function shownDecimals(format: string | null, own: () => number): number {
  const fromFormat = decimalsOfFormat(format);
  if (fromFormat === null) return own();
  // A percent format's decimals count percentage points; the stored fraction has two more.
  return isPercentFormat(format) ? fromFormat + 2 : fromFormat;
}
