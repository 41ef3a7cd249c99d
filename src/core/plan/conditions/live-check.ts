import type { Lang, Severity } from "../../model";

/**
 * One check a formula can decide, on one cell: `condition` is TRUE while the problem stands, with
 * references relative to the cell (`row`, `col`). `requirement` is what the cell's note says — the
 * rule the value must meet, which stays true after the value is fixed.
 */
export interface LiveCheck {
  /** The rule whose finding this condition decides. */
  rule: string;
  severity: Severity;
  row: number;
  col: number;
  condition: string;
  requirement: Record<Lang, string>;
  /** Worth a guard: the cell a person types the mistake into (not the other side of a comparison). */
  guard: boolean;
}

/**
 * Which cells a caller needs conditions for: marks only need their own cells' (a 10,000-row table has
 * 60,000 conditions, its findings a handful), guards need every cell's.
 */
export type CellWanted = (row: number, col: number) => boolean;
