/** The sample seed sheet's own cells, through the parsers and evaluate(). */
import Big from "big.js";
import { evaluate } from "../../../src/core/indicator/evaluate";
import { parseActual } from "../../../src/core/parse/actual";
import { formatMoney, parseMoney } from "../../../src/core/parse/money";
import { isReverseIndicator } from "../../../src/core/parse/reverse";
import { parseTarget } from "../../../src/core/parse/target";
import { SEED_INDICATORS, SEED_TASKS } from "../../../tools/samples/seed-shenzhen-2021";

const EXPECTED: Record<string, string> = {
  "拟提交审议法规数量（包括立、改、废、释）": "above-range",
  专家评审会次数: "far-exceeded",
  邀请代表列席常委会会议人数: "unmet",
};

describe("seed sample", () => {
  it("has 16 indicators; three are not simply met", () => {
    expect(SEED_INDICATORS).toHaveLength(16);
    for (const [level1, level2, name, t, a] of SEED_INDICATORS) {
      const target = parseTarget(t, null);
      const reverse = isReverseIndicator({ level1, level2, name }, target);
      const status = evaluate(target, parseActual(a, null, target), reverse).status;
      expect({ name, status }).toEqual({ name, status: EXPECTED[name] ?? "met" });
    }
  });

  it("task amounts add up to the 金额合计 exactly", () => {
    const sums = [0, 1, 2, 3].map((col) =>
      SEED_TASKS.reduce((sum, task) => {
        const m = parseMoney(task[3][col], null, "元");
        if (m.kind !== "amount") throw new Error(`unreadable seed amount ${task[3][col]}`);
        return sum.plus(m.value);
      }, new Big(0)),
    );
    expect(sums.map((s) => formatMoney(s, 2))).toEqual([
      "146,963,013.91",
      "146,963,013.91",
      "140,363,937.12",
      "140,363,937.12",
    ]);
  });
});
