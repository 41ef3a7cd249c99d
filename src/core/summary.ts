/**
 * The figures a person reads first: 预算合计, 执行合计, 执行率, how many indicators were met, 总分 and
 * 等级. Amounts are what the form really adds up to (its parts), so a wrong 金额合计 does not leak into
 * the review summary; the rules report the wrong cell separately.
 */
import type { FormFacts, MoneyFacts } from "./form-facts";
import type { IndicatorStatus } from "./indicator/evaluate";
import type { Form, IndicatorCounts, IndicatorTable, ScoringSummary, TotalsSummary } from "./model";
import { wholeColumn, type ColumnSum } from "./money-table";
import { checkedIndicators } from "./rules/support/indicators";
import type { FormScore } from "./scoring";

const plain = (sum: ColumnSum): string | null => (sum ? sum.value.toFixed(sum.decimals) : null);

/** A fraction as a percentage with two decimals, the way forms write 执行率 (0.95510… → `95.51%`). */
export function formatRate(fraction: { times(n: number): { toFixed(d: number): string } }): string {
  return `${fraction.times(100).toFixed(2)}%`;
}

export function totalsOf(money: MoneyFacts | null): TotalsSummary | null {
  if (!money) return null;
  const table = money.table;
  const budget = wholeColumn(table, "budget");
  const spent = wholeColumn(table, "spent");
  const rate = money.executionRate();
  // Budget and spent on the form's one basis, so they are the two figures the 执行率 beside them divides.
  const basis = money.basis();
  return {
    unit: table.unit,
    budget: basis ? plain(basis.budget) : budget ? plain(money.columnAmount(budget.col)) : null,
    budgetFiscal: budget ? plain(money.fiscalAmount(budget)) : null,
    spent: basis ? plain(basis.spent) : spent ? plain(money.columnAmount(spent.col)) : null,
    spentFiscal: spent ? plain(money.fiscalAmount(spent)) : null,
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

/**
 * The rows the indicator rules check, counted by outcome: an empty line a template leaves under a
 * heading (neither target nor actual written) is no indicator, so it is in no count — counted as
 * 需人工判断 it would be a number no finding in the list explains.
 */
export function indicatorCounts(table: IndicatorTable | null, facts: FormFacts): IndicatorCounts | null {
  if (!table) return null;
  const counts: IndicatorCounts = { total: 0, met: 0, unmet: 0, exceeded: 0, manual: 0 };
  for (const row of checkedIndicators({ ...facts.form, indicators: table })) {
    counts.total++;
    counts[BUCKET[facts.outcomeOf(row).status]]++;
  }
  return counts;
}

/** Names of the indicators whose actual does not meet the target, in sheet order. */
export function unmetIndicators(facts: FormFacts): string[] {
  const table = facts.form.indicators;
  if (!table) return [];
  return table.rows.filter((r) => !r.notApplicable && facts.outcomeOf(r).status === "unmet").map((r) => r.name);
}

/** 总分 and 等级 as the views show them; null for a form without scores. */
export function scoringSummary(form: Form, score: FormScore): ScoringSummary | null {
  if (!score.scored) return null;
  const stated = form.scoring?.total?.score?.value;
  return {
    profile: score.profile.id,
    guessed: score.guessed,
    computedTotal: score.computedTotal ? score.computedTotal.toFixed(2) : null,
    statedTotal: stated?.kind === "amount" ? stated.value.toFixed(stated.decimals) : null,
    grade: score.grade,
    statedGrade: score.statedGrade?.text ?? null,
  };
}
