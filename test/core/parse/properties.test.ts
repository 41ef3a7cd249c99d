/** Properties over arbitrary input: the parsers are total, and money text round-trips exactly. */
import Big from "big.js";
import fc from "fast-check";
import { formatMoney, parseMoney } from "../../../src/core/parse/money";
import { parseTarget } from "../../../src/core/parse/target";
import { parseActual } from "../../../src/core/parse/actual";
import { readDecimal, decimalsOfFormat, isPercentFormat, isDateFormat } from "../../../src/core/parse/number";
import { normaliseUnit, convertUnit } from "../../../src/core/parse/units";
import { isReverseIndicator } from "../../../src/core/parse/reverse";
import { formatActual, formatTarget } from "../../../src/core/parse/notation";
import type { CellValue } from "../../../src/core/grid";

const RUNS = 2000;

/** Strings that look like what forms hold: digits, signs, separators, units, operators, and noise. */
const formish = fc
  .array(
    fc.constantFrom(
      "0", "1", "5", "9", "12", ".", ",", "-", "(", ")", "%", "％", "e", "E", "+", "~", "～", "至", "—", " ",
      "≥", "≤", ">", "<", "=", "＞", "不低于", "以上", "以内", "万元", "元", "亿", "人次", "项", "百分比", "¥",
      "约", "#REF!", "无", "完成", "未", "部分", "达成", "高", "１", "（", "）", "\u2212", "\u00a0", "e999",
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(""));

const anyString = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: "binary", maxLength: 30 }), formish);
const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  anyString,
  fc.double(),
  fc.integer(),
  fc.constant(null),
  fc.boolean(),
);
const anyFormat = fc.oneof(
  fc.constant(null),
  fc.constantFrom("General", "0.00%", "#,##0.00", "0", "yyyy-mm-dd", "@", '0.00"%"', "0.00E+00"),
  fc.string({ maxLength: 12 }),
);

describe("parsers never throw", () => {
  it("parseMoney", () => {
    fc.assert(
      fc.property(anyCell, anyFormat, fc.constantFrom("元" as const, "万元" as const), (v, f, u) => {
        const m = parseMoney(v, f, u);
        expect(["amount", "blank", "unreadable"]).toContain(m.kind);
        if (m.kind === "amount") expect(Number.isInteger(m.decimals) && m.decimals >= 0).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("parseTarget, parseActual, notation", () => {
    fc.assert(
      fc.property(anyCell, anyFormat, anyCell, anyFormat, anyCell, anyCell, (t, tf, a, af, op, unit) => {
        const target = parseTarget(t, tf, { operator: op, unit });
        const actual = parseActual(a, af, target, { unit });
        expect(typeof formatTarget(target)).toBe("string");
        expect(typeof formatActual(actual)).toBe("string");
        isReverseIndicator({ name: String(t) }, target);
      }),
      { numRuns: RUNS },
    );
  });

  it("low-level readers", () => {
    fc.assert(
      fc.property(anyString, anyString, (s, u) => {
        const r = readDecimal(s);
        if (r) expect(r.decimals).toBeGreaterThanOrEqual(0);
        decimalsOfFormat(s);
        isPercentFormat(s);
        isDateFormat(s);
        normaliseUnit(s);
        convertUnit(new Big(1), s, u);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("formatMoney → parseMoney", () => {
  it("is the identity to the fen for 元", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.boolean(), (fen, grouping) => {
        const value = new Big(fen.toString()).div(100);
        const text = formatMoney(value, 2, { grouping });
        const back = parseMoney(text, null, "元");
        expect(back.kind).toBe("amount");
        if (back.kind !== "amount") return;
        expect(back.value.eq(value)).toBe(true);
        expect(back.decimals).toBe(2);
      }),
      { numRuns: RUNS },
    );
  });

  it("is the identity to the cell's decimals for 万元", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), fc.integer({ min: 0, max: 6 }), (units, d) => {
        const value = new Big(units.toString()).div(new Big(10).pow(d));
        const text = formatMoney(value, d);
        const back = parseMoney(text, null, "万元");
        expect(back.kind).toBe("amount");
        if (back.kind !== "amount") return;
        expect(back.value.eq(value)).toBe(true);
        expect(back.decimals).toBe(d);
        // The same amount with its unit written, read into a 元 form, is the amount × 10,000.
        const inYuan = parseMoney(`${text}万元`, null, "元");
        expect(inYuan.kind === "amount" && inYuan.value.eq(value.times(10000))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("a number cell with a two-decimal format reads back the same amount", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), (fen) => {
        const n = fen / 100;
        const m = parseMoney(n, "#,##0.00", "元");
        expect(m.kind === "amount" && m.value.eq(new Big(fen).div(100)) && m.decimals === 2).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
