/**
 * A regional extra (off by default): a low 执行率 caps 总分 — 70–80% → at most 89, 60–70% → 79,
 * 50–60% → 69, below 50% → 59 (docs/forms.md, "Scoring profiles"). Money that was not spent cannot earn an 优.
 */
import Big from "big.js";

export interface ExecutionCap {
  /** 执行率 as a fraction. */
  rate: Big;
  limit: number;
}

const BANDS: [Big, number][] = [
  [new Big("0.5"), 59],
  [new Big("0.6"), 69],
  [new Big("0.7"), 79],
  [new Big("0.8"), 89],
];

/** The cap for a rate, or null at 80% and above. Compared at the two decimals of a written percentage. */
export function executionCap(rate: Big): ExecutionCap | null {
  const r = rate.round(4);
  for (const [below, limit] of BANDS) if (r.lt(below)) return { rate, limit };
  return null;
}
