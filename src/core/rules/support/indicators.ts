/**
 * What the indicator rules share: the rows that are checked at all, what counts as an explanation
 * actually written, and how far an actual is from its target. Each row's outcome comes from the
 * check's context (check-context.ts).
 */
import Big from "big.js";
import type { Form, IndicatorRow } from "../../model";
import { NO_VALUE } from "../../parse/number";

import type { Outcome } from "../../form-facts";

export type { Outcome };

/**
 * Indicator rows the rules look at: not 不适用, and not an empty line (neither target nor actual
 * written), which templates leave under headings such as 经济效益指标 when nothing applies.
 */
export function checkedIndicators(form: Form): IndicatorRow[] {
  if (!form.indicators) return [];
  return form.indicators.rows.filter(
    (row) => !row.notApplicable && !(row.target.kind === "blank" && row.actual.kind === "blank"),
  );
}

/** True when the text says something (`无`, `/` and dashes say nothing). */
export function isWritten(text: string | undefined): boolean {
  return text !== undefined && !NO_VALUE.test(text);
}

/** actual ÷ target as a whole percentage (`145%`), from the evaluation or, failing that, the values. */
export function percentOfTarget(row: IndicatorRow, outcome: Outcome): string | null {
  let ratio = outcome.ratio;
  if (!ratio && outcome.actualValue && row.target.kind === "quantity" && !row.target.value.eq(0)) {
    ratio = outcome.actualValue.div(row.target.value);
  }
  return ratio ? `${new Big(ratio).times(100).round(0).toFixed(0)}%` : null;
}
