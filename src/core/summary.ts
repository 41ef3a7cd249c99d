/**
 * The figures a person reads first: 预算合计, 执行合计, 执行率 and how many indicators were met.
 * Amounts are what the form really adds up to (its parts), so a wrong 金额合计 does not leak into
 * the review summary; the rules report the wrong cell separately.
 */
import type { IndicatorCounts, TotalsSummary } from "./engine";
import { evaluate, type IndicatorStatus } from "./indicator/evaluate";
import type { Form, IndicatorTable } from "./model";
import { columnAmount, executionRate, fiscalAmount, moneyBasis, wholeColumn, type ColumnSum } from "./money-table";

const plain = (sum: ColumnSum): string | null => (sum ? sum.value.toFixed(sum.decimals) : null);

/** A fraction as a percentage with two decimals, the way forms write 执行率 (0.95510… → `95.51%`). */
export function formatRate(fraction: { times(n: number): { toFixed(d: number): string } }): string {
  return `${fraction.times(100).toFixed(2)}%`;
}

export function totalsOf(form: Form): TotalsSummary | null {
  const table = form.money;
  if (!table) return null;
  const budget = wholeColumn(table, "budget");
  const spent = wholeColumn(table, "spent");
  const rate = executionRate(table);
  // Budget and spent on the form's one basis, so they are the two figures the 执行率 beside them divides.
  const basis = moneyBasis(table);
  return {
    unit: table.unit,
    budget: basis ? plain(basis.budget) : budget ? plain(columnAmount(table, budget.col)) : null,
    budgetFiscal: budget ? plain(fiscalAmount(table, budget)) : null,
    spent: basis ? plain(basis.spent) : spent ? plain(columnAmount(table, spent.col)) : null,
    spentFiscal: spent ? plain(fiscalAmount(table, spent)) : null,
    executionRate: rate ? formatRate(rate) : null,
  };
}

const BUCKET: Record<IndicatorStatus, keyof Omit<IndicatorCounts, "total">> = {
  met: "met",
  unmet: "unmet",
  "above-range": "exceeded",
  "far-exceeded": "exceeded",
  partial: "manual",
  qualitative: "manual",
  missing: "manual",
  unreadable: "manual",
  "unit-mismatch": "manual",
};

export function indicatorCounts(table: IndicatorTable): IndicatorCounts {
  const counts: IndicatorCounts = { total: 0, met: 0, unmet: 0, exceeded: 0, manual: 0 };
  for (const row of table.rows) {
    if (row.notApplicable) continue;
    counts.total++;
    counts[BUCKET[evaluate(row.target, row.actual, row.reverse).status]]++;
  }
  return counts;
}

/** Names of the indicators whose actual does not meet the target, in sheet order. */
export function unmetIndicators(table: IndicatorTable | null): string[] {
  if (!table) return [];
  return table.rows
    .filter((r) => !r.notApplicable && evaluate(r.target, r.actual, r.reverse).status === "unmet")
    .map((r) => r.name);
}

export function summarise(form: Form): { totals: TotalsSummary | null; indicators: IndicatorCounts | null } {
  return {
    totals: totalsOf(form),
    indicators: form.indicators ? indicatorCounts(form.indicators) : null,
  };
}
