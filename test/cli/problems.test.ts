/**
 * Every problem the command line can show has words in both languages, from src/cli/problems.ts, and
 * those words carry the facts the problem holds (the sheet, the part, the sizes).
 */
import { FILE_PROBLEM_CODES, RUN_PROBLEM_CODES, type FileProblemCode, type Problem, type RunProblemCode } from "../../src/core/problem";
import { problemText, problemWords } from "../../src/cli/problems";
import { examplesOf } from "../support/problems";

const CJK = /[\u4e00-\u9fff]/;

describe("the command line's words for each problem", () => {
  it("cover exactly the codes a file or the run can fail with", () => {
    for (const lang of ["zh-CN", "en-US"] as const)
      expect(Object.keys(problemWords[lang]).sort()).toEqual([...FILE_PROBLEM_CODES, ...RUN_PROBLEM_CODES].sort());
  });

  it.each(examplesOf([...FILE_PROBLEM_CODES, ...RUN_PROBLEM_CODES]).map((p) => [p.code, JSON.stringify(p.params), p] as const))(
    "%s %s: Chinese and English, with its facts",
    (_code, _params, p: Problem<FileProblemCode | RunProblemCode>) => {
      const zh = problemText(p, "zh-CN");
      const en = problemText(p, "en-US");
      expect(zh).toMatch(CJK);
      expect(en).not.toBe(zh);
      for (const text of [zh, en]) {
        expect(text).not.toMatch(/undefined|\[object|NaN/);
        // Each fact in the params is said, in both languages (numbers as people read them).
        for (const [key, value] of Object.entries(p.params)) if (typeof value === "string" && key !== "damage" && key !== "limit") expect(text).toContain(value);
      }
    },
  );

  it("says what to do about the refusals a sender can fix", () => {
    const say = (p: Problem<FileProblemCode>): string[] => [problemText(p, "zh-CN"), problemText(p, "en-US")];
    expect(say({ code: "wps-et", params: {} })).toEqual([expect.stringContaining("另存为 .xlsx 或 .xls"), expect.stringContaining("save it as .xlsx or .xls")]);
    expect(say({ code: "encrypted", params: {} })).toEqual([expect.stringContaining("取消密码"), expect.stringContaining("remove the password")]);
    expect(say({ code: "legacy-xls", params: {} })).toEqual([expect.stringContaining("另存为 .xlsx"), expect.stringContaining("save it as .xlsx")]);
  });
});
