/**
 * Money cells: numbers or text (`37,560,000.00`, `3756万元`, `(1,000.00)`, `¥1,000`), read exactly
 * into the form's unit. Text that only approximates an amount (`约3万`, `待定`) is unreadable: the
 * totals cannot be checked against it, and a reviewer must see it.
 */
import Big from "big.js";
import type { CellValue } from "../grid";
import type { MoneyUnit, MoneyValue } from "../model";
import { normalise } from "../text";
import { bigFromNumber, cellDecimals, isDateFormat, isErrorText, NO_VALUE, readDecimal, shownDecimals } from "./number";
import { numberAmount, plainDecimalAmount } from "./scaled-amount";

/** Powers of ten of each money unit relative to 元. */
const MONEY_EXPONENT: Record<string, number> = { 元: 0, 千元: 3, 万元: 4, 万: 4, 亿元: 8, 亿: 8 };

// Sign, currency mark, the number, then an optional unit word. Currency may follow the sign (-¥5).
const MONEY_TEXT = /^([+-]?)(?:¥|rmb|cny|人民币)?(.+?)(亿元|万元|千元|元|亿|万)?$/i;

/** ASCII digits with proper grouping, an optional sign and decimals: `37,560,000.00`, `1210`, `-5.5`. */
const PLAIN_DECIMAL = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?$/;

export function parseMoney(value: CellValue, format: string | null, unit: MoneyUnit): MoneyValue {
  if (value === null || value === undefined) return { kind: "blank", raw: "" };
  if (typeof value === "boolean") return { kind: "unreadable", raw: String(value) };
  if (typeof value === "number") return moneyFromNumber(value, format);

  const raw = value;
  if (PLAIN_DECIMAL.test(raw)) {
    // Most amount cells: nothing below would change such text, so read it straight away, as an
    // integer when it has 15 digits or fewer.
    const small = plainDecimalAmount(raw, raw);
    if (small) return small;
    const read = readDecimal(raw);
    if (read) return { kind: "amount", value: read.value, decimals: read.decimals, raw };
  }
  if (NO_VALUE.test(raw)) return { kind: "blank", raw };
  if (isErrorText(raw)) return { kind: "unreadable", raw };
  const m = MONEY_TEXT.exec(normalise(raw));
  if (!m) return { kind: "unreadable", raw };
  const read = readDecimal(m[1] + m[2]);
  if (!read) return { kind: "unreadable", raw };
  const shift = MONEY_EXPONENT[m[3] ?? unit] - MONEY_EXPONENT[unit];
  if (shift === 0) return { kind: "amount", value: read.value, decimals: read.decimals, raw };
  // 3756万元 in a 元 form is 37,560,000 shown to the 元; 1,000元 in a 万元 form shows 4 decimals.
  return {
    kind: "amount",
    value: read.value.times(new Big(`1e${shift}`)),
    decimals: Math.max(0, read.decimals - shift),
    raw,
  };
}

function moneyFromNumber(n: number, format: string | null): MoneyValue {
  const raw = String(n);
  // A date-formatted cell shows a date; its serial number is not an amount anyone wrote.
  if (isDateFormat(format)) return { kind: "unreadable", raw };
  const small = numberAmount(n, raw, (own) => shownDecimals(format, () => own));
  if (small) return small;
  const value = bigFromNumber(n);
  if (!value) return { kind: "unreadable", raw };
  return { kind: "amount", value, decimals: cellDecimals(value, format), raw };
}

/** `146963013.91` → `146,963,013.91`; rounds half up to `decimals`; never prints `-0.00`. */
export function formatMoney(value: Big, decimals: number, opts: { grouping?: boolean } = {}): string {
  const grouping = opts.grouping ?? true;
  const rounded = value.round(decimals);
  const fixed = rounded.abs().toFixed(decimals);
  const [int, frac] = fixed.split(".");
  const intText = grouping ? int.replace(/\B(?=(\d{3})+$)/g, ",") : int;
  const sign = rounded.lt(0) ? "-" : "";
  return sign + intText + (frac !== undefined ? `.${frac}` : "");
}
