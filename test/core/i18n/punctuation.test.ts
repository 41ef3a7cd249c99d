/**
 * Every rule message, in both languages, rendered with data shaped like what the rules really pass:
 * a form's label that ends in a colon (`年度资金总额:`, as the Hunan form writes it), explanations and
 * details that end in their own punctuation, and the working of a score. No message may come out with
 * doubled punctuation (`::`, `：：`, `。。`, `:：`, `；，`) or a quoted name ending in a colon
 * (`「年度资金总额:」:`), which is what the review report and the text output showed.
 */
import { rules } from "../../../src/core/rules";
import { toFinding } from "../../../src/core/rules/rule";
import type { MessageData } from "../../../src/core/model";
import { checkGrid } from "../../../src/core/engine";
import { reviewStrings } from "../../../src/cli/review/strings";
import { toGridData } from "../../../tools/samples/sheet-spec";
import { REAL_FORMS } from "../../fixtures/real";

/** Data as the rules pass it; a key the table lacks fails the test, so a new placeholder gets a sample. */
const SAMPLE: MessageData = {
  subject: "年度资金总额:",
  actual: "36",
  expected: "50",
  target: ">50人次",
  total: "合计：",
  explainZh: "应得 36 ÷ 50 × 10 = 7.20 分；",
  explainEn: "it earns 36 ÷ 50 × 10 = 7.20 points;",
  columnZh: "预算数/总额",
  columnEn: "预算数/总额 (budget)",
  whole: "1,172.55",
  raw: "十万元：",
  whereZh: "：其中第 4 个字符「O」不是数字",
  whereEn: ": its character 4, 「O」, is not a digit",
  percent: "145%",
  part: "1,268.72",
  amount: "226.70",
  missingZh: "执行数：",
  missingEn: "spent:",
  presentZh: "预算数",
  presentEn: "budget",
  statedZh: "：执行率 100%",
  statedEn: ": the rate of 100%",
  spent: "1,268.72",
  budget: "1,172.55",
  rate: "75.00%",
  other: "项目支出：",
  name: "年度资金总额",
  level1: "产出指标:",
  level2: "数量指标：",
  explanation: "因疫情延期。",
  detail: "预算执行 10 + 绩效指标 80；",
  detailZh: "预算执行 10 + 绩效指标 80；",
  detailEn: "budget execution 10 + indicators 80;",
  breakdown: "其中：",
  basisZh: "；各分项之和与合计行不一致。",
  basisEn: "; the parts and the totals line disagree.",
  band: "80–90 分：",
  actualUnit: "人次",
  targetUnit: "人",
  actualRaw: "完成。",
  targetRaw: "较好：",
  wholeZh: "总额",
  wholeEn: "the total",
  partZh: "其中：财政拨款",
  partEn: "of which fiscal funds",
  spentZh: "全年执行数(B)",
  spentEn: "全年执行数(B) (spent)",
  budgetZh: "年初预算数(A)",
  budgetEn: "年初预算数(A) (budget)",
  budgetText: "1,172.55",
  reasonZh: "需人工评定。",
  reasonEn: "a person has to judge it.",
};

const DOUBLED = /[:：;；,，。][\s]*[:：;；,，。]|\.\.(?!\.)/;
const COLON_IN_QUOTE = /[:：]\s*」/;

const rendered = rules.flatMap((rule) =>
  Object.entries(rule.meta.messages).map(([messageId]) => {
    const finding = toFinding(rule.meta, { at: ["E8"], messageId, data: SAMPLE });
    return { id: `${rule.meta.id}/${messageId}`, message: finding.message };
  }),
);

describe("rule messages with sample data", () => {
  it("have a sample for every placeholder", () => {
    const unfilled = rendered.flatMap(({ id, message }) => [message["zh-CN"], message["en-US"]].filter((m) => /\{\w+\}/.test(m)).map(() => id));
    expect(unfilled).toEqual([]);
  });

  it.each(["zh-CN", "en-US"] as const)("never double their punctuation or quote a name with its colon (%s)", (lang) => {
    const bad = rendered.filter(({ message }) => DOUBLED.test(message[lang]) || COLON_IN_QUOTE.test(message[lang]));
    expect(bad.map(({ id, message }) => `${id}: ${message[lang]}`)).toEqual([]);
  });

  it("still quote a name's inner colon (其中：财政拨款) and the label as written otherwise", () => {
    const rule = rules.find((r) => r.meta.id === "overspent")!;
    const finding = toFinding(rule.meta, {
      at: ["E8"],
      messageId: "overspent",
      data: { ...SAMPLE, subject: "其中：财政拨款" },
    });
    expect(finding.message["zh-CN"]).toBe("「其中：财政拨款」全年执行数(B) 1,268.72 超过 年初预算数(A) 1,172.55");
  });
});

describe("the Guizhou form, whose totals line is labelled 年度资金总额: (test/fixtures/real, source there)", () => {
  const taibai = REAL_FORMS.find((f) => f.slug === "guizhou-suiyang-taibai-2021-one-total-rows")!;
  const result = checkGrid(toGridData(taibai.specs[0]));
  const overspent = result.findings.find((f) => f.rule === "overspent" && f.cells[0] === "D5")!;

  it("names the line without its colon, in the review report's line too (zh and en)", () => {
    expect(overspent.message["zh-CN"]).toBe("「年度资金总额」全年执行数(B) 1,268.72 超过 年初预算数(A) 1,172.55");
    expect(overspent.message["en-US"]).toBe("「年度资金总额」: 全年执行数(B) 1,268.72 is more than 年初预算数(A) 1,172.55");
    for (const lang of ["zh-CN", "en-US"] as const) {
      const s = reviewStrings[lang];
      const line = s.problemLine(s.severity[overspent.severity], overspent.cells.join(","), overspent.message[lang], overspent.rule);
      expect([line, DOUBLED.test(line) || COLON_IN_QUOTE.test(line)]).toEqual([line, false]);
    }
  });
});
