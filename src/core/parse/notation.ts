/**
 * Values written back in the form's own notation, for messages: `>50人次`, `10项-20项`, `95.51%`.
 * A reviewer should recognise what they typed.
 */
import type Big from "big.js";
import type { Actual, Target } from "../model";
import { formatMoney } from "./money";
import { decimalsOf, readDecimal } from "./number";
import { OPERATOR_SYMBOL } from "./operators";

/** Grouping helps from five digits on; forms write `1000人次` but `37,560,000`. */
const GROUPING_FROM = 10000;

/** `95.51` `%` → `95.51%`; `50` `人次` → `50人次`; decimals default to what the value needs. */
export function formatQuantity(value: Big, unit: string | null, decimals?: number): string {
  const d = decimals ?? decimalsOf(value);
  const grouping = value.abs().gte(GROUPING_FROM);
  return formatMoney(value, d, { grouping }) + (unit ?? "");
}

export function formatTarget(t: Target): string {
  switch (t.kind) {
    case "quantity":
      return (t.explicitOp ? OPERATOR_SYMBOL[t.op] : "") + formatQuantity(t.value, t.unit, t.decimals);
    case "range": {
      // 10项-20项 keeps the unit on both ends, as forms write it; a percent range reads 90%-100%.
      const low = formatQuantity(t.low, t.unit, t.decimals);
      const high = formatQuantity(t.high, t.unit, t.decimals);
      return `${low}-${high}`;
    }
    case "qualitative":
      return t.text;
    case "blank":
      return "";
    case "unreadable":
      return t.raw.trim();
  }
}

export function formatActual(a: Actual): string {
  switch (a.kind) {
    case "number": {
      // A bare `36` that took the target's 人次 is shown as written; percent always shows its sign,
      // because 0.9551 in a 0.00% cell is seen as 95.51%.
      const written = a.unit === "%" || readDecimal(a.raw) === null;
      return formatQuantity(a.value, written ? a.unit : null, a.decimals);
    }
    case "grade":
    case "blank":
    case "unreadable":
      return a.raw.trim();
    case "text":
      return a.text;
  }
}
