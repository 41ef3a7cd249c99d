/**
 * Text normalisation for matching header words and labels: forms arrive from WPS, PDFs and 一体化
 * exports with full-width brackets, stray spaces and line breaks inside headers, and sometimes 繁体.
 */

// Traditional → simplified for the characters that occur in form headers, labels and grades.
const TRADITIONAL_CHARS = "預執數額財撥績標實際級資總計權進評價項單門稱務內況結轉餘費質時滿經濟會態環續響調後達設產體與開據報係對應發區縣廳辦書議護壞較優無條場個萬億們為險劃規則說適蓋養職衛導轄類屬負責話頁簽審製聯電繫編複領";
const SIMPLIFIED_CHARS = "预执数额财拨绩标实际级资总计权进评价项单门称务内况结转余费质时满经济会态环续响调后达设产体与开据报系对应发区县厅办书议护坏较优无条场个万亿们为险划规则说适盖养职卫导辖类属负责话页签审制联电系编复领";
const TRADITIONAL = new Map<string, string>(
  Array.from(TRADITIONAL_CHARS, (ch, i) => [ch, SIMPLIFIED_CHARS[i]] as [string, string]),
);

const TRADITIONAL_ANY = new RegExp(`[${TRADITIONAL_CHARS}]`);
const TRADITIONAL_ALL = new RegExp(`[${TRADITIONAL_CHARS}]`, "g");
const WHITESPACE_ANY = /\s/u;
const WHITESPACE_ALL = /\s+/gu;
const PLAIN_ASCII = /^[\x21-\x7e]*$/;

/**
 * Results of normalise() while a check runs. Recognition asks the same cell's text through several
 * classifiers (is it a header? a section start? a total label?) and the rules ask again; without
 * this, normalising was a fifth of a large form's check. Scoped to one check (withTextCache) so it
 * holds only that sheet's strings and a benchmark of one check measures one check.
 */
let cache: Map<string, string> | null = null;

/** Run `fn` with normalise() remembering its results; nested calls share the outer cache. */
export function withTextCache<T>(fn: () => T): T {
  if (cache) return fn();
  cache = new Map();
  try {
    return fn();
  } finally {
    cache = null;
  }
}

/**
 * NFKC (full-width digits, brackets and colons become ASCII), 繁体 → 简体 for form vocabulary,
 * every kind of whitespace removed. Use for comparing words, never for showing text.
 */
export function normalise(text: string): string {
  // Amounts, years and codes: printable ASCII without spaces is already normal (and needs no cache entry).
  if (PLAIN_ASCII.test(text)) return text;
  const known = cache?.get(text);
  if (known !== undefined) return known;
  // Whole-string passes: a loop testing a regex per character cost more than everything else it did.
  let out = text.normalize("NFKC");
  if (WHITESPACE_ANY.test(out)) out = out.replace(WHITESPACE_ALL, "");
  if (TRADITIONAL_ANY.test(out)) out = out.replace(TRADITIONAL_ALL, (ch) => TRADITIONAL.get(ch)!);
  cache?.set(text, out);
  return out;
}

/**
 * True when normalise(text) is certainly longer than `max`, decided without normalising: CJK unified
 * ideographs (U+4E00–U+9FFF) have no decomposition and compose with nothing, and 繁→简 maps one to
 * one, so each stays exactly one character. Classifiers of short header words use it to skip a task's
 * long 完成情况 text, whose normalisation was most of what reading a large form's rows cost.
 */
export function certainlyLongerThan(text: string, max: number): boolean {
  if (text.length <= max) return false;
  let ideographs = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff && ++ideographs > max) return true;
  }
  return false;
}

/**
 * The first character of normalise(text) when it is certain without normalising: the text starts
 * with a CJK unified ideograph (U+4E00–U+9FFF), which NFKC leaves alone and composes with nothing,
 * and which 繁→简 maps to one character. Null for text starting with anything else. Classifiers
 * that match word starts use it to turn away a task's label without normalising it.
 */
export function certainFirstCharacter(text: string): string | null {
  const code = text.charCodeAt(0);
  if (!(code >= 0x4e00 && code <= 0x9fff)) return null;
  const first = text[0];
  return TRADITIONAL.get(first) ?? first;
}

/** Code point ranges drawn two columns wide (CJK, Hangul, full-width forms), in a terminal and in Excel's character units. */
const WIDE: [number, number][] = [
  [0x1100, 0x115f],
  [0x2e80, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
];

/** How wide text is drawn: 2 for a CJK or full-width character, 1 for any other (≈ Excel's character units). */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    w += WIDE.some(([lo, hi]) => code >= lo && code <= hi) ? 2 : 1;
  }
  return w;
}
