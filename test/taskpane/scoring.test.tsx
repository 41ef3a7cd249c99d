/**
 * The 评分 section of the pane: 总分/等级 computed and stated, the profile used, the scoring settings
 * (each change re-checks with them, and every later port call carries them), and 填写得分.
 */
import { act, render, renderHook, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { documentSettings, type SettingsHost } from "../../src/excel/document-settings";
import type { SheetCheck } from "../../src/excel/port";
import { Root } from "../../src/taskpane/Root";
import { SCORING_SETTINGS_KEY, scoringSettingsStore, type ScoringSettingsStore } from "../../src/taskpane/scoring-settings";
import { usePaneState } from "../../src/taskpane/usePaneState";
import { deferred, FakePort } from "../support/fake-port";
import { noFormCheck, scoredCheck, seedCheck } from "../support/sheet-results";

jest.setTimeout(20_000);

function renderPane(port: FakePort, settings?: ScoringSettingsStore) {
  const user = userEvent.setup();
  const view = render(<Root port={port} readTheme={() => null} settings={settings} />);
  return { user, ...view };
}

type User = ReturnType<typeof userEvent.setup>;

/** Checks, then unfolds 评分 (folded under the findings) when the form has scores. */
async function checkSheet(user: User) {
  await user.click(screen.getByRole("button", { name: "校验本表" }));
  await screen.findByText(/^部门整体支出绩效自评表/);
  // The folded sections load after the first paint.
  await screen.findByRole("button", { name: "表格信息与金额" });
  const header = screen.queryByRole("button", { name: "评分" });
  if (header) await user.click(header);
}

/** Runs an action from the 更多操作 menu. */
async function fromMenu(user: User, name: string, menu = "更多操作") {
  await user.click(await screen.findByRole("button", { name: menu }));
  await user.click(await screen.findByRole("menuitem", { name }));
}

const scoringSection = () => screen.getByRole("group", { name: "评分" });

/** The value of a term in the section's lists. */
function fact(term: string): string | null {
  const dt = within(scoringSection()).getByText(term, { selector: "dt" });
  return dt.nextElementSibling?.textContent ?? null;
}

/** A control once the pane is idle again (controls wait while the workbook works). */
async function enabled(role: "radio" | "switch" | "button", name: string): Promise<HTMLElement> {
  const control = screen.getByRole(role, { name });
  await waitFor(() => expect(control).toBeEnabled());
  return control;
}

/** The options of every port call that checks, after the first `skip` of them. */
const optionsSince = (port: FakePort, skip = 0) => port.options.slice(skip);

/** Office.context.document.settings in memory, with a switch to make saving fail. */
class FakeSettingsHost implements SettingsHost {
  readonly values = new Map<string, unknown>();
  saves = 0;
  failSave: string | null = null;
  get(name: string): unknown {
    return this.values.has(name) ? JSON.parse(JSON.stringify(this.values.get(name))) : null;
  }
  set(name: string, value: unknown): void {
    this.values.set(name, JSON.parse(JSON.stringify(value)));
  }
  saveAsync(callback: (result: { status: unknown; error?: { message: string } | null }) => void): void {
    this.saves++;
    const failure = this.failSave;
    setTimeout(() => callback(failure ? { status: "failed", error: { message: failure } } : { status: "succeeded" }), 0);
  }
}

describe("the 评分 section", () => {
  test("is not shown for a form without scores", async () => {
    const port = new FakePort(seedCheck());
    const { user } = renderPane(port);
    await checkSheet(user);
    expect(screen.queryByRole("group", { name: "评分" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "填写得分" })).not.toBeInTheDocument();
    // A result that says so explicitly (scoring: null) is the same.
    port.check = { ...seedCheck(), result: { ...seedCheck().result, scoring: null } };
    await checkSheet(user);
    expect(screen.queryByRole("group", { name: "评分" })).not.toBeInTheDocument();
  });

  test("shows 总分 and 等级 by the rules and as stated, and the profile the engine guessed", async () => {
    const port = new FakePort(scoredCheck());
    const { user } = renderPane(port);
    await checkSheet(user);
    expect(scoringSection()).toBeInTheDocument();
    expect(fact("总分（按评分规则）")).toBe("97.05");
    expect(fact("总分（表中填写）")).toBe("97.6");
    expect(fact("等级（按评分规则）")).toBe("优");
    expect(fact("等级（表中填写）")).toBe("良");
    expect(fact("评分口径")).toBe("按湖北省口径（根据表式判断）");
  });

  test("says which profile was chosen, and — for what the form leaves blank", async () => {
    const port = new FakePort(scoredCheck({ profile: "central", guessed: false, statedTotal: null, statedGrade: null, grade: null, computedTotal: null }));
    const { user } = renderPane(port);
    await checkSheet(user);
    expect(fact("评分口径")).toBe("按财政部通用口径");
    expect(fact("总分（按评分规则）")).toBe("—");
    expect(fact("总分（表中填写）")).toBe("—");
    expect(fact("等级（按评分规则）")).toBe("—");
    expect(fact("等级（表中填写）")).toBe("—");
  });

  test("has labelled controls with the defaults: 自动, both extras off", async () => {
    const port = new FakePort(scoredCheck());
    const { user } = renderPane(port);
    await checkSheet(user);
    const profiles = screen.getByRole("radiogroup", { name: "选择评分口径" });
    expect(within(profiles).getByRole("radio", { name: "自动" })).toBeChecked();
    expect(within(profiles).getByRole("radio", { name: "财政部通用" })).not.toBeChecked();
    expect(within(profiles).getByRole("radio", { name: "湖北省" })).not.toBeChecked();
    const explain = screen.getByRole("switch", { name: "超出目标 130% 须说明（广西）" });
    const cap = screen.getByRole("switch", { name: "按预算执行率限制总分" });
    expect(explain).not.toBeChecked();
    expect(cap).not.toBeChecked();
    expect(cap).toHaveAccessibleDescription(/预算执行率 70%–80% 总分最高 89 分/);
    expect(screen.getByRole("button", { name: "填写得分" })).toHaveAccessibleDescription(/空白的得分单元格/);
  });

  test("changing the profile or a switch re-checks with the new options", async () => {
    const port = new FakePort(scoredCheck());
    const { user } = renderPane(port);
    await checkSheet(user);
    expect(port.options).toEqual([{ method: "checkActiveSheet", options: {} }]);

    port.check = scoredCheck({ profile: "hubei", guessed: false });
    await user.click(screen.getByRole("radio", { name: "湖北省" }));
    await waitFor(() => expect(port.options).toHaveLength(2));
    expect(port.options[1]).toEqual({ method: "checkActiveSheet", options: { profile: "hubei" } });
    expect(await screen.findByText("按湖北省口径")).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "湖北省" })).toBeChecked();

    await user.click(await enabled("switch", "超出目标 130% 须说明（广西）"));
    await waitFor(() => expect(port.options).toHaveLength(3));
    expect(port.options[2].options).toEqual({ profile: "hubei", explainOverAchievement: true });

    await user.click(await enabled("switch", "按预算执行率限制总分"));
    await waitFor(() => expect(port.options).toHaveLength(4));
    expect(port.options[3].options).toEqual({ profile: "hubei", explainOverAchievement: true, capByExecutionRate: true });

    await user.click(await enabled("radio", "自动"));
    await waitFor(() => expect(port.options).toHaveLength(5));
    await user.click(await enabled("switch", "超出目标 130% 须说明（广西）"));
    await waitFor(() => expect(port.options).toHaveLength(6));
    expect(port.options[5].options).toEqual({ capByExecutionRate: true });
    expect(port.calls.filter((c) => c !== "watchEdits")).toEqual(Array(6).fill("checkActiveSheet"));
  });

  test("every later port call carries the settings: 插入合计行, 写入校验摘要, 填写得分, 检查全部工作表 and the live re-check", async () => {
    const port = new FakePort(scoredCheck());
    const { user } = renderPane(port);
    await checkSheet(user);
    await user.click(screen.getByRole("radio", { name: "财政部通用" }));
    await waitFor(() => expect(port.options).toHaveLength(2));
    await user.click(await enabled("switch", "按预算执行率限制总分"));
    await waitFor(() => expect(port.options).toHaveLength(3));
    const expected = { profile: "central", capByExecutionRate: true };

    await fromMenu(user, "插入合计行");
    await screen.findByText("金额合计行已是正确的公式，未作改动。");
    await fromMenu(user, "写入校验摘要");
    await screen.findByText("校验摘要没有变化，未作改动。");
    await user.click(screen.getByRole("button", { name: "填写得分" }));
    await waitFor(() => expect(port.calls).toContain("fillScores"));
    await waitFor(() => expect(port.watchers.size).toBe(1));
    await act(async () => port.edit());
    await waitFor(() => expect(port.options).toHaveLength(7));
    await user.click(screen.getByRole("button", { name: "校验全部工作表" }));
    await waitFor(() => expect(port.options).toHaveLength(8));

    expect(optionsSince(port, 3)).toEqual([
      { method: "insertTotals", options: expected },
      { method: "writeSummary", options: expected },
      { method: "fillScores", options: expected },
      { method: "checkActiveSheet", options: expected },
      { method: "checkAllSheets", options: expected },
    ]);
  });

  test("with several sheets on show, a change re-checks all of them", async () => {
    const port = new FakePort(scoredCheck());
    port.all = [noFormCheck("封面", false), scoredCheck()];
    const { user } = renderPane(port);
    await user.click(screen.getByRole("button", { name: "校验全部工作表" }));
    await screen.findByRole("combobox", { name: "各工作表" });
    await user.click(await screen.findByRole("button", { name: "评分" }));
    await user.click(screen.getByRole("radio", { name: "湖北省" }));
    await waitFor(() => expect(port.options).toHaveLength(2));
    expect(port.options[1]).toEqual({ method: "checkAllSheets", options: { profile: "hubei" } });
  });

  test("the controls wait while the workbook works", async () => {
    const port = new FakePort(scoredCheck());
    const { user } = renderPane(port);
    await checkSheet(user);
    const pending = deferred<SheetCheck>();
    port.check = pending.promise;
    await user.click(screen.getByRole("radio", { name: "湖北省" }));
    expect(screen.getByText("正在处理…")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "填写得分" })).toBeDisabled();
    expect(screen.getByRole("switch", { name: "按预算执行率限制总分" })).toBeDisabled();
    expect(screen.getByRole("radio", { name: "自动" })).toBeDisabled();
    await act(async () => pending.resolve(scoredCheck({ guessed: false })));
    expect(screen.getByRole("button", { name: "填写得分" })).toBeEnabled();
    expect(screen.getByRole("radio", { name: "湖北省" })).toBeChecked();
  });

  test("an edit that arrives while a settings re-check runs is checked with the settings afterwards", async () => {
    const port = new FakePort(scoredCheck());
    const { user } = renderPane(port);
    await checkSheet(user);
    await waitFor(() => expect(port.watchers.size).toBe(1));
    const pending = deferred<SheetCheck>();
    port.check = pending.promise;
    await user.click(screen.getByRole("radio", { name: "湖北省" }));
    await act(async () => port.edit());
    port.check = scoredCheck();
    await act(async () => pending.resolve(scoredCheck()));
    await waitFor(() => expect(port.options).toHaveLength(3));
    expect(port.options[2]).toEqual({ method: "checkActiveSheet", options: { profile: "hubei" } });
  });

  test("in English", async () => {
    const port = new FakePort(scoredCheck());
    port.language = "en-US";
    const { user } = renderPane(port);
    await user.click(screen.getByRole("button", { name: "Check this sheet" }));
    await user.click(await screen.findByRole("button", { name: "Scoring" }));
    const section = await screen.findByRole("group", { name: "Scoring" });
    expect(within(section).getByText("Hubei (guessed from the layout)")).toBeInTheDocument();
    expect(within(section).getByText("优 (excellent)")).toBeInTheDocument();
    expect(screen.getByRole("radiogroup", { name: "Choose the scoring method" })).toBeInTheDocument();
    expect(screen.getByRole("switch", { name: "Cap the total by the budget execution rate" })).toBeInTheDocument();
    expect(screen.getByRole("switch", { name: "Explain results at 130% of target or more (Guangxi)" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Fill in scores" })).toBeInTheDocument();
  });
});

describe("填写得分", () => {
  test("calls the port, shows the re-checked result and how many cells it filled", async () => {
    const port = new FakePort(scoredCheck({ computedTotal: "100.00", statedTotal: null }));
    port.scores = { ...scoredCheck({ computedTotal: "100.00", statedTotal: "100" }, []), filled: 4 };
    port.preview.scores = { changes: ["K10", "K11", "K12", "K20"].map((address) => ({ address, before: "", after: "10" })), formatsChanged: [] };
    const { user } = renderPane(port);
    await checkSheet(user);
    expect(fact("总分（表中填写）")).toBe("—");
    await user.click(screen.getByRole("button", { name: "填写得分" }));
    expect(await screen.findByText("已填写得分：K10、K11、K12、K20。已重新校验。")).toBeInTheDocument();
    expect(fact("总分（表中填写）")).toBe("100");
    expect(screen.getByText("未发现问题。")).toBeInTheDocument();
    expect(port.calls.filter((c) => c !== "watchEdits")).toEqual(["checkActiveSheet", "previewWrite:scores", "fillScores"]);
  });

  test("says so when there was nothing to fill", async () => {
    const port = new FakePort(scoredCheck());
    port.scores = { ...scoredCheck(), filled: 0 };
    const { user } = renderPane(port);
    await checkSheet(user);
    await user.click(screen.getByRole("button", { name: "填写得分" }));
    expect(await screen.findByText("没有可按规则填写的空白得分单元格，未写入任何内容。")).toBeInTheDocument();
    expect(screen.queryByText(/已填写得分/)).not.toBeInTheDocument();
  });

  test.each<[string, SheetCheck["refused"], RegExp]>([
    ["protected", { code: "sheet-protected", params: {} }, /工作表受保护，未写入任何内容/],
    ["no form", { code: "no-form", params: {} }, /未找到绩效自评表，未写入任何内容/],
    ["cell edit mode", { code: "cell-edit-mode", params: {} }, /有单元格正在编辑/],
  ])("a refusal (%s) is shown as a warning, with no success", async (_name, refused, text) => {
    const port = new FakePort(scoredCheck());
    port.scores = { ...scoredCheck(), refused };
    const { user } = renderPane(port);
    await checkSheet(user);
    await user.click(screen.getByRole("button", { name: "填写得分" }));
    expect(await screen.findByText(text)).toBeInTheDocument();
    expect(screen.getByText("操作未完成")).toBeInTheDocument();
    expect(screen.queryByText(/已填写得分|没有可按规则填写/)).not.toBeInTheDocument();
  });

  test("an error from the workbook is shown", async () => {
    const port = new FakePort(scoredCheck());
    port.scores = () => Promise.reject(new Error("RichApi.Error: AccessDenied"));
    const { user } = renderPane(port);
    await checkSheet(user);
    await user.click(screen.getByRole("button", { name: "填写得分" }));
    expect(await screen.findByText(/Excel 未能完成这项操作/)).toBeInTheDocument();
    expect(screen.getByText("Excel 的原始信息：RichApi.Error: AccessDenied")).toBeInTheDocument();
    expect(screen.getByText("出错了")).toBeInTheDocument();
  });
});

describe("settings kept in the workbook", () => {
  test("a change is saved in the document's settings, and the next pane on that workbook starts with it", async () => {
    const host = new FakeSettingsHost();
    const port = new FakePort(scoredCheck());
    const first = renderPane(port, scoringSettingsStore(documentSettings(host)));
    await checkSheet(first.user);
    await first.user.click(screen.getByRole("radio", { name: "湖北省" }));
    await first.user.click(screen.getByRole("switch", { name: "按预算执行率限制总分" }));
    await waitFor(() => expect(host.saves).toBe(2));
    expect(host.values.get(SCORING_SETTINGS_KEY)).toEqual({ profile: "hubei", explainOverAchievement: false, capByExecutionRate: true });
    first.unmount();

    const again = new FakePort(scoredCheck());
    const second = renderPane(again, scoringSettingsStore(documentSettings(host)));
    await checkSheet(second.user);
    expect(again.options).toEqual([{ method: "checkActiveSheet", options: { profile: "hubei", capByExecutionRate: true } }]);
    expect(screen.getByRole("radio", { name: "湖北省" })).toBeChecked();
    expect(screen.getByRole("switch", { name: "按预算执行率限制总分" })).toBeChecked();
  });

  test("a failure to save is shown, and the settings still apply to this pane", async () => {
    const host = new FakeSettingsHost();
    host.failSave = "The settings could not be saved.";
    const port = new FakePort(scoredCheck());
    const { user } = renderPane(port, scoringSettingsStore(documentSettings(host)));
    await checkSheet(user);
    await user.click(screen.getByRole("radio", { name: "湖北省" }));
    expect(await screen.findByText("Excel 的原始信息：The settings could not be saved.")).toBeInTheDocument();
    expect(port.options[1]).toEqual({ method: "checkActiveSheet", options: { profile: "hubei" } });
    await fromMenu(user, "插入合计行");
    await waitFor(() => expect(port.options).toHaveLength(3));
    expect(port.options[2]).toEqual({ method: "insertTotals", options: { profile: "hubei" } });
  });
});

describe("a settings change while another action runs", () => {
  test("is checked with the new settings once that action ends", async () => {
    const port = new FakePort(scoredCheck());
    const { result } = renderHook(() => usePaneState(port));
    await act(() => result.current.actions.check());
    const pending = deferred<SheetCheck>();
    port.totals = pending.promise;
    let totals!: Promise<void>;
    act(() => {
      totals = result.current.actions.write("totals");
    });
    // The controls are disabled by now; a change that slipped in before that render still counts.
    await act(() => result.current.actions.setScoring({ profile: "central", explainOverAchievement: true, capByExecutionRate: false }));
    await waitFor(() => expect(port.options.map((o) => o.method)).toEqual(["checkActiveSheet", "insertTotals"]));
    await act(async () => {
      pending.resolve(scoredCheck());
      await totals;
    });
    expect(port.options[2]).toEqual({ method: "checkActiveSheet", options: { profile: "central", explainOverAchievement: true } });
    expect(result.current.state.scoring.profile).toBe("central");
  });
});
