import { shiftFormula, shiftRangeList, type RowInsertion } from "../../src/xlsx/shift-rows";

const at = (row: number, sheet = "自评表"): RowInsertion => ({ sheet, at: row, count: 1 });

describe("shiftFormula", () => {
  it("leaves a range ending just above the new row alone and grows one spanning it", () => {
    expect(shiftFormula("=SUM(E5:E9)", "自评表", at(10))).toBe("=SUM(E5:E9)");
    expect(shiftFormula("=SUM(E5:E9)", "自评表", at(7))).toBe("=SUM(E5:E10)");
    expect(shiftFormula("=SUM(E5:E9)", "自评表", at(5))).toBe("=SUM(E6:E10)");
    expect(shiftFormula("SUM(E5:E9)", "自评表", at(2))).toBe("SUM(E6:E10)");
  });

  it("moves absolute and mixed references alike, keeping their $ marks", () => {
    expect(shiftFormula("=$B$10*B$12+$C11", "自评表", at(10))).toBe("=$B$11*B$13+$C12");
  });

  it("shifts only references to the sheet that grew", () => {
    expect(shiftFormula("=自评表!E10+'自评表'!F10+汇总!E10", "汇总", at(10))).toBe("=自评表!E11+'自评表'!F11+汇总!E10");
    expect(shiftFormula("=E10", "汇总", at(10))).toBe("=E10");
    expect(shiftFormula("=E10", "自评表", at(10))).toBe("=E11");
    expect(shiftFormula("='it''s'!A10", "x", at(5, "it's"))).toBe("='it''s'!A11");
  });

  it("does not touch strings, function names, tables or column ranges", () => {
    expect(shiftFormula('="E10"&E10', "自评表", at(10))).toBe('="E10"&E11');
    expect(shiftFormula("=LOG10(E10)+ATAN2(1,2)", "自评表", at(10))).toBe("=LOG10(E11)+ATAN2(1,2)");
    expect(shiftFormula("=SUM(Table1[金额])+SUM(A:B)", "自评表", at(1))).toBe("=SUM(Table1[金额])+SUM(A:B)");
  });

  it("shifts whole-row ranges", () => {
    expect(shiftFormula("=SUM(10:12)", "自评表", at(11))).toBe("=SUM(10:13)");
  });
});

describe("shiftRangeList", () => {
  it("shifts every range of an sqref", () => {
    expect(shiftRangeList("A1:B2 G14 E10:H12", at(10))).toBe("A1:B2 G15 E11:H13");
  });
});
