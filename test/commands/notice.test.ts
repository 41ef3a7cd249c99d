/**
 * @jest-environment jsdom
 */
// The ribbon command's result dialog and the helper that opens it, against a minimal fake `Office`.
import { dialogNotify } from "../../src/commands/dialog-notify";

type Handler = (arg: unknown) => void;

function fakeOffice(options: { dialogApi?: boolean; openFails?: boolean } = {}) {
  const handlers = new Map<string, Handler>();
  const opened: string[] = [];
  const dialog = { close: jest.fn(), addEventHandler: (type: string, h: Handler) => handlers.set(type, h) };
  const messageParent = jest.fn();
  const office = {
    onReady: (cb: () => void) => cb(),
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    context: {
      requirements: { isSetSupported: (name: string) => name === "DialogApi" && options.dialogApi !== false },
      ui: {
        messageParent,
        displayDialogAsync: (url: string, _opts: unknown, cb: (r: unknown) => void) => {
          opened.push(url);
          cb(
            options.openFails
              ? { status: "failed", error: { message: "12007" } }
              : { status: "succeeded", value: dialog },
          );
        },
      },
    },
  };
  (globalThis as unknown as { Office: unknown }).Office = office;
  return { handlers, opened, dialog, messageParent };
}

afterEach(() => {
  delete (globalThis as unknown as { Office?: unknown }).Office;
  jest.resetModules();
});

describe("notice.html", () => {
  test("shows the message as text with a close button that tells the command", () => {
    const { messageParent } = fakeOffice();
    document.body.innerHTML = '<p id="message"></p><button id="close"></button>';
    const evil = "<img src=x onerror=alert(1)> 错误 1 个";
    window.history.pushState({}, "", `/notice.html?lang=en-US&m=${encodeURIComponent(evil)}`);
    jest.isolateModules(() => require("../../src/commands/notice"));
    expect(document.getElementById("message")!.textContent).toBe(evil);
    expect(document.querySelector("img")).toBeNull();
    const close = document.getElementById("close")!;
    expect(close.textContent).toBe("Close");
    expect(document.documentElement.lang).toBe("en-US");
    close.click();
    expect(messageParent).toHaveBeenCalledWith("close");
  });
});

describe("dialogNotify", () => {
  test("opens notice.html beside the page and resolves when the dialog says close", async () => {
    const { handlers, opened, dialog } = fakeOffice();
    const done = dialogNotify("已标记 4 个单元格", "zh-CN");
    expect(opened).toHaveLength(1);
    const url = new URL(opened[0]!);
    expect(url.pathname.endsWith("/notice.html")).toBe(true);
    expect(url.searchParams.get("m")).toBe("已标记 4 个单元格");
    handlers.get("dialogMessageReceived")!({ message: "close" });
    await expect(done).resolves.toBeUndefined();
    expect(dialog.close).toHaveBeenCalled();
  });

  test("resolves when the user closes the dialog with its own close box", async () => {
    const { handlers } = fakeOffice();
    const done = dialogNotify("x", "zh-CN");
    handlers.get("dialogEventReceived")!({ error: 12006 });
    await expect(done).resolves.toBeUndefined();
  });

  test("rejects when the dialog cannot open, so the command reports it", async () => {
    fakeOffice({ openFails: true });
    await expect(dialogNotify("x", "zh-CN")).rejects.toThrow(/could not open the result dialog: 12007/);
  });

  test("without the Dialog API it resolves at once and says so in the console", async () => {
    const { opened } = fakeOffice({ dialogApi: false });
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      await expect(dialogNotify("x", "zh-CN")).resolves.toBeUndefined();
      expect(opened).toEqual([]);
      expect(warn).toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});
