/**
 * The 评分 section over the real adapter and engine, on the fake Excel host loaded with a project form
 * whose 得分 cells are blank (form_2, Sichuan layout, with its 完成值 filled in): what the pane shows is
 * what the engine computed, 填写得分 writes exactly the blank cells, and the settings reach the engine.
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { checkGrid } from "../../src/core/engine";
import { MARK_FILL } from "../../src/core/model";
import { createExcelPort } from "../../src/excel";
import { toGridData, withCells, type SheetSpec } from "../../tools/samples/sheet-spec";
import { projectSpecSichuan } from "../../tools/samples/variants";
import { Root } from "../../src/taskpane/Root";
import { FakeExcel, type SheetSetup } from "../support/fake-excel";

const SCORE_CELLS = ["H8", "J14", "J15", "J16"];
const unscored = (): SheetSpec => withCells(projectSpecSichuan(), { H14: 100, H15: 100 });

function setup(spec: SheetSpec = unscored(), sheetSetup: Omit<SheetSetup, "grid"> = {}) {
  const fake = new FakeExcel();
  fake.addSheet(spec.name, { ...sheetSetup, grid: toGridData(spec) });
  const port = createExcelPort(fake.run, { supports: fake.supports, libraryHas: fake.libraryHas, displayLanguage: () => "zh-CN" });
  const user = userEvent.setup();
  render(<Root port={port} readTheme={() => null} />);
  return { fake, user, sheet: spec.name };
}

jest.setTimeout(30_000);

const section = () => screen.getByRole("group", { name: "评分" });

function fact(term: string): string | null {
  return within(section()).getByText(term, { selector: "dt" }).nextElementSibling?.textContent ?? null;
}

async function idle(): Promise<void> {
  await waitFor(() => expect(screen.getByRole("button", { name: "校验本表" })).toBeEnabled());
}

async function check(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(screen.getByRole("button", { name: "校验本表" }));
  // 评分 is folded under the findings.
  await user.click(await screen.findByRole("button", { name: "评分" }));
  await screen.findByRole("group", { name: "评分" });
  await idle();
}

test("shows the engine's 总分 and 等级 and the guessed profile; 填写得分 fills the blank 得分 cells once", async () => {
  const { fake, user, sheet } = setup();
  const engine = checkGrid(toGridData(unscored())).scoring!;
  await check(user);
  expect(fact("总分（按评分规则）")).toBe(engine.computedTotal);
  expect(fact("总分（按评分规则）")).toBe("100.00");
  expect(fact("总分（表中填写）")).toBe("—");
  expect(fact("等级（按评分规则）")).toBe("优");
  expect(fact("评分口径")).toBe("按财政部通用口径（根据表式判断）");
  // The blank scores are findings, marked on the sheet.
  const list = screen.getByRole("list", { name: "问题清单" });
  expect(within(list).getAllByRole("button", { name: /^错误：/ })).toHaveLength(3);
  expect(fake.displayedFill(sheet, "J14")).toBe(MARK_FILL.error);
  for (const address of SCORE_CELLS) expect(fake.cell(sheet, address).value).toBeNull();

  await user.click(screen.getByRole("button", { name: "填写得分" }));
  // The banner names the cells it wrote.
  expect(await screen.findByText(`已填写得分：${SCORE_CELLS.join("、")}。已重新校验。`)).toBeInTheDocument();
  expect(SCORE_CELLS.map((a) => fake.cell(sheet, a).value)).toEqual([10, 60, 30, 100]);
  expect(fact("总分（表中填写）")).toBe("100");
  expect(screen.getByText("未发现问题。")).toBeInTheDocument();
  expect(fake.displayedFill(sheet, "J14")).toBeNull();
  expect(fake.conditionalFormats(sheet)).toEqual([]);

  // Again: nothing left to fill, nothing written.
  await idle();
  const contents = fake.contents(sheet);
  await user.click(screen.getByRole("button", { name: "填写得分" }));
  expect(await screen.findByText("没有可按规则填写的空白得分单元格，未写入任何内容。")).toBeInTheDocument();
  expect(fake.contents(sheet)).toEqual(contents);
});

test("a chosen profile and the 执行率 cap reach the engine, and 填写得分 writes with them", async () => {
  // 执行率 180 / 251.89 = 71.46%: capped at 89 when the switch is on.
  const spec = withCells(unscored(), { E8: 180, E9: 180 });
  const { fake, user, sheet } = setup(spec);
  await check(user);
  expect(fact("评分口径")).toBe("按财政部通用口径（根据表式判断）");
  const uncapped = fact("总分（按评分规则）");
  expect(uncapped).toBe(checkGrid(toGridData(spec)).scoring!.computedTotal);
  expect(uncapped).toBe("97.15");

  await user.click(screen.getByRole("radio", { name: "湖北省" }));
  await waitFor(() => expect(fact("评分口径")).toBe("按湖北省口径"));
  await idle();
  await user.click(screen.getByRole("switch", { name: "按预算执行率限制总分" }));
  await waitFor(() => expect(fact("总分（按评分规则）")).toBe("89.00"));
  expect(fact("等级（按评分规则）")).toBe("良");
  expect(fact("总分（按评分规则）")).toBe(checkGrid(toGridData(spec), { profile: "hubei", capByExecutionRate: true }).scoring!.computedTotal);
  await idle();

  await user.click(screen.getByRole("button", { name: "填写得分" }));
  await screen.findByText(/^已填写得分：/);
  // The budget line scores 执行率 × 分值 = 7.15; the re-check after the write kept the chosen settings.
  expect(SCORE_CELLS.slice(0, 3).map((a) => fake.cell(sheet, a).value)).toEqual([7.15, 60, 30]);
  // 总分 is written as the cap allows, so the re-check finds nothing wrong with it.
  expect(fake.cell(sheet, "J16").value).toBe(89);
  expect(screen.queryByText(/score-total-mismatch|总分.*不符/)).toBeNull();
  expect(fact("评分口径")).toBe("按湖北省口径");
  expect(fact("总分（按评分规则）")).toBe("89.00");
});

test("填写得分 on a protected sheet is refused and writes nothing", async () => {
  const { fake, user, sheet } = setup(unscored(), { protected: true });
  await check(user);
  const contents = fake.contents(sheet);
  await user.click(screen.getByRole("button", { name: "填写得分" }));
  expect(await screen.findByText(/工作表受保护，未写入任何内容/)).toBeInTheDocument();
  expect(fake.contents(sheet)).toEqual(contents);
  for (const address of SCORE_CELLS) expect(fake.cell(sheet, address).value).toBeNull();
});
