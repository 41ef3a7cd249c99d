/**
 * Every problem Office can give the pane and the ribbon command has their own words in Chinese and
 * English (src/taskpane/strings.ts, src/commands/strings.ts), and a refusal the port throws is
 * shown in the pane's words, never a raw or bilingual string.
 */
import { commandProblemText } from "../../src/commands/commands";
import { uiStrings } from "../../src/commands/strings";
import { fail, OFFICE_PROBLEM_CODES, type OfficeProblemCode, type Problem } from "../../src/core/problem";
import { noticeText } from "../../src/taskpane/notice-text";
import { noticeOf } from "../../src/taskpane/problems";
import { paneStrings } from "../../src/taskpane/strings";
import { examplesOf } from "../support/problems";

const CJK = /[\u4e00-\u9fff]/;
/** English words, apart from the facts they carry (a sheet's name is Chinese in either language). */
const withoutFacts = (text: string, p: Problem): string => Object.values(p.params).reduce<string>((t, v) => t.split(String(v)).join(""), text);
const examples = examplesOf(OFFICE_PROBLEM_CODES).map((p) => [p.code, JSON.stringify(p.params), p] as const);

describe("words for every problem from Office", () => {
  it("each edge covers exactly the codes the adapter raises", () => {
    for (const lang of ["zh-CN", "en-US"] as const) {
      expect(Object.keys(paneStrings[lang].problem).sort()).toEqual([...OFFICE_PROBLEM_CODES].sort());
      expect(Object.keys(uiStrings[lang].problem).sort()).toEqual([...OFFICE_PROBLEM_CODES].sort());
    }
  });

  it.each(examples)("the pane: %s %s", (_code, _params, p: Problem<OfficeProblemCode>) => {
    const zh = noticeText({ kind: "problem", problem: p }, paneStrings["zh-CN"], "zh-CN");
    const en = noticeText({ kind: "problem", problem: p }, paneStrings["en-US"], "en-US");
    expect(zh.body).toMatch(CJK);
    expect(withoutFacts(en.body, p)).not.toMatch(CJK);
    // Office's own words are a detail under the message, never the message.
    for (const value of Object.values(p.params)) {
      if (p.code === "write-interrupted" || p.code === "office-failed") expect([zh.body, zh.detail]).toEqual([expect.not.stringContaining(String(value)), expect.stringContaining(String(value))]);
      else if (typeof value === "string" && p.code !== "too-large") expect([zh.body, en.body]).toEqual([expect.stringContaining(value), expect.stringContaining(value)]);
    }
  });

  it.each(examples)("the ribbon command: %s %s", (_code, _params, p: Problem<OfficeProblemCode>) => {
    expect(commandProblemText(p, "zh-CN")).toMatch(CJK);
    expect(withoutFacts(commandProblemText(p, "en-US"), p)).not.toMatch(CJK);
  });
});

describe("a refusal the port throws", () => {
  it("is shown in the pane's words, in its language only", () => {
    const notice = noticeOf(fail("sheet-protected", { sheet: "项目表" }));
    expect(noticeText(notice, paneStrings["en-US"], "en-US")).toEqual({
      intent: "warning",
      title: "Not done",
      body: "“项目表”: The sheet is protected; nothing was written. Unprotect it (Review tab, Unprotect Sheet) and try again.",
    });
    const zh = noticeText(noticeOf(fail("cell-edit-mode", {})), paneStrings["zh-CN"], "zh-CN");
    expect(zh.body).toBe("有单元格正在编辑。请按 Enter 或 Esc 结束编辑后重试。");
    expect(zh.body).not.toContain(" / ");
  });

  it("anything else from Office asks for a retry, with Office's words as the detail", () => {
    const text = noticeText(noticeOf(new Error("RichApi.Error: busy")), paneStrings["zh-CN"], "zh-CN");
    expect(text).toMatchObject({ intent: "error", body: expect.stringContaining("请稍后重试"), detail: "Excel 的原始信息：RichApi.Error: busy" });
  });
});
