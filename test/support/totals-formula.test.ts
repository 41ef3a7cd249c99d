/** The browser test's evaluator for totals formulas: exact sums, Excel's text rules, and nothing else. */
import { evaluateTotalsFormula } from "./totals-formula";

const sheet: Record<string, string | number | boolean | null> = {
  E5: "37,560,000.00",
  E6: "80,218,013.91",
  E7: null,
  E8: 0.1,
  E9: 0.2,
  F5: 1,
  F6: "2",
  F7: true,
  F8: 3.5,
};
const read = (address: string) => sheet[address] ?? null;

test("SUMPRODUCT(NUMBERVALUE(…)) reads text amounts, blanks as 0, and adds exactly", () => {
  expect(evaluateTotalsFormula('=SUMPRODUCT(NUMBERVALUE(E5:E9,".",","))', read).toString()).toBe("117778014.21");
});

test("SUM adds numbers only, skipping text and logicals as Excel does", () => {
  expect(evaluateTotalsFormula("=SUM(F5:F8)", read).toString()).toBe("4.5");
  expect(evaluateTotalsFormula("=SUM($E$8:$E$9)", read).toString()).toBe("0.3");
});

test("anything else is refused rather than guessed", () => {
  expect(() => evaluateTotalsFormula("=SUM(E5:F6)", read)).toThrow(/one column/);
  expect(() => evaluateTotalsFormula("=E5+E6", read)).toThrow(/not a totals formula/);
  expect(() => evaluateTotalsFormula('=SUMPRODUCT(NUMBERVALUE(F5:F8,".",","))', read)).toThrow(/#VALUE!/);
});
