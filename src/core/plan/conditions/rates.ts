/**
 * Live conditions of the execution rate: a stated 执行率 against its row's 执行数 ÷ 预算数, and an
 * indicator that is the execution rate under another name against the form's — from the task rows'
 * sums or the totals line, whichever basis the rules use. Equal when the computed rate rounds to
 * what is written, at the precision it is written with.
 */
import Big from "big.js";
import type { CellRef, Form, MoneyRow, MoneyTable } from "../../model";
import { isExecutionRateIndicator } from "../../indicator/execution-rate";
import { addUpParts, chooseBasis, wholeColumn } from "../../money-table";
import { statedRate } from "../../parse/stated-rate";
import { formulaReads } from "../totals-row";
import { amount, amountSum, num, numberValue } from "./formula";

/** The basis the rules judge the form's rate on (money-table.ts: the parts' sums, else the totals line). */
const basisOf = (table: MoneyTable) => chooseBasis(table, (col) => addUpParts(table, col));
import type { CellWanted, LiveCheck } from "./live-check";

/** A rate written `95.51%`, `0.9551` or `95.51`, as NUMBERVALUE reads it. */
const PLAIN_RATE = /^\s*[+-]?\d+(?:\.\d+)?\s*[%％]?\s*$/;

/** The stated rate in points, read like statedRate: with a % sign or above 1 it is points, else a fraction. */
function ratePoints(ref: string): string {
  const x = numberValue(`SUBSTITUTE(SUBSTITUTE(${ref},"%",""),"％","")`);
  return `IF(OR(ISNUMBER(SEARCH("%",${ref})),ISNUMBER(SEARCH("％",${ref})),ABS(${x})>1),${x},${x}*100)`;
}

/** The condition at a rate cell: it differs from `computed` (points) by more than half its last written digit. */
function differs(cell: CellRef, raw: string, decimals: number, computed: string, guard: string): string | null {
  if (typeof raw !== "string" || !PLAIN_RATE.test(raw)) return null;
  const half = new Big(5).times(new Big(10).pow(-(decimals + 1)));
  return `AND(${guard},ABS(${ratePoints(cell.address)}-${computed})>${num(half)})`;
}

function cellOf(row: MoneyRow, col: number): CellRef | null {
  const cell = row.amounts[col];
  return cell && cell.kind === "amount" && formulaReads(cell, true) ? cell.cell : null;
}

function rowRates(table: MoneyTable, wanted: CellWanted): LiveCheck[] {
  const budgetCol = wholeColumn(table, "budget");
  const spentCol = wholeColumn(table, "spent");
  if (!budgetCol || !spentCol) return [];
  // On a form whose totals line disagrees with its rows, the totals line's rate is judged on the
  // rows' basis: left static.
  const twoBases = () => basisOf(table)?.other !== undefined;
  const checks: LiveCheck[] = [];
  for (const row of [...table.parts, ...(table.total ? [table.total] : [])]) {
    if (!row.rate || !wanted(row.rate.cell.row, row.rate.cell.col) || (row === table.total && twoBases())) continue;
    const stated = statedRate(row.rate.actual);
    const budget = cellOf(row, budgetCol.col);
    const spent = cellOf(row, spentCol.col);
    if (!stated || !budget || !spent) continue;
    const computed = `${amount(spent.address)}/${amount(budget.address)}*100`;
    const condition = differs(row.rate.cell, row.rate.actual.raw, stated.decimals, computed, `${spent.address}<>""`);
    if (!condition) continue;
    checks.push({
      rule: "rate-mismatch",
      severity: "error",
      row: row.rate.cell.row,
      col: row.rate.cell.col,
      guard: true,
      condition,
      requirement: { "zh-CN": `「${row.label}」执行率应等于 执行数 ÷ 预算数`, "en-US": `「${row.label}」: the execution rate should be spent ÷ budget` },
    });
  }
  return checks;
}

/** The form's 执行数 and 预算数 as formulas, on the basis the rules use (the scores read them too). */
export function formRate(table: MoneyTable): { spent: string; budget: string } | null {
  const basis = basisOf(table);
  const budgetCol = wholeColumn(table, "budget");
  const spentCol = wholeColumn(table, "spent");
  if (!basis || !budgetCol || !spentCol) return null;
  if (basis.kind === "total") {
    const budget = table.total && cellOf(table.total, budgetCol.col);
    const spent = table.total && cellOf(table.total, spentCol.col);
    return budget && spent ? { spent: amount(spent.address), budget: amount(budget.address) } : null;
  }
  const sum = (col: number): string | null => {
    const parts = table.parts.filter((p) => p.amounts[col]);
    if (!parts.every((p) => formulaReads(p.amounts[col], true))) return null;
    return amountSum(col, parts.map((p) => p.amounts[col].cell.row));
  };
  const budget = sum(budgetCol.col);
  const spent = sum(spentCol.col);
  return budget && spent ? { spent, budget } : null;
}

function indicatorRates(form: Form): LiveCheck[] {
  const table = form.money;
  const rate = table && formRate(table);
  if (!rate) return [];
  const computed = `(${rate.spent})/(${rate.budget})*100`;
  const checks: LiveCheck[] = [];
  for (const row of form.indicators?.rows ?? []) {
    if (row.notApplicable || !isExecutionRateIndicator(row.name)) continue;
    const stated = statedRate(row.actual);
    if (!stated) continue;
    const condition = differs(row.actualCell, row.actual.raw, stated.decimals, computed, `${row.actualCell.address}<>""`);
    if (!condition) continue;
    checks.push({
      rule: "rate-mismatch",
      severity: "error",
      row: row.actualCell.row,
      col: row.actualCell.col,
      guard: true,
      condition,
      requirement: {
        "zh-CN": `「${row.name}」实际完成值应等于资金执行率（执行数 ÷ 预算数）`,
        "en-US": `「${row.name}」 should equal the execution rate (spent ÷ budget)`,
      },
    });
  }
  return checks;
}

export function rateChecks(form: Form, wanted: CellWanted = () => true): LiveCheck[] {
  return [...(form.money ? rowRates(form.money, wanted) : []), ...indicatorRates(form)];
}
