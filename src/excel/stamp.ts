/**
 * The stamp in the hidden tag of every conditional format ziping writes in Excel: `N("ziping:error")`
 * becomes `N("ziping:error:<rules>.<index>.<count>.<state>")`. It is how a check in any runtime reads
 * from the workbook itself which marks are on the sheet (marks.ts says why nothing else can be
 * trusted). Inside N() the text is 0 whatever it says, so the condition is unchanged; copies without a
 * stamp (from the command line or an earlier version) are still recognised by their tag and rewritten.
 */
import { MARK_FORMULA_TAG, type Severity } from "../core/model";

export interface FormatStamp {
  /** Fingerprint of the severity's rules: every rule's cells and formula. */
  rules: string;
  /** This format's place among the severity's formats, and how many there are. */
  index: number;
  count: number;
  /** Fingerprint of the notes on the cells of its severity's marks when it was written (marks.ts). */
  state: string;
}

const STAMPED = /ziping:(?:error|warning|info):([0-9a-z]+)\.(\d+)\.(\d+)\.([0-9a-z]+)"/;

/** 64 bits of two FNV-1a hashes (different offsets): enough that two states never meet by chance on one sheet. */
export function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193) >>> 0;
    b = (b ^ (b >>> 15)) >>> 0;
  }
  return a.toString(36) + "x" + b.toString(36);
}

/** The formula with its tag stamped. */
export function stampFormula(formula: string, severity: Severity, stamp: FormatStamp): string {
  const tag = `"${MARK_FORMULA_TAG}${severity}"`;
  return formula.replace(tag, `"${MARK_FORMULA_TAG}${severity}:${stamp.rules}.${stamp.index}.${stamp.count}.${stamp.state}"`);
}

/** The stamp a format's formula carries, or null (unstamped, or not ziping's). */
export function readStamp(formula: string | null | undefined): FormatStamp | null {
  const m = formula ? STAMPED.exec(formula) : null;
  return m ? { rules: m[1], index: Number(m[2]), count: Number(m[3]), state: m[4] } : null;
}
