/**
 * The pane over the real adapter and engine on the fake Excel host, under fault and attack:
 * a write sync that fails part-way leaves a clear message and 清除标记 still restores the sheet; cell
 * text that looks like markup travels through the engine's messages and is shown as text only.
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createExcelPort } from "../../src/excel";
import { seedSpec } from "../../tools/samples/seed-shenzhen-2021";
import { toGridData, withCells, type SheetSpec } from "../../tools/samples/sheet-spec";
import { Root } from "../../src/taskpane/Root";
import { FakeExcel } from "../support/fake-excel";

const SHEET = seedSpec.name;

function setup(spec: SheetSpec = seedSpec) {
  const fake = new FakeExcel();
  fake.addSheet(spec.name, { grid: toGridData(spec), fills: { B5: "#FFFF00" }, notes: { C5: "填表人：内容已压缩" } });
  const port = createExcelPort(fake.run, { supports: fake.supports, libraryHas: fake.libraryHas, displayLanguage: () => "zh-CN" });
  const user = userEvent.setup();
  const view = render(<Root port={port} readTheme={() => null} />);
  const snapshot = () => ({
    contents: fake.contents(spec.name),
    formats: fake.formats(spec.name),
    merges: fake.merges(spec.name),
    annotations: fake.annotations(spec.name),
    conditionalFormats: fake.conditionalFormats(spec.name),
  });
  return { fake, user, snapshot, ...view };
}

test("a write that fails part-way says so, and 清除标记 then restores the sheet exactly", async () => {
  const { fake, user, snapshot } = setup();
  const before = snapshot();
  // The first check reads, locates the user's note, then writes: the write fails after two commands.
  fake.failNextSync({ code: "GeneralException", message: "The operation failed.", afterSyncs: 2, afterWrites: 2 });
  await user.click(screen.getByRole("button", { name: "校验本表" }));
  const banner = await screen.findByText(/写入工作表时出错/);
  expect(banner).toHaveTextContent("部分标记可能已写入");
  expect(banner).toHaveTextContent("清除标记");
  expect(banner).toHaveTextContent("The operation failed.");
  expect(snapshot()).not.toEqual(before); // something did reach the sheet

  // 清除标记 lives in the 更多操作 menu.
  await user.click(screen.getByRole("button", { name: "更多操作" }));
  await user.click(await screen.findByRole("menuitem", { name: "清除标记" }));
  expect(await screen.findByText(/已清除 “.+”\d+ 个单元格的标记/)).toBeInTheDocument();
  expect(snapshot()).toEqual(before);

  // And the pane works on: the next check marks the sheet as a first check would.
  await user.click(screen.getByRole("button", { name: "校验本表" }));
  await screen.findByRole("button", { name: /邀请代表列席常委会会议人数/ });
  expect(fake.displayedFill(SHEET, "G25")).toBe("#FFC7CE");
});

test("markup in cells reaches the pane through the engine's messages as text, never as HTML", async () => {
  const IMG = "<img src=x onerror=alert(1)>";
  const SCRIPT = "<script>window.__pwned = 1</script>";
  const spec = withCells(seedSpec, { D25: IMG, B2: `${SCRIPT}办公厅`, D17: `<b onmouseover=alert(2)>专家评审会次数</b>` });
  const alerts = jest.spyOn(window, "alert").mockImplementation(() => undefined);
  const { user, container } = setup(spec);
  await user.click(screen.getByRole("button", { name: "校验本表" }));

  // The unmet indicator is named by its (hostile) name, in the engine's own message.
  const findings = await screen.findByRole("list", { name: "问题清单" });
  const unmet = within(findings).getAllByRole("button").find((b) => b.getAttribute("data-rule") === "indicator-unmet");
  expect(unmet).toBeDefined();
  expect(unmet).toHaveTextContent(`「${IMG}」实际完成值 36 未达到预期指标值 >50人次`);
  // The unit's name is folded under 表格信息与金额, loaded when the pane first shows results.
  await user.click(await screen.findByRole("button", { name: "表格信息与金额" }));
  expect(await screen.findByText(`${SCRIPT}办公厅`)).toBeInTheDocument();
  expect(screen.getByText(/<b onmouseover=alert\(2\)>专家评审会次数<\/b>/)).toBeInTheDocument();

  // Nothing the cells said became an element or an attribute.
  expect(container.querySelector("img, script, b, [onerror], [onmouseover]")).toBeNull();
  await waitFor(() => expect(alerts).not.toHaveBeenCalled());
  expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  alerts.mockRestore();
});
