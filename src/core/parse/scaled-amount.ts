/**
 * Amounts as integers: `37,560,000.00` is 3,756,000,000 hundredths. Nearly every amount on a form has
 * at most 15 significant digits, which a double holds exactly, so such an amount is kept as that
 * integer and its scale, and the rules add and compare integers. The big.js value is made only when
 * something asks for it (a message, a total): making one per cell was half of checking a large form
 * (bench/engine.ts). Amounts that do not fit stay big.js decimals, read by the general parser.
 */
import Big from "big.js";

/** Significant digits any integer below 2^53 (≈ 9.007 × 10^15) can have: every 15-digit integer is exact. */
const MAX_DIGITS = 15;

const POWERS_OF_TEN = Array.from({ length: MAX_DIGITS + 1 }, (_, i) => 10 ** i);

export class ScaledAmount {
  readonly kind = "amount" as const;

  constructor(
    /** The value × 10^scale: an integer of at most 15 digits. */
    readonly units: number,
    readonly scale: number,
    /** Decimals the cell shows. */
    readonly decimals: number,
    readonly raw: string,
  ) {}

  /** The exact value (a new Big on every call: the few callers that need one ask once). */
  get value(): Big {
    return bigOf(this.units, this.scale);
  }
}

/** units × 10^-scale as a Big, exactly. */
function bigOf(units: number, scale: number): Big {
  return new Big(scale === 0 ? units : `${units}e-${scale}`);
}

/** Units and scale of an amount, when it has them. */
export interface Scaled {
  units?: number;
  scale?: number;
}

/**
 * Text the money parser's plain-decimal pattern accepted (`37,560,000.00`, `-5.5`, `1210`), as
 * integer units at the scale of its decimals; null past 15 significant digits.
 */
export function plainDecimalAmount(text: string, raw: string): ScaledAmount | null {
  let units = 0;
  let digits = 0;
  let scale = 0;
  let fraction = false;
  let negative = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      if (units !== 0 || code !== 48) digits++;
      if (digits > MAX_DIGITS) return null;
      units = units * 10 + (code - 48);
      if (fraction) scale++;
    } else if (code === 46) {
      fraction = true;
    } else if (code === 45) {
      negative = true;
    }
    // `+` and the grouping commas carry nothing.
  }
  // `-0.00` is 0, as the general parser reads it.
  return new ScaledAmount(negative && units !== 0 ? -units : units, scale, scale, raw);
}

/**
 * A cell's number as Excel means it (15 significant digits, as bigFromNumber reads it), as integer
 * units at the smallest scale that holds it; null when Excel's rounding needs an exponent (and for
 * NaN and ±Infinity, which are no amount).
 * `decimalsShown` is given the value's own decimals and returns what the cell shows.
 */
export function numberAmount(n: number, raw: string, decimalsShown: (ownDecimals: number) => number): ScaledAmount | null {
  if (!Number.isFinite(n)) return null;
  if (Number.isInteger(n) && Math.abs(n) < POWERS_OF_TEN[MAX_DIGITS]) {
    const units = n === 0 ? 0 : n;
    return new ScaledAmount(units, 0, decimalsShown(0), raw);
  }
  const text = n.toPrecision(MAX_DIGITS);
  if (text.includes("e")) return null;
  const read = plainDecimalAmount(text, raw);
  if (!read) return null;
  let { units, scale } = read;
  while (scale > 0 && units % 10 === 0) {
    units /= 10;
    scale--;
  }
  return new ScaledAmount(units, scale, decimalsShown(scale), raw);
}

/** a × 10^shift as an exact integer, or null when that leaves the doubles' exact range. */
function rescaled(units: number, shift: number): number | null {
  if (shift > MAX_DIGITS) return null;
  const out = units * POWERS_OF_TEN[shift];
  return Number.isSafeInteger(out) ? out : null;
}

/** The sign of a − b, compared exactly as integers, or null when either is not a small amount. */
export function compareScaled(a: Scaled, b: Scaled): number | null {
  if (a.units === undefined || a.scale === undefined || b.units === undefined || b.scale === undefined) return null;
  const scale = Math.max(a.scale, b.scale);
  const x = rescaled(a.units, scale - a.scale);
  const y = rescaled(b.units, scale - b.scale);
  if (x === null || y === null) return null;
  return Math.sign(x - y);
}

/**
 * Adds amounts as integers: the sum at the largest scale among them, or null as soon as an amount
 * is not a small one or the running total leaves the doubles' exact range (the caller adds Bigs).
 */
export class ScaledSum {
  private units = 0;
  private scale = 0;
  private exact = true;

  add(amount: Scaled): void {
    this.exact &&= this.addExactly(amount);
  }

  private addExactly({ units, scale }: Scaled): boolean {
    if (units === undefined || scale === undefined) return false;
    if (scale > this.scale) {
      const widened = rescaled(this.units, scale - this.scale);
      if (widened === null) return false;
      this.units = widened;
      this.scale = scale;
    }
    const term = rescaled(units, this.scale - scale);
    if (term === null || !Number.isSafeInteger(this.units + term)) return false;
    this.units += term;
    return true;
  }

  /** The exact sum, or null when it could not be kept as an integer. */
  value(): Big | null {
    return this.exact ? bigOf(this.units, this.scale) : null;
  }
}
