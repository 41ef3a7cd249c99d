/**
 * Stated rates (执行率 cells, rate indicators) read as percentage points, and the comparison the
 * domain asks for: a rate is right when it equals the computed one rounded to the precision it is
 * written with (95.51% → within half a unit of the second decimal).
 */
import Big from "big.js";
import type { Actual } from "../model";

export interface StatedRate {
  /** Percentage points: 95.51 for `95.51%` and for 0.9551 written as a fraction. */
  points: Big;
  /** Decimals of the points as written (`95.51%` → 2; `0.9551` → 2). */
  decimals: number;
  /** How the form wrote it, so an expected value can be written the same way. */
  style: "percent" | "fraction" | "points";
}

/**
 * A rate as the form states it, or null when the cell does not hold a number that can be a rate.
 * A bare number ≤ 1 is a fraction (0.9551); a bare number above 1 is already in points (`执行率(%)`
 * columns hold 95.51).
 */
export function statedRate(actual: Actual): StatedRate | null {
  if (actual.kind !== "number") return null;
  if (actual.unit === "%") return { points: actual.value, decimals: actual.decimals, style: "percent" };
  if (actual.unit !== null) return null;
  if (actual.value.abs().lte(1)) {
    return { points: actual.value.times(100), decimals: Math.max(0, actual.decimals - 2), style: "fraction" };
  }
  return { points: actual.value, decimals: actual.decimals, style: "points" };
}

/** True when `computedPoints` rounds to what is stated, at the stated precision. */
export function rateAgrees(computedPoints: Big, stated: StatedRate): boolean {
  const halfUnit = new Big(5).times(new Big(10).pow(-(stated.decimals + 1)));
  return computedPoints.minus(stated.points).abs().lte(halfUnit);
}

/** The computed rate written like the stated one (`95.51%`, `0.9551`, `95.51`). */
export function rateText(computedPoints: Big, stated: StatedRate): string {
  switch (stated.style) {
    case "percent":
      return `${computedPoints.toFixed(stated.decimals)}%`;
    case "fraction":
      return computedPoints.div(100).toFixed(stated.decimals + 2);
    case "points":
      return computedPoints.toFixed(stated.decimals);
  }
}

/** The stated rate written back the same way, for `actual`. */
export function statedRateText(stated: StatedRate): string {
  return rateText(stated.points, stated);
}
