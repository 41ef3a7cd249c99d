/**
 * 需人工判断 in the pane's 表格信息与金额 is IndicatorCounts.manual: it must be exactly the indicators the
 * findings list asks a person to look at, so a reader who sees "需人工判断 3" finds three of them listed.
 */
import { checkGrid } from "../../src/core/engine";
import { toGridData, withCells } from "../../tools/samples/sheet-spec";
import { projectSpecAnhui } from "../../tools/samples/variants";
import { REAL_FORMS } from "../fixtures/real";

/** The rules that report an indicator whose outcome the engine cannot decide (the manual bucket). */
const MANUAL_RULES = new Set(["indicator-qualitative", "indicator-missing-actual", "indicator-unreadable", "unit-mismatch"]);

/**
 * The Anhui sample with its empty 经济效益指标 line named and scored 0 of 0, as templates leave it:
 * the line is read as an indicator row (it has a 分值), but with neither target nor actual written no
 * rule lists it, so it must not be counted either.
 */
function anhuiWithScoredEmptyLine() {
  return withCells(projectSpecAnhui(), { D24: "经济效益", G24: 0, H24: 0 });
}

describe("需人工判断 agrees with the findings listed", () => {
  const sheets = [
    { name: "Anhui sample with a named, scored empty line", spec: anhuiWithScoredEmptyLine() },
    ...REAL_FORMS.flatMap((f) => f.specs.map((spec) => ({ name: `${f.slug} / ${spec.name}`, spec }))),
  ];
  it.each(sheets)("$name", ({ spec }) => {
    const result = checkGrid(toGridData(spec));
    if (!result.indicators) return;
    const listed = new Set(result.findings.filter((f) => MANUAL_RULES.has(f.rule)).map((f) => f.subject ?? f.cells[0]));
    expect(result.indicators.manual).toBe(listed.size);
  });

  it("counts an empty template line in no bucket, 指标总数 included", () => {
    const result = checkGrid(toGridData(anhuiWithScoredEmptyLine()));
    expect(result.form?.indicators?.rows.some((r) => r.name === "经济效益")).toBe(true);
    expect(result.indicators).toEqual({ total: 10, met: 10, unmet: 0, exceeded: 0, manual: 0 });
  });
});
