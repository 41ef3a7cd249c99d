/**
 * Units of measure as forms write them (度量单位 columns, or glued to a value: `>50 人次`, `≤90万元`).
 * Only units with an exact decimal relation convert; anything else is a different unit, which the
 * unit-mismatch rule reports rather than guessing.
 */
import Big from "big.js";
import { normalise } from "../text";

/** Spellings that mean the same unit → the canonical spelling. */
const SYNONYM_TABLE: Record<string, string> = {
  "%": "%",
  百分比: "%",
  百分率: "%",
  百分之: "%",
  percent: "%",
  pct: "%",
  "‰": "‰",
  千分比: "‰",
  日: "天",
  "人/次": "人次",
  千克: "公斤",
  kg: "公斤",
  t: "吨",
  g: "克",
  km: "公里",
  千米: "公里",
  m: "米",
  "m2": "平方米",
  "m²": "平方米",
  "㎡": "平方米",
  "km2": "平方公里",
  "km²": "平方公里",
  "m3": "立方米",
  "m³": "立方米",
  h: "小时",
  min: "分钟",
  周: "周",
  星期: "周",
  rmb: "元",
};

/**
 * Base units of one dimension with their exact factor to the first. Units in different groups never
 * convert; within a group, value × factor(from) ÷ factor(to). Months and years are not here: a month
 * is not a whole number of days.
 */
// A Map, so unit text such as `toString` never finds an Object.prototype member.
const SYNONYMS = new Map(Object.entries(SYNONYM_TABLE));

const GROUPS: [string, string][][] = [
  [["元", "1"], ["千元", "1000"], ["万元", "10000"], ["百万元", "1000000"], ["亿元", "100000000"]],
  [["克", "1"], ["公斤", "1000"], ["斤", "500"], ["吨", "1000000"], ["万吨", "10000000000"]],
  [["米", "1"], ["厘米", "0.01"], ["毫米", "0.001"], ["公里", "1000"]],
  [["平方米", "1"], ["公顷", "10000"], ["平方公里", "1000000"]],
  [["秒", "1"], ["分钟", "60"], ["小时", "3600"]],
  [["天", "1"], ["周", "7"]],
  [["%", "1"], ["‰", "0.1"], ["个百分点", "1"], ["百分点", "1"]],
];

const FACTOR = new Map<string, { group: number; factor: Big }>();
GROUPS.forEach((group, i) => {
  for (const [unit, factor] of group) FACTOR.set(unit, { group: i, factor: new Big(factor) });
});

/** Chinese magnitude prefixes on counted units: 万人次 = 10,000 人次. */
const SCALES: [string, string][] = [
  ["百万", "1000000"],
  ["亿", "100000000"],
  ["万", "10000"],
  ["千", "1000"],
];

/**
 * Canonical spelling of a unit: `％`, `百分比`, `percent` → `%`; `（人次）` → `人次`; blank → null.
 * Unknown units come back normalised (NFKC, no spaces, 简体) but otherwise as written.
 */
export function normaliseUnit(text: string): string | null {
  let u = normalise(text).replace(/^单位[:：]/, "");
  // A 度量单位 cell sometimes wraps the unit in brackets: （%）, (人次).
  const bracketed = /^[([【]([^)\]】]*)[)\]】]$/.exec(u);
  if (bracketed) u = bracketed[1];
  if (u === "") return null;
  const lower = u.toLowerCase();
  return SYNONYMS.get(lower) ?? SYNONYMS.get(u) ?? u;
}

/** Splits `万人次` into scale 10,000 and base `人次`; money and metric units are whole words. */
function scaled(unit: string): { scale: Big; base: string } {
  if (FACTOR.has(unit)) return { scale: new Big(1), base: unit };
  for (const [prefix, factor] of SCALES) {
    if (unit.startsWith(prefix)) {
      const rest = unit.slice(prefix.length);
      return { scale: new Big(factor), base: normaliseUnit(rest) ?? "" };
    }
  }
  return { scale: new Big(1), base: unit };
}

/**
 * `value` in unit `from` expressed in unit `to`: 3756 万元 → 37,560,000 元, 2 吨 → 2000 公斤,
 * 1.2 万人次 → 12,000 人次. Null when the units measure different things (人 vs 人次, 个 vs 项).
 */
export function convertUnit(value: Big, from: string, to: string): Big | null {
  const f = normaliseUnit(from);
  const t = normaliseUnit(to);
  if (f === null || t === null) return null;
  if (f === t) return value;
  const ff = FACTOR.get(f);
  const tf = FACTOR.get(t);
  if (ff && tf) return ff.group === tf.group ? value.times(ff.factor).div(tf.factor) : null;
  const fs = scaled(f);
  const ts = scaled(t);
  // A bare magnitude (`1.2万` against `人次`) takes the other side's unit.
  const sameBase = fs.base === ts.base || fs.base === "" || ts.base === "";
  if (!sameBase) {
    const fb = FACTOR.get(fs.base);
    const tb = FACTOR.get(ts.base);
    if (!fb || !tb || fb.group !== tb.group) return null;
    return value.times(fs.scale).times(fb.factor).div(ts.scale).div(tb.factor);
  }
  if (fs.scale.eq(1) && ts.scale.eq(1)) return null;
  return value.times(fs.scale).div(ts.scale);
}
