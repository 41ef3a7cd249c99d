/**
 * Small amounts are kept as integers (src/core/parse/scaled-amount.ts); the general big.js reading is
 * the reference. Every property compares the integer path with it: the same value and decimals from
 * text and numbers, the same order, the same column sums, including where the integers stop being
 * exact and the code must fall back.
 */
import Big from "big.js";
import fc from "fast-check";
import { parseMoney } from "../../../src/core/parse/money";
import { bigFromNumber, cellDecimals, readDecimal } from "../../../src/core/parse/number";
import { ScaledAmount, ScaledSum, compareScaled, numberAmount, plainDecimalAmount } from "../../../src/core/parse/scaled-amount";
import { compareAmountsAt, compareAt, type Amount } from "../../../src/core/rules/support/money";

const RUNS = 5000;

/** Plain decimal text as forms write it: optional sign, grouped or not, 0–18 digits, decimals. */
const plainText = fc
  .tuple(
    fc.constantFrom("", "-", "+"),
    fc.bigInt({ min: 0n, max: 10n ** 18n }),
    fc.boolean(),
    fc.option(fc.stringMatching(/^[0-9]{0,6}$/), { nil: undefined }),
  )
  .map(([sign, int, group, frac]) => {
    const digits = int.toString();
    const grouped = group ? digits.replace(/\B(?=(\d{3})+$)/g, ",") : digits;
    return `${sign}${grouped}${frac === undefined ? "" : `.${frac}`}`;
  });

function amountOf(value: Parameters<typeof parseMoney>[0], format: string | null = null): Amount {
  const m = parseMoney(value, format, "元");
  if (m.kind !== "amount") throw new Error(`not an amount: ${String(value)}`);
  return Object.assign(m, { cell: { row: 0, col: 0, address: "A1" } });
}

describe("amounts kept as integers", () => {
  it("read text to the value and decimals the general parser reads, as integers up to 15 digits", () => {
    fc.assert(
      fc.property(plainText, (text) => {
        const reference = readDecimal(text)!;
        const fast = plainDecimalAmount(text, text);
        const significant = text.replace(/[^0-9]/g, "").replace(/^0+/, "").length;
        if (significant > 15) {
          expect(fast).toBeNull();
        } else {
          expect(fast).not.toBeNull();
          expect(fast!.value.eq(reference.value)).toBe(true);
          expect(fast!.decimals).toBe(reference.decimals);
          expect(Number.isSafeInteger(fast!.units)).toBe(true);
        }
        // parseMoney falls back to big.js past 15 digits: always the reference value.
        const parsed = parseMoney(text, null, "元");
        expect(parsed.kind === "amount" && parsed.value.eq(reference.value) && parsed.decimals === reference.decimals).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("read cell numbers as Excel means them (15 digits), with the decimals the format shows", () => {
    const formats = fc.constantFrom(null, "General", "#,##0.00", "0", "0.000", "0.00%", "0%");
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.double({ min: -1e9, max: 1e9, noNaN: true })), formats, (n, format) => {
        const reference = bigFromNumber(n)!;
        const fast = numberAmount(n, String(n), (own) => (format === null ? own : cellDecimals(reference, format)));
        if (fast) {
          expect(fast.value.eq(reference)).toBe(true);
          expect(Number.isSafeInteger(fast.units)).toBe(true);
        }
        const parsed = parseMoney(n, format, "元");
        expect(parsed.kind).toBe("amount");
        if (parsed.kind !== "amount") return;
        expect(parsed.value.eq(reference)).toBe(true);
        expect(parsed.decimals).toBe(cellDecimals(reference, format));
      }),
      { numRuns: RUNS },
    );
  });

  it("compare as compareAt does, at every precision", () => {
    fc.assert(
      fc.property(plainText, plainText, fc.integer({ min: 0, max: 6 }), (a, b, decimals) => {
        const x = amountOf(a);
        const y = amountOf(b);
        expect(compareAmountsAt(x, y, decimals)).toBe(compareAt(x.value, y.value, decimals));
      }),
      { numRuns: RUNS },
    );
  });

  it("add up to the big.js sum, or give up (null) for the caller to add Bigs, never a wrong total", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(plainText, fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 })), { maxLength: 40 }), (cells) => {
        const amounts = cells.map((c) => amountOf(c));
        const sum = new ScaledSum();
        for (const a of amounts) sum.add(a);
        const got = sum.value();
        if (got !== null) expect(got.eq(amounts.reduce((acc, a) => acc.plus(a.value), new Big(0)))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("add up a form's amounts (to the fen, under 10^13 元 each, 40 rows) as integers, without giving up", () => {
    const fen = fc.tuple(fc.bigInt({ min: -(10n ** 13n) + 1n, max: 10n ** 13n - 1n }), fc.integer({ min: 0, max: 99 }));
    fc.assert(
      fc.property(fc.array(fen, { minLength: 1, maxLength: 40 }), (cells) => {
        const amounts = cells.map(([yuan, cents]) => amountOf(`${yuan}.${String(cents).padStart(2, "0")}`));
        const sum = new ScaledSum();
        for (const a of amounts) sum.add(a);
        expect(sum.value()?.eq(amounts.reduce((acc, a) => acc.plus(a.value), new Big(0)))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("keep -0.00 and 0 as zero, and refuse NaN and infinities", () => {
    const negativeZero = plainDecimalAmount("-0.00", "-0.00")!;
    expect(Object.is(negativeZero.units, 0)).toBe(true);
    expect(negativeZero.value.toFixed(2)).toBe("0.00");
    expect(numberAmount(Number.NaN, "NaN", (d) => d)).toBeNull();
    expect(numberAmount(Number.POSITIVE_INFINITY, "Infinity", (d) => d)).toBeNull();
    expect(Object.is(numberAmount(-0, "0", (d) => d)!.units, 0)).toBe(true);
  });

  it("compare only small amounts as integers; anything else is left to big.js", () => {
    const small = new ScaledAmount(5, 0, 0, "5");
    expect(compareScaled(small, { units: 4, scale: 0 })).toBe(1);
    expect(compareScaled(small, {})).toBeNull();
    // 9 × 10^15 at a scale 5 finer would be 9 × 10^20: not exact in a double.
    expect(compareScaled({ units: 9e15, scale: 0 }, { units: 1, scale: 5 })).toBeNull();
  });
});
