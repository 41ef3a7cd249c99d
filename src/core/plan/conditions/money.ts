/**
 * Live conditions of the money table: a total against its rows, a 其中 part against its whole, and
 * 执行数 against 预算数 — each compared at the precision the rules compare at.
 */
import { a1 } from "../../grid";
import { wholeColumn } from "../../money-table";
import type { MoneyRow, MoneyTable } from "../../model";
import { amountAt, columnName, comparePrecision, moneyRows } from "../../rules/support/money";
import { formulaReads } from "../totals-row";
import { amount, amountSum, rounded } from "./formula";
import type { CellWanted, LiveCheck } from "./live-check";

function totals(table: MoneyTable, wanted: CellWanted): LiveCheck[] {
  const total = table.total;
  if (!total) return [];
  const checks: LiveCheck[] = [];
  for (const column of table.columns) {
    const cell = total.amounts[column.col];
    if (!cell || !wanted(cell.cell.row, cell.cell.col) || !formulaReads(cell, true)) continue;
    const parts = table.parts.filter((p) => p.amounts[column.col]);
    // `864.2万` or a `/` among the parts: NUMBERVALUE would not read them as the rules do.
    if (!parts.every((p) => formulaReads(p.amounts[column.col], true))) continue;
    const rows = parts.map((p) => p.amounts[column.col].cell.row);
    const sum = amountSum(column.col, rows);
    if (!sum) continue;
    const decimals = [cell.kind === "amount" ? cell.decimals : 0];
    for (const p of table.parts) {
      const a = p.amounts[column.col];
      if (a?.kind === "amount") decimals.push(a.decimals);
    }
    const precision = comparePrecision(table, decimals);
    const name = columnName(table, column.col);
    checks.push({
      rule: "total-mismatch",
      severity: "error",
      row: cell.cell.row,
      col: cell.cell.col,
      guard: true,
      condition: `${rounded(amount(cell.cell.address), precision)}<>${rounded(sum, precision)}`,
      requirement: {
        "zh-CN": `「${total.label}」${name.zh} 应等于各行之和`,
        "en-US": `Total of ${name.en} should equal the sum of the rows`,
      },
    });
  }
  return checks;
}

/** `part` ≤ `whole` on one pair of cells, as a condition at both (each cell marked carries it). */
function notAbove(
  table: MoneyTable,
  part: { row: number; col: number; decimals: number },
  whole: { row: number; col: number; decimals: number },
): string {
  const precision = comparePrecision(table, [part.decimals, whole.decimals]);
  return `${rounded(amount(a1(part.row, part.col)), precision)}>${rounded(amount(a1(whole.row, whole.col)), precision)}`;
}

function cellOf(row: MoneyRow, col: number): { row: number; col: number; decimals: number } | null {
  const cell = row.amounts[col];
  if (!cell || !formulaReads(cell, true)) return null;
  return { row: cell.cell.row, col: cell.cell.col, decimals: cell.kind === "amount" ? cell.decimals : 0 };
}

function pairChecks(
  rule: string,
  severity: LiveCheck["severity"],
  part: ReturnType<typeof cellOf>,
  whole: ReturnType<typeof cellOf>,
  condition: string,
  requirement: LiveCheck["requirement"],
): LiveCheck[] {
  if (!part || !whole) return [];
  return [
    { rule, severity, row: part.row, col: part.col, guard: true, condition, requirement },
    { rule, severity, row: whole.row, col: whole.col, guard: false, condition, requirement },
  ];
}

/** Both cells written and either one wanted (a pair's condition sits on both), asked before any parsing. */
function pairWanted(wanted: CellWanted, a: MoneyRow, colA: number, b: MoneyRow, colB: number): boolean {
  const x = a.amounts[colA]?.cell;
  const y = b.amounts[colB]?.cell;
  return x !== undefined && y !== undefined && (wanted(x.row, x.col) || wanted(y.row, y.col));
}

function subsets(table: MoneyTable, wanted: CellWanted): LiveCheck[] {
  const checks: LiveCheck[] = [];
  for (const row of moneyRows(table)) {
    for (const column of table.columns) {
      if (column.partOf === undefined || !pairWanted(wanted, row, column.col, row, column.partOf)) continue;
      const part = cellOf(row, column.col);
      const whole = cellOf(row, column.partOf);
      if (!part || !whole) continue;
      const partName = columnName(table, column.col);
      const wholeName = columnName(table, column.partOf);
      checks.push(
        ...pairChecks("subset-exceeds-total", "error", part, whole, notAbove(table, part, whole), {
          "zh-CN": `「${row.label}」${partName.zh} 应不大于 ${wholeName.zh}`,
          "en-US": `「${row.label}」: ${partName.en} should not exceed ${wholeName.en}`,
        }),
      );
    }
  }
  const total = table.total;
  if (!total) return checks;
  for (const row of table.parts) {
    if (!row.subset) continue;
    for (const column of table.columns) {
      if (!pairWanted(wanted, row, column.col, total, column.col)) continue;
      const part = cellOf(row, column.col);
      const whole = cellOf(total, column.col);
      if (!part || !whole) continue;
      const name = columnName(table, column.col);
      checks.push(
        ...pairChecks("subset-exceeds-total", "error", part, whole, notAbove(table, part, whole), {
          "zh-CN": `「${row.label}」${name.zh} 应不大于「${total.label}」`,
          "en-US": `「${row.label}」 in ${name.en} should not exceed 「${total.label}」`,
        }),
      );
    }
  }
  return checks;
}

function overspending(table: MoneyTable, wanted: CellWanted): LiveCheck[] {
  const budgetCol = wholeColumn(table, "budget");
  const spentCol = wholeColumn(table, "spent");
  if (!budgetCol || !spentCol) return [];
  const budgetName = columnName(table, budgetCol.col);
  const spentName = columnName(table, spentCol.col);
  const checks: LiveCheck[] = [];
  for (const row of moneyRows(table)) {
    // A row with a blank side is not compared by the rule either; its guard would colour a typo
    // in the other cell only, so both must hold amounts today.
    if (!pairWanted(wanted, row, spentCol.col, row, budgetCol.col)) continue;
    if (!amountAt(row, budgetCol.col) || !amountAt(row, spentCol.col)) continue;
    const spent = cellOf(row, spentCol.col);
    const budget = cellOf(row, budgetCol.col);
    if (!spent || !budget) continue;
    // Both sides written, as the rule compares them: a row inserted inside the task rows takes the
    // column's guard (a format's range grows over it), and a 执行数 typed there before its 预算数 is
    // not yet over budget.
    const condition = `AND(${a1(spent.row, spent.col)}<>"",${a1(budget.row, budget.col)}<>"",${notAbove(table, spent, budget)})`;
    checks.push(
      ...pairChecks("overspent", "warning", spent, budget, condition, {
        "zh-CN": `「${row.label}」${spentName.zh} 应不超过 ${budgetName.zh}`,
        "en-US": `「${row.label}」: ${spentName.en} should not exceed ${budgetName.en}`,
      }),
    );
  }
  return checks;
}

export function moneyChecks(table: MoneyTable | null, wanted: CellWanted = () => true): LiveCheck[] {
  if (!table) return [];
  return [...totals(table, wanted), ...subsets(table, wanted), ...overspending(table, wanted)];
}
