import { commandResultText, createCheckActiveSheet } from "../../src/commands/commands";
import { noticeUrl } from "../../src/commands/dialog-notify";
import type { Lang } from "../../src/core/model";
import { documentSettings } from "../../src/excel/document-settings";
import { workbookCheckOptions } from "../../src/commands/workbook-options";
import { scoringSettingsStore } from "../../src/taskpane/scoring-settings";
import { FakeExcel } from "../support/fake-excel";
import { FakePort } from "../support/fake-port";
import { SHEET, noFormCheck, seedCheck } from "../support/sheet-results";

function harness(port: FakePort) {
  const shown: { text: string; lang: Lang }[] = [];
  const events: string[] = [];
  const handler = createCheckActiveSheet({
    port,
    notify: async (text, lang) => {
      events.push("notify");
      shown.push({ text, lang });
    },
  });
  const event = { completed: () => events.push("completed") };
  return { shown, events, run: () => handler(event) };
}

describe("checkActiveSheet command", () => {
  test("checks the active sheet through the port, reports the counts, then completes", async () => {
    const port = new FakePort(seedCheck());
    const { shown, events, run } = harness(port);
    await run();
    expect(port.calls).toEqual(["checkActiveSheet"]);
    expect(shown).toEqual([
      { text: `“${SHEET}”：错误 1 个，警告 1 个，提示 1 条；已标记 4 个单元格。打开校验窗格可查看详情。`, lang: "zh-CN" },
    ]);
    expect(events).toEqual(["notify", "completed"]);
  });

  test("speaks Office's display language", async () => {
    const port = new FakePort(seedCheck([]));
    port.language = "en-US";
    const { shown, run } = harness(port);
    await run();
    expect(shown).toEqual([{ text: `“${SHEET}”: no problems found.`, lang: "en-US" }]);
  });

  test("says so when the sheet has no form or the write was refused", () => {
    expect(commandResultText(noFormCheck(), "zh-CN")).toBe("本工作表中未找到绩效自评表，未写入任何内容。");
    expect(commandResultText(noFormCheck("S", false), "en-US")).toBe(
      "No self-evaluation form on this sheet; nothing was written.",
    );
    expect(commandResultText({ ...seedCheck(), refused: { code: "sheet-protected", params: {} } }, "zh-CN")).toMatch(/工作表受保护/);
    expect(commandResultText({ ...seedCheck(), refused: { code: "api-missing", params: { needs: "ExcelApi 1.9" } } }, "en-US")).toBe(
      "This version of Excel does not support this action (it needs ExcelApi 1.9). Update Office and try again.",
    );
  });

  test("a failure is shown to the user and the command still completes", async () => {
    const port = new FakePort(seedCheck());
    port.check = () => Promise.reject(new Error("boom"));
    const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const { shown, events, run } = harness(port);
      await run();
      expect(shown).toEqual([{ text: "校验失败：boom", lang: "zh-CN" }]);
      expect(events).toEqual(["notify", "completed"]);
      expect(errors).toHaveBeenCalledWith(expect.objectContaining({ message: "boom" }));
    } finally {
      errors.mockRestore();
    }
  });

  test("completes even when the notification itself fails, and lets that failure surface", async () => {
    const port = new FakePort(seedCheck());
    const events: string[] = [];
    const handler = createCheckActiveSheet({
      port,
      notify: () => Promise.reject(new Error("no dialog")),
    });
    const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      await expect(handler({ completed: () => events.push("completed") })).rejects.toThrow("no dialog");
      expect(events).toEqual(["completed"]);
    } finally {
      errors.mockRestore();
    }
  });
});

describe("noticeUrl", () => {
  test("puts the text in the query string of notice.html beside the function file", () => {
    const url = new URL(noticeUrl("https://addin.example.gov.cn/ziping/commands.html", "错误 <b>1</b> & 2", "zh-CN"));
    expect(url.origin + url.pathname).toBe("https://addin.example.gov.cn/ziping/notice.html");
    expect(url.searchParams.get("m")).toBe("错误 <b>1</b> & 2");
    expect(url.searchParams.get("lang")).toBe("zh-CN");
  });
});

describe("the ribbon's runtime", () => {
  test("checks with the scoring settings the pane saved in the workbook after the ribbon's runtime started", async () => {
    const fake = new FakeExcel();
    const ribbonSettings = documentSettings(fake.runtimeSettings())!;
    const pane = scoringSettingsStore(documentSettings(fake.runtimeSettings()));
    await pane.save({ profile: "hubei", explainOverAchievement: false, capByExecutionRate: true });
    const port = new FakePort(seedCheck());
    const handler = createCheckActiveSheet({
      port,
      notify: async () => undefined,
      checkOptions: workbookCheckOptions(ribbonSettings),
    });
    await handler({ completed: () => undefined });
    expect(port.options).toEqual([{ method: "checkActiveSheet", options: { profile: "hubei", capByExecutionRate: true } }]);
  });
});
