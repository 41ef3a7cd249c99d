/**
 * Functions newer than Excel 2007 are stored in a file with a `_xlfn.` prefix (`_xlfn.NUMBERVALUE`);
 * written bare, Excel shows #NAME? until the user re-enters the formula. Office.js and the engine use
 * the bare names a person types, so the file adapter adds the prefix on write and drops it on read.
 */

/** Post-2007 functions ziping might write or meet in forms ([MS-XLSX] 2.2.2 "future functions"). */
const FUTURE = new Set(
  [
    "NUMBERVALUE", "IFNA", "IFS", "SWITCH", "MAXIFS", "MINIFS", "CONCAT", "TEXTJOIN", "XOR", "XLOOKUP", "XMATCH",
    "LET", "LAMBDA", "SEQUENCE", "RANDARRAY", "UNIQUE", "DAYS", "ISOWEEKNUM", "FORMULATEXT", "ISFORMULA",
    "SHEET", "SHEETS", "AGGREGATE", "CEILING.MATH", "FLOOR.MATH", "CEILING.PRECISE", "FLOOR.PRECISE",
    "NETWORKDAYS.INTL", "WORKDAY.INTL", "STDEV.S", "STDEV.P", "VAR.S", "VAR.P", "MODE.SNGL", "MODE.MULT",
    "PERCENTILE.INC", "PERCENTILE.EXC", "QUARTILE.INC", "QUARTILE.EXC", "RANK.EQ", "RANK.AVG",
    "NORM.DIST", "NORM.INV", "NORM.S.DIST", "NORM.S.INV", "T.TEST", "UNICHAR", "UNICODE", "ENCODEURL",
    "BITAND", "BITOR", "BITXOR", "BITLSHIFT", "BITRSHIFT", "TEXTBEFORE", "TEXTAFTER", "TEXTSPLIT",
    "VSTACK", "HSTACK", "TAKE", "DROP", "CHOOSECOLS", "CHOOSEROWS", "TOCOL", "TOROW", "WRAPCOLS",
    "WRAPROWS", "EXPAND", "ARRAYTOTEXT", "VALUETOTEXT", "ROUNDUP.MATH",
  ].map((f) => f.toUpperCase()),
);
/** Dynamic-array functions carry a second prefix. */
const WORKSHEET_NS = new Set(["FILTER", "SORT", "SORTBY"]);

/** Apply `fn` to the parts of a formula outside string literals. */
function outsideStrings(formula: string, fn: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((segment, i) => (i % 2 === 1 ? segment : fn(segment)))
    .join("");
}

const CALL = /(?<![A-Za-z0-9_.])([A-Za-z][A-Za-z0-9.]*)(?=\()/g;

/** A formula as a person writes it → as the file stores it. */
export function toFileFormula(formula: string): string {
  return outsideStrings(formula, (code) =>
    code.replace(CALL, (name: string) => {
      const upper = name.toUpperCase();
      if (WORKSHEET_NS.has(upper)) return `_xlfn._xlws.${name}`;
      return FUTURE.has(upper) ? `_xlfn.${name}` : name;
    }),
  );
}

/** A formula as the file stores it → as a person reads it. */
export function fromFileFormula(formula: string): string {
  return outsideStrings(formula, (code) => code.replace(/_xlfn\.(?:_xlws\.)?/g, ""));
}
