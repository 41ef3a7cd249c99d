/**
 * Properties of everything that reads untrusted text, beyond test/core/parse/properties.test.ts
 * (which covers form-like strings, money format→parse and number cells): full Unicode and binary
 * strings, extreme numbers, target and actual notation round trips, full-width digits, addresses,
 * normalisation, Excel's text limit, and the zip reader on damaged packages.
 */
import Big from "big.js";
import fc from "fast-check";
import { a1, parseA1, type CellValue } from "../../src/core/grid";
import type { Operator, Target } from "../../src/core/model";
import { CELL_TEXT_LIMIT, fitCellText } from "../../src/core/plan/cell-text";
import { parseActual } from "../../src/core/parse/actual";
import { formatMoney, parseMoney } from "../../src/core/parse/money";
import { formatActual, formatTarget } from "../../src/core/parse/notation";
import { parseTarget } from "../../src/core/parse/target";
import { certainFirstCharacter, normalise } from "../../src/core/text";
import { ProblemError } from "../../src/core/problem";
import { checkZipBounds } from "../../src/xlsx/zip-bounds";
import { DEFAULT_LIMITS } from "../../src/xlsx/limits";
import { zipArchive } from "../support/bad-corpus/zip";
import { RUNS, TOTAL_RUNS } from "../support/property-runs";

jest.setTimeout(120_000);

const anyText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(..."０１２３４５６７８９，．％＋－（）￥万元亿≥≤＞＜~～至—-.,%()eE+ 　\u00a0\u200b\ufeff"), maxLength: 25 }),
);
const anyNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(0, -0, 1e15, -1e15, 1e21, 1e-7, 5e-324, Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER, 0.1 + 0.2, NaN, Infinity, -Infinity),
);
const anyCell: fc.Arbitrary<CellValue> = fc.oneof(anyText, anyNumber, fc.boolean(), fc.constant(null));
const anyFormat = fc.oneof(fc.constant(null), fc.constantFrom("General", "0.00%", "#,##0.00", "@", "yyyy-mm-dd", "0.00E+00", '#,##0.00"元"', "[Red]-0.00"), fc.string({ maxLength: 12 }));

/** Decimals from exact integers: no float ever enters a generated amount. */
const decimal = (maxDecimals: number, maxInt = 10n ** 12n) =>
  fc.tuple(fc.bigInt({ min: 0n, max: maxInt }), fc.integer({ min: 0, max: maxDecimals })).map(([n, d]) => ({ value: new Big(n.toString()).div(new Big(10).pow(d)), decimals: d }));

const UNITS = ["%", "项", "人", "人次", "次", "件", "个", "场", "篇", "份", "天", "万元", "元", null] as const;
const OPS: Operator[] = ["gt", "ge", "lt", "le", "eq"];

describe("the property budget", () => {
  it(`sums to at least 10^5 cases (${TOTAL_RUNS})`, () => {
    expect(TOTAL_RUNS).toBeGreaterThanOrEqual(100_000);
  });
});

describe("parsers never throw, on any text, number or format", () => {
  it("parseMoney", () => {
    fc.assert(
      fc.property(anyCell, anyFormat, fc.constantFrom("元" as const, "万元" as const), (v, f, unit) => {
        // Plain boolean checks: expect() in a 20,000-case loop costs more than the parser.
        const m = parseMoney(v, f, unit);
        if (m.kind !== "amount") return m.kind === "blank" || m.kind === "unreadable";
        return Number.isInteger(m.decimals) && m.decimals >= 0 && !/NaN|Infinity/.test(m.value.toString());
      }),
      { numRuns: RUNS.moneyAnyCell },
    );
  });

  it("parseTarget and parseActual, with split operator and unit cells, and their notation", () => {
    fc.assert(
      fc.property(anyCell, anyFormat, anyCell, anyFormat, anyCell, anyCell, (t, tf, a, af, op, unit) => {
        const target = parseTarget(t, tf, { operator: op, unit });
        const actual = parseActual(a, af, target, { unit });
        return typeof formatTarget(target) === "string" && typeof formatActual(actual) === "string";
      }),
      { numRuns: RUNS.targetActualAnyCell },
    );
  });
});

describe("parse ∘ format is the identity", () => {
  it("for quantity targets with a written operator: same operator, value, unit and decimals", () => {
    fc.assert(
      fc.property(fc.constantFrom(...OPS), decimal(4), fc.constantFrom(...UNITS), (op, { value, decimals }, unit) => {
        const t: Target = { kind: "quantity", op, explicitOp: true, value, unit, decimals, raw: "" };
        const back = parseTarget(formatTarget(t), null);
        return back.kind === "quantity" && back.op === op && back.explicitOp && back.value.eq(value) && back.unit === unit && back.decimals === decimals;
      }),
      { numRuns: RUNS.targetRoundTrip },
    );
  });

  it("for range targets (10项-20项)", () => {
    fc.assert(
      fc.property(decimal(2, 10n ** 6n), decimal(2, 10n ** 6n), fc.constantFrom("项", "人次", "次", "件", "%"), (a, b, unit) => {
        fc.pre(!a.value.eq(b.value));
        const [low, high] = a.value.lt(b.value) ? [a, b] : [b, a];
        const decimals = Math.max(low.decimals, high.decimals);
        const t: Target = { kind: "range", low: low.value, high: high.value, unit, decimals, raw: "" };
        const back = parseTarget(formatTarget(t), null);
        return back.kind === "range" && back.low.eq(low.value) && back.high.eq(high.value) && back.unit === unit;
      }),
      { numRuns: RUNS.rangeRoundTrip },
    );
  });

  it("for numeric actuals, read against a target with the same unit", () => {
    fc.assert(
      fc.property(decimal(4), fc.constantFrom("%", "项", "人次", "件", "万元"), ({ value, decimals }, unit) => {
        const target: Target = { kind: "quantity", op: "ge", explicitOp: true, value: new Big(1), unit, decimals: 0, raw: "" };
        const first = parseActual(formatMoney(value, decimals, { grouping: false }) + unit, null, target);
        if (first.kind !== "number" || !first.value.eq(value)) return false;
        const again = parseActual(formatActual(first), null, target);
        return again.kind === "number" && again.value.eq(first.value) && again.unit === first.unit;
      }),
      { numRuns: RUNS.actualRoundTrip },
    );
  });

  it("for money written in full-width digits and separators (３７，５６０，０００．００)", () => {
    const wide = (s: string): string => s.replace(/[0-9,.-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (fen) => {
        const value = new Big(fen.toString()).div(100);
        const back = parseMoney(wide(formatMoney(value, 2)), null, "元");
        return back.kind === "amount" && back.value.eq(value) && back.decimals === 2;
      }),
      { numRuns: RUNS.fullWidthMoney },
    );
  });

  it("for cell addresses over the whole sheet (A1 … XFD1048576)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_048_575 }), fc.integer({ min: 0, max: 16_383 }), (row, col) => {
        const back = parseA1(a1(row, col));
        return back.row === row && back.col === col;
      }),
      { numRuns: RUNS.a1RoundTrip },
    );
  });
});

describe("text helpers", () => {
  // Idempotent on the text forms hold (CJK, ASCII, full-width forms, any whitespace). Not on all of
  // Unicode: NFKC turns U+1FCD into a space and combining marks, and once the space is removed the
  // marks compose with the previous letter (normalise("𝛠῍") is not normalise(normalise("𝛠῍"))).
  const formText = fc.string({
    unit: fc.oneof(
      fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0xff01, max: 0xff5e }).map((c) => String.fromCharCode(c)),
      fc.constantFrom("\t", "\n", "\u3000", "\u00a0", "（", "）", "：", "％", "—", "～"),
    ),
    maxLength: 30,
  });

  it("normalise is total on any text, idempotent on form text, and begins as certainFirstCharacter says", () => {
    fc.assert(
      fc.property(anyText, formText, (any, s) => {
        if (typeof normalise(any) !== "string") return false;
        // The shortcut classifiers take must agree with normalising, on any text.
        for (const text of [any, s, `${s}${any}`]) {
          const first = certainFirstCharacter(text);
          if (first !== null && first !== normalise(text)[0]) return false;
        }
        const once = normalise(s);
        return normalise(once) === once;
      }),
      { numRuns: RUNS.normaliseIdempotent },
    );
  });

  it("fitCellText keeps text within Excel's limit, keeps its start, and never splits a character", () => {
    const longish = fc.tuple(fc.string({ unit: "grapheme", maxLength: 20 }), fc.integer({ min: 0, max: 40_000 })).map(([s, n]) => (s || "x").repeat(Math.ceil(n / Math.max(1, (s || "x").length))));
    fc.assert(
      fc.property(longish, (s) => {
        const out = fitCellText(s);
        if (out.length > CELL_TEXT_LIMIT) return false;
        if (s.length <= CELL_TEXT_LIMIT ? out !== s : !s.startsWith(out.slice(0, -1))) return false;
        return !/[\ud800-\udbff](?![\udc00-\udfff])/.test(out);
      }),
      { numRuns: RUNS.fitCellText },
    );
  });
});

describe("the zip reader on damaged packages", () => {
  const zip = zipArchive([
    { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
    { name: "xl/workbook.xml", data: Buffer.from("<workbook>".padEnd(400, " ") + "</workbook>") },
    { name: "xl/worksheets/sheet1.xml", data: Buffer.from("<worksheet/>") },
  ]);

  it("refuses with a read Problem, or accepts, whatever bytes are changed — never anything else", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: zip.length - 1 }), fc.nat({ max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.nat({ max: zip.length }),
        (edits, cut) => {
          const damaged = Buffer.from(zip.subarray(0, Math.max(4, cut)));
          for (const [at, byte] of edits) if (at < damaged.length) damaged[at] = byte;
          try {
            checkZipBounds(damaged, DEFAULT_LIMITS);
            return true;
          } catch (error) {
            return error instanceof ProblemError && (error.problem.code === "corrupted" || error.problem.code === "too-large");
          }
        },
      ),
      { numRuns: RUNS.zipBoundsAnyBytes },
    );
  });
});
