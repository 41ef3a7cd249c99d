/**
 * A number with an optional unit glued on (`50人次`, `95.51%`, `≤90万元` after the operator is
 * taken off), and two of them as a range (`10项-20项`). Input is normalised text (see `normalise`):
 * NFKC, no whitespace, 简体.
 */
import type Big from "big.js";
import { normalise } from "../text";
import { readDecimal } from "./number";
import { convertUnit, normaliseUnit } from "./units";

/** Normalised text (see `normalise`) without the full stop or separator people end a cell with. */
export function cleanText(raw: string): string {
  return normalise(raw).replace(/[。.;,、]+$/, "");
}

/**
 * The ways to read a cell's text: as written, then without a trailing note in brackets
 * (`36(受疫情影响)`, `≥95%(按合同约定)`, `已完成【详见附件】`). NFKC has already made （） into ().
 */
export function readings(text: string): string[] {
  const bare = text.replace(/(?:\([^()]*\)|【[^【】]*】|\[[^[\]]*\])$/, "");
  return bare !== text && bare !== "" ? [text, bare] : [text];
}

export interface Quantity {
  value: Big;
  decimals: number;
  unit: string | null;
}

// No exponent here: `1e5` alone is read by readDecimal; with a unit the `e` would be ambiguous.
const LEADING_NUMBER = /^(?:[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)/;

/** Unit words: Han characters, Latin letters (kg, km), percent and degree signs, `/` (元/人). */
const UNIT_SHAPE = /^[\p{Script=Han}A-Za-z%‰℃°²³/·]{1,8}$/u;

/**
 * Characters that show the "unit" is really the rest of a sentence (`12月底前完成`, `100%完成`,
 * `50人左右`). A unit never contains them.
 */
const NOT_A_UNIT = /前|后|底|完成|的|之|在|按|或|和|以|内|外|于|达|超|低|高|不|约|左右|余|多|及|至|到|每|第|间|时间/;

function isUnitText(text: string): boolean {
  return UNIT_SHAPE.test(text) && (!NOT_A_UNIT.test(text) || /^(?:小时|课时|学时|工时)$/.test(text));
}

/** `50人次` → 50 人次; `95.51%` → 95.51 %; `1,210` → 1210, no unit. Null for anything else. */
export function readQuantity(text: string): Quantity | null {
  const whole = readDecimal(text);
  if (whole) return { ...whole, unit: null };
  const m = LEADING_NUMBER.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length);
  if (!isUnitText(rest)) return null;
  const number = readDecimal(m[0]);
  if (!number) return null;
  return { ...number, unit: normaliseUnit(rest) };
}

export interface QuantityRange {
  low: Big;
  high: Big;
  unit: string | null;
  decimals: number;
}

// The separator must follow a number, so a leading `-` stays a minus sign (`-5` is not a range).
const RANGE_SEPARATOR = /(?<=[\d%\p{Script=Han}A-Za-z])(?:--?|~|至|到|—{1,2}|–|―|－)/gu;

/** `10项-20项`, `10-20项`, `10~20`, `10至20`, `90%-100%` → low, high and the shared unit. */
export function readRange(text: string): QuantityRange | null {
  const body = text.replace(/之间$/, "");
  for (const sep of body.matchAll(RANGE_SEPARATOR)) {
    const at = sep.index ?? 0;
    const left = readQuantity(body.slice(0, at));
    const right = readQuantity(body.slice(at + sep[0].length));
    if (!left || !right) continue;
    const unit = right.unit ?? left.unit;
    let low = left.value;
    if (left.unit && right.unit && left.unit !== right.unit) {
      // 1万-2万人次: bring the low end into the high end's unit, or this is not one range.
      const converted = convertUnit(left.value, left.unit, right.unit);
      if (!converted) return null;
      low = converted;
    }
    const high = right.value;
    const decimals = Math.max(left.decimals, right.decimals);
    return low.lte(high) ? { low, high, unit, decimals } : { low: high, high: low, unit, decimals };
  }
  return null;
}
