/**
 * How many cases each hardening property runs (at least 10⁵ in CI). Cheap properties
 * — a parser on one string — run tens of thousands; properties that read a workbook run tens. The
 * sum is asserted in test/hardening/parse-properties.test.ts, so lowering one is a visible decision.
 * Set ZIPING_PROPERTY_SCALE (e.g. 10) for a longer local soak.
 */
const SCALE = Number(process.env.ZIPING_PROPERTY_SCALE ?? "1") || 1;

const BASE = {
  // parse-properties.test.ts
  moneyAnyCell: 20_000,
  targetActualAnyCell: 15_000,
  targetRoundTrip: 10_000,
  rangeRoundTrip: 5_000,
  actualRoundTrip: 5_000,
  fullWidthMoney: 10_000,
  a1RoundTrip: 20_000,
  normaliseIdempotent: 10_000,
  fitCellText: 5_000,
  zipBoundsAnyBytes: 3_000,
  // engine-properties.test.ts
  checkNeverMutates: 300,
  mutatedFormsNeverThrow: 600,
  recognitionMoved: 150,
  reorderTasks: 300,
  // plan-properties.test.ts
  gridPlanIdempotent: 200,
  xlsxMarksClear: 60,
  xlsxPlanTwice: 25,
  fakeExcelClear: 40,
} as const;

export type PropertyName = keyof typeof BASE;

export const RUNS: Record<PropertyName, number> = Object.fromEntries(
  Object.entries(BASE).map(([name, runs]) => [name, Math.max(1, Math.round(runs * SCALE))]),
) as Record<PropertyName, number>;

/** Cases across every hardening property at scale 1. */
export const TOTAL_RUNS = Object.values(BASE).reduce((n, runs) => n + runs, 0);
