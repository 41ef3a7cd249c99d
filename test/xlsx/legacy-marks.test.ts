/**
 * Copies annotated by an earlier version carry its name, 【ziping】 and 校验摘要（ziping）: they are
 * still ziping's, so a new run replaces them rather than leaving a second set beside its own.
 */
import { checkGrid } from "../../src/core/engine";
import { NOTE_PREFIX, SUMMARY_MARKER } from "../../src/core/model";
import { seedSpec } from "../../tools/samples/seed-shenzhen-2021";
import { toGridData, withCells } from "../../tools/samples/sheet-spec";
import { applyPlan } from "../../src/xlsx/apply-plan";
import { workbookFromSpecs } from "../../tools/samples/from-spec";
import { conditionalFormattings } from "../../src/xlsx/internals";

describe("marks and summaries of the product's earlier name", () => {
  it("clears 【ziping】 notes and the old tagged formats, and keeps the user's note", () => {
    const wb = workbookFromSpecs([seedSpec]);
    const ws = wb.getWorksheet(seedSpec.name)!;
    ws.getCell("G5").note = "【ziping】「人大机关建设」执行数 超过 预算数";
    ws.getCell("C5").note = "填表人：ziping 已检查";
    ws.addConditionalFormatting({ ref: "G5", rules: [{ type: "expression", formulae: ['N("ziping:warning")=0'], priority: 1, style: {} }] });
    applyPlan(wb, { sheet: seedSpec.name, marks: [] });
    expect(ws.getCell("G5").note).toBeUndefined();
    expect(ws.getCell("C5").note).toBe("填表人：ziping 已检查");
    expect(conditionalFormattings(ws)).toEqual([]);
  });

  it("recognises an old 校验摘要（ziping） block as ziping's summary, to be replaced", () => {
    const old = checkGrid(toGridData(withCells(seedSpec, { A31: "校验摘要（ziping）", A32: "执行率", B32: "95.51%" })));
    const current = checkGrid(toGridData(withCells(seedSpec, { A31: SUMMARY_MARKER, A32: "执行率", B32: "95.51%" })));
    expect(old.form?.summaryBlock).toEqual(current.form?.summaryBlock);
    expect(old.form?.summaryBlock).toBeDefined();
  });

  it("names the product 自评表校验 where users read it", () => {
    expect(NOTE_PREFIX).toBe("【自评表校验】");
    expect(SUMMARY_MARKER).toBe("校验摘要（自评表校验）");
  });
});
