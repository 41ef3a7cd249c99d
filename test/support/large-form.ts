/**
 * The seed form grown to thousands of rows: extra task rows (amounts as text, like the seed's)
 * between the last task and 金额合计, whose totals stay exact, so a large sheet has the seed's
 * own findings and no others.
 */
import Big from "big.js";
import { seedSpec } from "../../tools/samples/seed-shenzhen-2021";
import { cellValue, findCell, insertRows, withCells, type CellSpec, type SheetSpec } from "../../tools/samples/sheet-spec";
import { groupThousands } from "../../tools/samples/variants";
import { parseA1 } from "../../src/core/grid";

/**
 * The seed with `extra` more task rows (the seed has 5, its sheet 29 rows). Their amounts default
 * to zero so the execution rate, and the indicators that state it, stay as in the seed.
 */
export function seedWithExtraTasks(extra: number, { text = "扩展任务", amount = "0.00" } = {}): SheetSpec {
  const totalsRow = parseA1(findCell(seedSpec, "金额合计")!).row + 1;
  let spec = insertRows(seedSpec, totalsRow, extra);
  const cells: Record<string, CellSpec> = {};
  for (let k = 0; k < extra; k++) {
    const row = totalsRow + k;
    cells[`B${row}`] = `${text}${k + 1}`;
    cells[`C${row}`] = `${text}${k + 1}的主要内容`;
    cells[`D${row}`] = "已完成";
    for (const col of ["E", "F", "G", "H"]) cells[`${col}${row}`] = amount;
  }
  const newTotals = totalsRow + extra;
  for (const col of ["E", "F", "G", "H"]) {
    const address = `${col}${newTotals}`;
    const current = String(cellValue(spec.rows[newTotals - 1]?.[parseA1(address).col]));
    const sum = new Big(current.replace(/,/g, "")).plus(new Big(amount.replace(/,/g, "")).times(extra));
    cells[address] = groupThousands(sum.toFixed(2));
  }
  spec = withCells(spec, cells);
  return spec;
}
