import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Root } from "../../src/taskpane/Root";
import { deferred, FakePort } from "../support/fake-port";
import { farFinding, noFormCheck, SHEET, seedCheck, unmetFinding } from "../support/sheet-results";
import type { SheetCheck } from "../../src/excel/port";

function renderPane(port: FakePort, theme: { isDarkTheme?: boolean; bodyBackgroundColor?: string } | null = null) {
  const user = userEvent.setup();
  const view = render(<Root port={port} readTheme={() => theme} />);
  return { user, ...view };
}

async function checkSheet(user: ReturnType<typeof userEvent.setup>, name = "校验本表") {
  await user.click(screen.getByRole("button", { name }));
}

describe("task pane", () => {
  test("starts with a hint and does nothing to the workbook until asked", () => {
    const port = new FakePort(seedCheck());
    renderPane(port);
    expect(screen.getByRole("heading", { level: 1, name: "自评表校验" })).toBeInTheDocument();
    expect(screen.getByText(/点击“校验本表”检查当前工作表/)).toBeInTheDocument();
    expect(port.calls).toEqual([]);
  });

  test("a sheet without a form shows the empty state with what the add-in looks for, not a banner", async () => {
    const port = new FakePort(noFormCheck("Sheet2"));
    const { user } = renderPane(port);
    await checkSheet(user);
    expect(await screen.findByRole("heading", { name: "本工作表中未找到绩效自评表" })).toBeInTheDocument();
    expect(screen.getByText(/指标表：一级指标、二级指标、三级指标/)).toBeInTheDocument();
    expect(screen.queryByText("未执行")).not.toBeInTheDocument();
  });

  test("shows the form header and the engine's figures", async () => {
    const port = new FakePort(seedCheck());
    const { user } = renderPane(port);
    await checkSheet(user);
    expect(await screen.findByRole("heading", { name: "部门整体支出绩效自评表" })).toBeInTheDocument();
    expect(screen.getByText("深圳市人大常委会办公厅")).toBeInTheDocument();
    expect(screen.getByText("2021年度")).toBeInTheDocument();
    expect(screen.getAllByText(SHEET).length).toBeGreaterThan(0);
    expect(screen.getByText("146,963,013.91")).toBeInTheDocument();
    expect(screen.getByText("140,363,937.12")).toBeInTheDocument();
    expect(screen.getByText("95.51%")).toBeInTheDocument();
    expect(screen.getByText("单位：元")).toBeInTheDocument();
    const counts = screen.getByRole("group", { name: "问题" });
    expect(within(counts).getByText("错误 1")).toBeInTheDocument();
    expect(within(counts).getByText("警告 1")).toBeInTheDocument();
    expect(within(counts).getByText("提示 1")).toBeInTheDocument();
    expect(screen.getByText("已在表中标记 4 个单元格")).toBeInTheDocument();
  });

  test("groups findings by severity, each with the rule's title, message and cell", async () => {
    const port = new FakePort(seedCheck());
    const { user } = renderPane(port);
    await checkSheet(user);
    const errors = await screen.findByRole("list", { name: "错误" });
    const unmet = within(errors).getByRole("button");
    expect(unmet).toHaveTextContent("指标未完成");
    expect(unmet).toHaveTextContent(unmetFinding.message["zh-CN"]);
    expect(unmet).toHaveTextContent("单元格 F30");
    expect(within(screen.getByRole("list", { name: "警告" })).getByRole("button")).toHaveTextContent("F25");
    const info = within(screen.getByRole("list", { name: "提示" })).getByRole("button");
    expect(info).toHaveTextContent("F27");
    expect(info).toHaveTextContent("等 1 个单元格");
  });

  test("clicking a finding selects its first cell on the form's sheet", async () => {
    const port = new FakePort(seedCheck());
    const { user } = renderPane(port);
    await checkSheet(user);
    await user.click(await screen.findByRole("button", { name: /邀请代表列席常委会会议人数/ }));
    await user.click(screen.getByRole("button", { name: /专家评审会次数/ }));
    expect(port.selected).toEqual([
      { sheet: SHEET, address: "F30" },
      { sheet: SHEET, address: farFinding.cells[0] },
    ]);
  });

  test("findings are focusable buttons; Enter and Space select the cell", async () => {
    const port = new FakePort(seedCheck());
    const { user } = renderPane(port);
    await checkSheet(user);
    const target = await screen.findByRole("button", { name: /邀请代表列席常委会会议人数/ });
    // Tabster (Fluent's focus manager) cannot measure layout in jsdom, so real Tab order is left to
    // the browser test; here: a native, enabled button in the tab sequence, driven by the keyboard.
    expect(target.tagName).toBe("BUTTON");
    expect(target.tabIndex).toBe(0);
    expect(target).toBeEnabled();
    act(() => target.focus());
    expect(target).toHaveFocus();
    await user.keyboard("{Enter}");
    await user.keyboard(" ");
    expect(port.selected).toEqual([
      { sheet: SHEET, address: "F30" },
      { sheet: SHEET, address: "F30" },
    ]);
  });

  test("the language toggle switches labels and the findings' messages", async () => {
    const port = new FakePort(seedCheck());
    const { user } = renderPane(port);
    await checkSheet(user);
    await screen.findByText(unmetFinding.message["zh-CN"]);
    await user.click(screen.getByRole("button", { name: "Switch to English" }));
    expect(screen.getByText(unmetFinding.message["en-US"])).toBeInTheDocument();
    expect(screen.queryByText(unmetFinding.message["zh-CN"])).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Check this sheet" })).toBeInTheDocument();
    expect(screen.getByText("Target not met")).toBeInTheDocument();
    expect(screen.getByRole("main")).toHaveAttribute("lang", "en-US");
    await user.click(screen.getByRole("button", { name: "切换到中文" }));
    expect(screen.getByText(unmetFinding.message["zh-CN"])).toBeInTheDocument();
  });

  test("starts in English when Office's display language is English, and writes the summary in it", async () => {
    const port = new FakePort(seedCheck());
    port.language = "en-US";
    const { user } = renderPane(port);
    await user.click(screen.getByRole("button", { name: "Write check summary" }));
    expect(await screen.findByText("Wrote the check summary and checked again.")).toBeInTheDocument();
    expect(port.summaryLangs).toEqual(["en-US"]);
  });

  test.each<[string, SheetCheck["refused"], RegExp]>([
    ["protected", { reason: "protected" }, /工作表受保护，未写入任何内容/],
    ["cell edit mode", { reason: "cell-edit-mode" }, /单元格正在编辑/],
    ["unsupported", { reason: "unsupported", detail: "ExcelApi 1.9" }, /不支持该操作。需要 ExcelApi 1\.9/],
    ["no form", { reason: "no-form" }, /未找到绩效自评表，未写入任何内容/],
  ])("a refusal (%s) on 插入合计行 shows a warning banner and no success", async (_name, refused, text) => {
    const port = new FakePort(seedCheck());
    port.totals = { ...seedCheck(), refused };
    const { user } = renderPane(port);
    await user.click(screen.getByRole("button", { name: "插入合计行" }));
    expect(await screen.findByText(text)).toBeInTheDocument();
    expect(screen.getByText("未执行")).toBeInTheDocument();
    expect(screen.queryByText("已写入金额合计行并重新校验。")).not.toBeInTheDocument();
    expect(port.calls.filter((c) => c !== "watchEdits")).toEqual(["insertTotals"]);
  });

  test("a refused write on a protected sheet still shows the check it made", async () => {
    const port = new FakePort({ ...seedCheck(), refused: { reason: "protected" }, marked: 0 });
    const { user } = renderPane(port);
    await checkSheet(user);
    expect(await screen.findByText(/工作表受保护/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /邀请代表列席常委会会议人数/ })).toBeInTheDocument();
  });

  test("an error from the workbook is shown, and the banner can be dismissed", async () => {
    const port = new FakePort(seedCheck());
    port.check = () => Promise.reject(new Error("RichApi.Error: GeneralException"));
    const { user } = renderPane(port);
    await checkSheet(user);
    expect(await screen.findByText("RichApi.Error: GeneralException")).toBeInTheDocument();
    expect(screen.getByText("出错了")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "关闭" }));
    expect(screen.queryByText("RichApi.Error: GeneralException")).not.toBeInTheDocument();
    // The pane stays usable after a failure.
    expect(screen.getByRole("button", { name: "校验本表" })).toBeEnabled();
  });

  test("shows a spinner and disables the actions while the workbook works", async () => {
    const port = new FakePort(seedCheck());
    const pending = deferred<SheetCheck>();
    port.check = pending.promise;
    const { user } = renderPane(port);
    await checkSheet(user);
    expect(screen.getByText("正在处理…")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "校验本表" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "插入合计行" })).toBeDisabled();
    await act(async () => pending.resolve(seedCheck()));
    expect(screen.queryByText("正在处理…")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "校验本表" })).toBeEnabled();
    expect(port.calls.filter((c) => c === "checkActiveSheet")).toHaveLength(1);
  });

  test("cell text is untrusted: markup in a message or a header is shown as text", async () => {
    const evil = "<img src=x onerror=alert(1)>";
    const check = seedCheck([{ ...unmetFinding, message: { "zh-CN": evil, "en-US": evil } }]);
    check.result.form = { ...check.result.form!, unitName: `<b>${evil}</b>` };
    const port = new FakePort(check);
    const { user, container } = renderPane(port);
    await checkSheet(user);
    expect(await screen.findByText(evil)).toBeInTheDocument();
    expect(screen.getByText(`<b>${evil}</b>`)).toBeInTheDocument();
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector("b")).toBeNull();
  });

  test("清除标记 clears, says how many, and returns to the start", async () => {
    const port = new FakePort(seedCheck());
    port.cleared = 4;
    const { user } = renderPane(port);
    await checkSheet(user);
    await screen.findByText("指标未完成");
    await user.click(screen.getByRole("button", { name: "清除标记" }));
    expect(await screen.findByText("已清除 4 个单元格的标记。")).toBeInTheDocument();
    expect(screen.queryByText("指标未完成")).not.toBeInTheDocument();
    expect(screen.getByText(/点击“校验本表”/)).toBeInTheDocument();
  });

  test("检查全部工作表 lists the sheets and shows the one chosen", async () => {
    const port = new FakePort(seedCheck());
    const other = seedCheck([]);
    other.result = { ...other.result, sheet: "项目表", form: { ...other.result.form!, sheet: "项目表" } };
    port.all = [noFormCheck("封面", false), seedCheck(), other];
    const { user } = renderPane(port);
    await user.click(screen.getByRole("button", { name: "检查全部工作表" }));
    const sheets = await screen.findByRole("navigation", { name: "各工作表" });
    expect(within(sheets).getByRole("button", { name: /封面/ })).toBeDisabled();
    expect(within(sheets).getByRole("button", { name: new RegExp(SHEET) })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByText("指标未完成")).toBeInTheDocument();
    await user.click(within(sheets).getByRole("button", { name: /项目表/ }));
    expect(screen.getByText("未发现问题。")).toBeInTheDocument();
    expect(screen.queryByText("指标未完成")).not.toBeInTheDocument();
  });
});

describe("live check", () => {
  test("watches edits after the first check and re-checks on each edit", async () => {
    const port = new FakePort(seedCheck());
    const { user } = renderPane(port);
    expect(screen.getByRole("switch", { name: "实时校验" })).toBeChecked();
    expect(port.watchers.size).toBe(0);
    await checkSheet(user);
    await waitFor(() => expect(port.watchers.size).toBe(1));
    // The user fixes 36 → 60: the next check has no unmet finding.
    port.check = seedCheck([farFinding]);
    await act(async () => port.edit());
    await waitFor(() => expect(screen.queryByText("指标未完成")).not.toBeInTheDocument());
    expect(port.calls.filter((c) => c === "checkActiveSheet")).toHaveLength(2);
    // The re-check after an edit says it is live, so the port leaves live marks of fixed cells alone.
    expect(port.markOptions).toEqual([undefined, { live: true }]);
  });

  test("turning the switch off stops watching; on again resumes", async () => {
    const port = new FakePort(seedCheck());
    const { user } = renderPane(port);
    await checkSheet(user);
    await waitFor(() => expect(port.watchers.size).toBe(1));
    await user.click(screen.getByRole("switch", { name: "实时校验" }));
    await waitFor(() => expect(port.stops).toBe(1));
    expect(port.watchers.size).toBe(0);
    await user.click(screen.getByRole("switch", { name: "实时校验" }));
    await waitFor(() => expect(port.watchers.size).toBe(1));
  });

  test("clearing the marks and unmounting stop watching", async () => {
    const port = new FakePort(seedCheck());
    const { user, unmount } = renderPane(port);
    await checkSheet(user);
    await waitFor(() => expect(port.watchers.size).toBe(1));
    await user.click(screen.getByRole("button", { name: "清除标记" }));
    await waitFor(() => expect(port.watchers.size).toBe(0));
    await checkSheet(user);
    await waitFor(() => expect(port.watchers.size).toBe(1));
    unmount();
    await waitFor(() => expect(port.watchers.size).toBe(0));
  });

  test("an edit during another action is checked once that action ends", async () => {
    const port = new FakePort(seedCheck());
    const { user } = renderPane(port);
    await checkSheet(user);
    await waitFor(() => expect(port.watchers.size).toBe(1));
    const pending = deferred<SheetCheck>();
    port.totals = pending.promise;
    await user.click(screen.getByRole("button", { name: "插入合计行" }));
    await act(async () => port.edit());
    expect(port.calls.filter((c) => c === "checkActiveSheet")).toHaveLength(1);
    await act(async () => pending.resolve(seedCheck()));
    await waitFor(() => expect(port.calls.filter((c) => c === "checkActiveSheet")).toHaveLength(2));
  });
});

describe("theme", () => {
  test("follows Office's dark theme", () => {
    const port = new FakePort(seedCheck());
    const { container } = renderPane(port, { bodyBackgroundColor: "#1F1F1F" });
    expect(container.querySelector("[data-theme]")).toHaveAttribute("data-theme", "dark");
  });

  test("uses the light theme by default", () => {
    const port = new FakePort(seedCheck());
    const { container } = renderPane(port, null);
    expect(container.querySelector("[data-theme]")).toHaveAttribute("data-theme", "light");
  });
});
