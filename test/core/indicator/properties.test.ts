/** Properties of evaluate(): meeting a target is monotonic in the actual. */
import Big from "big.js";
import fc from "fast-check";
import { evaluate } from "../../../src/core/indicator/evaluate";
import type { Actual, Operator, Target } from "../../../src/core/model";

const RUNS = 2000;

/** Decimals with up to 4 places, from exact integers so no float ever enters. */
const decimal = fc
  .tuple(fc.bigInt({ min: -(10n ** 10n), max: 10n ** 10n }), fc.integer({ min: 0, max: 4 }))
  .map(([n, d]) => new Big(n.toString()).div(new Big(10).pow(d)));

const target = (op: Operator, value: Big, explicitOp = true): Target => ({
  kind: "quantity",
  op,
  explicitOp,
  value,
  unit: "%",
  decimals: 4,
  raw: "",
});
const actual = (value: Big): Actual => ({ kind: "number", value, unit: "%", decimals: 4, raw: "" });

const meets = (t: Target, x: Big, reverse = false) => {
  const s = evaluate(t, actual(x), reverse).status;
  return s === "met" || s === "far-exceeded";
};

describe("evaluate is monotonic", () => {
  it("at least: if x meets ≥t (or >t), so does any y > x", () => {
    fc.assert(
      fc.property(fc.constantFrom<Operator>("ge", "gt"), decimal, decimal, decimal, (op, t, x, y) => {
        const [lo, hi] = x.lt(y) ? [x, y] : [y, x];
        if (meets(target(op, t), lo)) expect(meets(target(op, t), hi)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("at most: if x meets ≤t (or <t, or a reverse bare target), so does any y < x", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<[Operator, boolean, boolean]>(["le", true, false], ["lt", true, false], ["ge", false, true]),
        decimal,
        decimal,
        decimal,
        ([op, explicit, reverse], t, x, y) => {
          const [lo, hi] = x.lt(y) ? [x, y] : [y, x];
          const tt = target(op, t, explicit);
          if (meets(tt, hi, reverse)) expect(meets(tt, lo, reverse)).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("met and unmet split exactly at the target", () => {
    fc.assert(
      fc.property(decimal, decimal, (t, x) => {
        expect(meets(target("ge", t), x)).toBe(x.gte(t));
        expect(meets(target("gt", t), x)).toBe(x.gt(t));
        expect(meets(target("le", t), x)).toBe(x.lte(t));
        expect(meets(target("lt", t), x)).toBe(x.lt(t));
      }),
      { numRuns: RUNS },
    );
  });

  it("far-exceeded exactly from 130% of a positive at-least target, and ratio never divides by zero", () => {
    fc.assert(
      fc.property(decimal, decimal, (t, x) => {
        const e = evaluate(target("ge", t), actual(x), false);
        const far = t.gt(0) && x.gte(t.times("1.3"));
        expect(e.status === "far-exceeded").toBe(far);
        if (t.eq(0)) expect(e.ratio).toBeUndefined();
        else expect(e.ratio!.eq(x.div(t))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("ranges: unmet below, met inside, above-range above", () => {
    fc.assert(
      fc.property(decimal, decimal, decimal, (a, b, x) => {
        const [low, high] = a.lt(b) ? [a, b] : [b, a];
        const r: Target = { kind: "range", low, high, unit: "%", decimals: 4, raw: "" };
        const s = evaluate(r, actual(x), false).status;
        expect(s).toBe(x.lt(low) ? "unmet" : x.gt(high) ? "above-range" : "met");
      }),
      { numRuns: RUNS },
    );
  });
});
