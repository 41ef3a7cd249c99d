/**
 * Evaluates exactly the two formulas a 金额合计 row is written with — `=SUM(E5:E9)` and
 * `=SUMPRODUCT(NUMBERVALUE(E5:E9,".",","))` — apart from the fake host's formula engine, so a test
 * can check that what the plan wrote computes the form's totals and not only what the fake says.
 * Sums are exact (big.js). Any other formula throws: a new formula shape needs a look, not a guess.
 */
import Big from "big.js";

export type CellValueReader = (address: string) => string | number | boolean | null;

const RANGE = String.raw`\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)`;
const SUM = new RegExp(`^=SUM\\(${RANGE}\\)$`);
const SUMPRODUCT_NUMBERVALUE = new RegExp(`^=SUMPRODUCT\\(NUMBERVALUE\\(${RANGE},"\\.",","\\)\\)$`);

function columnCells(col: string, top: string, col2: string, bottom: string, formula: string): string[] {
  if (col !== col2) throw new Error(`${formula}: a totals formula sums one column`);
  const from = Number(top);
  const to = Number(bottom);
  if (to < from) throw new Error(`${formula}: range upside down`);
  return Array.from({ length: to - from + 1 }, (_, i) => `${col}${from + i}`);
}

/** NUMBERVALUE(text, ".", ","): blank is 0, group commas and spaces go, a trailing % divides by 100. */
function numberValue(value: string | number | boolean | null, where: string): Big {
  if (value === null || value === "") return new Big(0);
  if (typeof value === "number") return new Big(value);
  if (typeof value === "boolean") throw new Error(`NUMBERVALUE(${where}) is #VALUE! (a logical value)`);
  const text = value.replace(/[\s,]/g, "");
  const percent = text.endsWith("%");
  const digits = percent ? text.slice(0, -1) : text;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(digits)) throw new Error(`NUMBERVALUE(${where}) is #VALUE! (text "${value}")`);
  const n = new Big(digits);
  return percent ? n.div(100) : n;
}

export function evaluateTotalsFormula(formula: string, read: CellValueReader): Big {
  const sum = SUM.exec(formula);
  if (sum) {
    // SUM over a range adds its numbers only; text (even "1,000.00") and logicals are skipped, as in Excel.
    return columnCells(sum[1], sum[2], sum[3], sum[4], formula).reduce((total, address) => {
      const v = read(address);
      return typeof v === "number" ? total.plus(new Big(v)) : total;
    }, new Big(0));
  }
  const sp = SUMPRODUCT_NUMBERVALUE.exec(formula);
  if (sp) {
    return columnCells(sp[1], sp[2], sp[3], sp[4], formula).reduce((total, address) => total.plus(numberValue(read(address), address)), new Big(0));
  }
  throw new Error(`not a totals formula this evaluator knows: ${formula}`);
}
