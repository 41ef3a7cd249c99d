import { fromFileFormula, toFileFormula } from "../../src/xlsx/future-functions";

describe("future functions", () => {
  it("prefixes post-2007 functions for the file, leaving older ones and strings alone", () => {
    expect(toFileFormula('SUMPRODUCT(NUMBERVALUE(E5:E9,".",","))')).toBe('SUMPRODUCT(_xlfn.NUMBERVALUE(E5:E9,".",","))');
    expect(toFileFormula('IFERROR(G10/E10,"")')).toBe('IFERROR(G10/E10,"")');
    expect(toFileFormula('"NUMBERVALUE(x)"&IFNA(A1,0)')).toBe('"NUMBERVALUE(x)"&_xlfn.IFNA(A1,0)');
    expect(toFileFormula("STDEV.S(A1:A3)+FILTER(A1:A3,B1:B3)")).toBe("_xlfn.STDEV.S(A1:A3)+_xlfn._xlws.FILTER(A1:A3,B1:B3)");
  });

  it("is idempotent and undone by fromFileFormula", () => {
    const file = toFileFormula('SUMPRODUCT(NUMBERVALUE(E5:E9,".",","))');
    expect(toFileFormula(file)).toBe(file);
    expect(fromFileFormula(file)).toBe('SUMPRODUCT(NUMBERVALUE(E5:E9,".",","))');
    expect(fromFileFormula("_xlfn._xlws.SORT(A1:A3)")).toBe("SORT(A1:A3)");
    expect(fromFileFormula('"_xlfn.x"')).toBe('"_xlfn.x"');
  });
});
