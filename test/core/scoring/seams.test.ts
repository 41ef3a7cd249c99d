/**
 * Scoring sits under the rules, not beside them: the rules read scores, so scoring reading a rule's
 * helpers would tie the two together (the basis words and stated rates now live in form-facts.ts and
 * parse/stated-rate.ts). And the rescale to 100 without 不适用 indicators is one function, which the
 * computed 总分 and score-total-mismatch both use.
 */
import Big from "big.js";
import { readdirSync, readFileSync } from "fs";
import * as path from "path";
import { rescaleTo100 } from "../../../src/core/scoring";

const SCORING = path.join(__dirname, "../../../src/core/scoring");

test("no scoring module imports from src/core/rules", () => {
  const importsRules = readdirSync(SCORING)
    .filter((name) => name.endsWith(".ts"))
    .filter((name) => /from "\.\.\/rules[/"]/.test(readFileSync(path.join(SCORING, name), "utf8")));
  expect(importsRules).toEqual([]);
});

describe("rescaleTo100", () => {
  it("scales a total over the indicators that apply back to 100", () => {
    expect(rescaleTo100(new Big(72), new Big(10))!.toString()).toBe("80");
  });

  it("leaves a form without 不适用 indicators alone", () => {
    expect(rescaleTo100(new Big(72), new Big(0))).toBeNull();
  });

  it("gives nothing when the 不适用 indicators take all 100 points (no division by zero)", () => {
    expect(rescaleTo100(new Big(0), new Big(100))).toBeNull();
    expect(rescaleTo100(new Big(0), new Big(120))).toBeNull();
  });
});
