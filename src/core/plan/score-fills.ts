/**
 * Computed scores for the blank 得分 cells of a form, on request (PlanRequest.fillScores): a row the
 * rules score exactly gets its score, a qualitative row graded 达成 its full 分值 (the top of its
 * band), the budget line 执行率 × 分值. Rows only a person can score stay blank — and so does 总分
 * until every weighted row has a score.
 */
import Big from "big.js";
import type { FormFacts } from "../form-facts";
import type { CellWrite, CheckOptions, Form, RowWrite } from "../model";
import { scoreForm, type IndicatorScore } from "../scoring";

const SCORE_FORMAT_DECIMALS = 2;

/** A score as a cell value: two decimals, as the forms write scores (7.2, 1.45, 97.05). */
function rounded(value: Big): Big {
  return value.round(SCORE_FORMAT_DECIMALS);
}

function cellNumber(value: Big): number {
  return Number(rounded(value).toFixed(SCORE_FORMAT_DECIMALS));
}

function fillable(score: IndicatorScore): Big | null {
  if (score.kind === "exact") return score.value;
  if (score.kind === "band" && score.grade === "met") return score.high;
  return null;
}

export function planScoreFills(form: Form, options: CheckOptions, facts: FormFacts): RowWrite[] {
  const scored = scoreForm(form, options, facts);
  if (!scored.scored) return [];
  const writes: { row: number; cell: CellWrite; value: Big }[] = [];
  const push = (row: number, col: number, value: Big): void => {
    writes.push({ row, cell: { col, value: cellNumber(value) }, value: rounded(value) });
  };
  let complete = true;

  const budget = scored.budget;
  if (budget?.scoreCell?.value.kind === "blank") {
    if (budget.value) push(budget.scoreCell.cell.row, budget.scoreCell.cell.col, budget.value);
    else complete = false;
  }
  for (const { row, score } of scored.rows) {
    if (row.score?.value.kind !== "blank") continue;
    const value = fillable(score);
    if (value) push(row.score.cell.row, row.score.cell.col, value);
    else if (row.weight?.value.kind === "amount") complete = false;
  }

  const total = form.scoring?.total?.score;
  if (total?.value.kind === "blank" && complete && writes.length > 0) {
    // The total of the scores as they will stand: stated ones plus those written now.
    const filled = writes.reduce((sum, w) => sum.plus(w.value), scored.statedSum ?? new Big(0));
    // With 执行率封顶 on, the total a form may state is the capped one (score-total-mismatch says so too).
    const limit = scored.cap && filled.gt(scored.cap.limit) ? new Big(scored.cap.limit) : filled;
    push(total.cell.row, total.cell.col, limit);
  }

  const byRow = new Map<number, CellWrite[]>();
  for (const w of writes) byRow.set(w.row, [...(byRow.get(w.row) ?? []), w.cell]);
  return [...byRow.entries()].sort((a, b) => a[0] - b[0]).map(([row, cells]) => ({ row, cells }));
}
