/**
 * The 校验摘要 block on a form whose first column is a narrow 序号 column (five characters wide, as
 * many published forms have it): every label must have room before its figure, measured as Excel
 * measures a column (a CJK character ≈ 2 character units), in zh and en.
 */
import { checkGrid } from "../../../src/core/engine";
import { DEFAULT_COLUMN_WIDTH, type GridData } from "../../../src/core/grid";
import { displayWidth } from "../../../src/core/text";
import { planWrites } from "../../../src/core/plan";
import { seedSpec } from "../../../tools/samples/seed-shenzhen-2021";
import { toGridData } from "../../../tools/samples/sheet-spec";

function narrowFirstColumn(): GridData {
  const grid = toGridData(seedSpec);
  const widths = [...(grid.columnWidths ?? [])];
  widths[0] = 5;
  return { ...grid, columnWidths: widths };
}

const widthOf = (grid: GridData, col: number): number => grid.columnWidths?.[col] ?? DEFAULT_COLUMN_WIDTH;

describe("the summary block on a form with a narrow first column", () => {
  it.each(["zh-CN", "en-US"] as const)("leaves every label room before its figure (%s)", (lang) => {
    const grid = narrowFirstColumn();
    const summary = planWrites(checkGrid(grid), { summary: true, lang }, grid).plan.summary!;
    const lines = summary.rows.slice(1);
    expect(lines.length).toBeGreaterThan(4);
    for (const row of lines) {
      const [label, figure] = row.cells;
      let room = 0;
      for (let col = label.col; col < figure.col; col++) room += widthOf(grid, col);
      expect([String(label.value), room >= displayWidth(String(label.value))]).toEqual([String(label.value), true]);
      // Nothing written between the label and its figure: the label's text runs on over those cells.
      expect(row.cells.filter((c) => c.col > label.col && c.col < figure.col)).toEqual([]);
    }
  });

  it("keeps the figures beside the labels where the first column is wide enough", () => {
    const grid = toGridData(seedSpec);
    const wide = { ...grid, columnWidths: [30] };
    const summary = planWrites(checkGrid(wide), { summary: true }, wide).plan.summary!;
    expect(summary.rows.slice(1).map((r) => r.cells[1].col)).toEqual(summary.rows.slice(1).map(() => 1));
  });
});
