import { PROFILES, scoreIndicator, type IndicatorScore } from "../../../src/core/scoring";
import { indicator, indicatorTable } from "../../support/form-factory";
import type { IndicatorInput } from "../../support/form-factory";

const central = PROFILES.central;
const hubei = PROFILES.hubei;

function score(input: Omit<IndicatorInput, "name"> & { name?: string }, profile = central): IndicatorScore {
  const row = indicatorTable([indicator({ name: "指标", ...input })]).rows[0];
  return scoreIndicator(row, profile);
}

const exact = (s: IndicatorScore): [string, string] | IndicatorScore =>
  s.kind === "exact" ? [s.value.toFixed(4), s.explain["zh-CN"]] : s;

describe("scoreIndicator", () => {
  it("gives the full 分值 to a met indicator, whatever its operator", () => {
    expect(exact(score({ target: ">1000人次", actual: 1210, weight: 10 }))).toEqual(["10.0000", "该指标已达成，应得满分 10 分"]);
    expect(exact(score({ target: "≤90万元", actual: 90, weight: 8 }))).toEqual(["8.0000", "该指标已达成，应得满分 8 分"]);
    expect(exact(score({ target: "10项-20项", actual: 33, weight: 5 }))).toEqual(["5.0000", "该指标已达成，应得满分 5 分"]);
    const s = score({ target: ">20 次", actual: 29, weight: 4 });
    expect(s.kind === "exact" && s.explain["en-US"]).toBe("the indicator is met, so it earns the full 4 points");
  });

  it("应得 scores a missed at-least target in proportion: 36 ÷ 50 × 10 = 7.20 分", () => {
    expect(exact(score({ target: ">50 人次", actual: 36, weight: 10 }))).toEqual(["7.2000", "应得 36 ÷ 50 × 10 = 7.20 分"]);
    expect(exact(score({ target: "100%", actual: "72.74%", weight: 2 }))).toEqual(["1.4548", "应得 72.74% ÷ 100% × 2 = 1.45 分"]);
    // 0.93 against ≥95% is a fraction: 93 points.
    expect(exact(score({ target: "≥95%", actual: 0.93, weight: 10 }))).toEqual(["9.7895", "应得 93% ÷ 95% × 10 = 9.79 分"]);
    // Below a range: the share of its lower end.
    expect(exact(score({ target: "10项-20项", actual: 8, weight: 5 }))).toEqual(["4.0000", "应得 8 ÷ 10 × 5 = 4.00 分"]);
  });

  it("scores a missed ceiling by the central 一体化 formula, 0 from twice the target on", () => {
    expect(exact(score({ target: "≤100万元", actual: 110, weight: 10 }))).toEqual(["9.0000", "应得 (1 − (110 − 100) ÷ 100) × 10 = 9.00 分"]);
    expect(exact(score({ target: "≤100万元", actual: 199, weight: 10 }))).toEqual(["0.1000", "应得 (1 − (199 − 100) ÷ 100) × 10 = 0.10 分"]);
    expect(exact(score({ target: "≤100万元", actual: 200, weight: 10 }))).toEqual(["0.0000", "实际 200 ≥ 2 × 目标值 100，应得 0 分"]);
    const en = score({ target: "≤100万元", actual: 250, weight: 10 });
    expect(en.kind === "exact" && en.explain["en-US"]).toBe("the actual 250 ≥ 2 × the target 100, so it earns 0");
    // A reverse indicator without an operator is a ceiling (差错率 3% → 4.5%).
    expect(exact(score({ name: "差错率", target: "3%", actual: "4.5%", weight: 6 }))).toEqual(["3.0000", "应得 (1 − (4.5% − 3%) ÷ 3%) × 6 = 3.00 分"]);
  });

  it("scores a missed ceiling as target ÷ actual under the Hubei profile", () => {
    expect(exact(score({ target: "≤100万元", actual: 110, weight: 10 }, hubei))).toEqual(["9.0909", "应得 100 ÷ 110 × 10 = 9.09 分"]);
    expect(exact(score({ target: "≤100万元", actual: 250, weight: 10 }, hubei))).toEqual(["4.0000", "应得 100 ÷ 250 × 10 = 4.00 分"]);
  });

  it("never divides by a target of 0: a ceiling of 0 is met by 0 and earns 0 beyond it", () => {
    expect(exact(score({ name: "明显变质比例", target: "0", actual: "0", weight: 5 }))).toEqual(["5.0000", "该指标已达成，应得满分 5 分"]);
    expect(exact(score({ name: "安全事件发生数", target: "0起", actual: "0起", weight: 5 }, hubei))).toEqual(["5.0000", "该指标已达成，应得满分 5 分"]);
    expect(exact(score({ name: "安全事件发生数", target: "0起", actual: "2起", weight: 5 }))).toEqual(["0.0000", "目标值为 0，实际 2 超出目标，应得 0 分"]);
    expect(exact(score({ name: "安全事件发生数", target: "0起", actual: "2起", weight: 5 }, hubei))).toEqual(["0.0000", "目标值为 0，实际 2 超出目标，应得 0 分"]);
    expect(exact(score({ target: "≥0", actual: -1, weight: 5 }))).toEqual(["0.0000", "实际 -1 未达到目标值 0，应得 0 分"]);
  });

  it("scores an equal target missed on either side by the deviation", () => {
    expect(exact(score({ target: "=100%", actual: "90%", weight: 10 }))).toEqual(["9.0000", "应得 90% ÷ 100% × 10 = 9.00 分"]);
    expect(exact(score({ target: "=100%", actual: "105%", weight: 10 }))).toEqual(["9.5000", "应得 (1 − (105% − 100%) ÷ 100%) × 10 = 9.50 分"]);
  });

  it("gives a qualitative grade its band: 80–100% / 60–80% / 0–60% central, 100–80 / 80–50 / 50–0 Hubei", () => {
    const band = (s: IndicatorScore) => (s.kind === "band" ? [s.grade, s.low.toFixed(2), s.high.toFixed(2)] : s);
    expect(band(score({ target: "效果明显", actual: "达成预期指标", weight: 10 }))).toEqual(["met", "8.00", "10.00"]);
    expect(band(score({ target: "高", actual: "高", weight: 3 }))).toEqual(["met", "2.40", "3.00"]);
    expect(band(score({ target: "效果明显", actual: "部分达成", weight: 10 }))).toEqual(["partial", "6.00", "8.00"]);
    expect(band(score({ target: "效果明显", actual: "未达成", weight: 10 }))).toEqual(["unmet", "0.00", "6.00"]);
    expect(band(score({ target: "效果明显", actual: "部分达成", weight: 10 }, hubei))).toEqual(["partial", "5.00", "8.00"]);
    expect(band(score({ target: "效果明显", actual: "未达成", weight: 10 }, hubei))).toEqual(["unmet", "0.00", "5.00"]);
    const s = score({ target: "效果明显", actual: "部分达成", weight: 10 });
    expect(s.kind === "band" && s.explain).toEqual({
      "zh-CN": "部分达成，得分应在 6.00–8.00 之间（分值 10 的 60%–80%）",
      "en-US": "partly met, so between 6.00 and 8.00 (60%–80% of 10)",
    });
  });

  it("gives no score where the rules cannot: no 分值, no actual, free text, unreadable values, an empty line", () => {
    expect(score({ target: ">50", actual: 36 })).toEqual({ kind: "none", reason: "no-weight" });
    expect(score({ target: ">50", actual: null, weight: 10 })).toEqual({ kind: "none", reason: "missing" });
    expect(score({ target: "效果明显", actual: "群众反映良好", weight: 10 })).toEqual({ kind: "none", reason: "judge" });
    expect(score({ target: "≤30万元", actual: "完成", weight: 10 })).toEqual({ kind: "none", reason: "unreadable" });
    expect(score({ target: ">50人次", actual: "36人", weight: 10 })).toEqual({ kind: "none", reason: "unreadable" });
    expect(score({ target: null, actual: null, weight: 2 })).toEqual({ kind: "none", reason: "judge" });
  });
});
