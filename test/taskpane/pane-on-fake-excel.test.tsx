/**
 * The pane over the real adapter and engine, on the fake Excel host loaded with the seed form: what
 * the browser harness shows, without a browser.
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MARK_FILL } from "../../src/core/model";
import { createExcelPort } from "../../src/excel";
import { deleteRows, findCell, toGridData, withCells, type SheetSpec } from "../../tools/samples/sheet-spec";
import { seedSpec } from "../../tools/samples/seed-shenzhen-2021";
import { projectSpecAnhui } from "../../tools/samples/variants";
import { Root } from "../../src/taskpane/Root";
import { FakeExcel } from "../support/fake-excel";
import { oneTotalSpec } from "../support/one-total-forms";

jest.setTimeout(30_000);

function setup(spec: SheetSpec = seedSpec) {
  const fake = new FakeExcel();
  fake.addSheet(spec.name, { grid: toGridData(spec) });
  const port = createExcelPort(fake.run, { supports: fake.supports, libraryHas: fake.libraryHas, displayLanguage: () => "zh-CN" });
  const user = userEvent.setup();
  render(<Root port={port} readTheme={() => null} />);
  return { fake, user };
}

test("校验本表 lists 邀请代表列席常委会会议人数 as unmet; clicking it selects its cell", async () => {
  const { fake, user } = setup();
  await user.click(screen.getByRole("button", { name: "校验本表" }));
  const list = await screen.findByRole("list", { name: "问题清单" });
  const unmet = within(list).getByRole("button", { name: /^错误：.*邀请代表列席常委会会议人数/ });
  expect(unmet).toHaveTextContent("指标未完成");
  await user.click(await screen.findByRole("button", { name: "表格信息与金额" }));
  expect(screen.getByText("95.51%")).toBeInTheDocument();
  expect(screen.getByText("146,963,013.91")).toBeInTheDocument();

  await user.click(unmet);
  const address = /单元格 ([A-Z]+\d+)/.exec(unmet.textContent ?? "")?.[1];
  expect(address).toBeDefined();
  await waitFor(() => expect(fake.selection).toEqual({ sheet: seedSpec.name, address }));
});

test("fixing 36 → 60 with the live switch on clears that finding", async () => {
  const { fake, user } = setup();
  await user.click(screen.getByRole("button", { name: "校验本表" }));
  await screen.findByRole("button", { name: /邀请代表列席常委会会议人数/ });
  const unmet = screen.getByRole("button", { name: /邀请代表列席常委会会议人数/ });
  const actualCell = /单元格 ([A-Z]+\d+)/.exec(unmet.textContent ?? "")![1]!;
  // The seed stores its actuals as text, as the PDF export gave them.
  expect(String(fake.cell(seedSpec.name, actualCell).value)).toBe("36");
  expect(fake.displayedFill(seedSpec.name, actualCell)).toBe(MARK_FILL.error);
  fake.userEdit(seedSpec.name, actualCell, 60);
  await waitFor(
    () => expect(screen.queryByRole("button", { name: /邀请代表列席常委会会议人数/ })).not.toBeInTheDocument(),
    { timeout: 5000 },
  );
  // The rest of the findings stay listed, and the mark on the fixed cell is gone.
  expect(screen.getByRole("button", { name: /专家评审会次数/ })).toBeInTheDocument();
  await waitFor(() => expect(fake.displayedFill(seedSpec.name, actualCell)).toBeNull());
  expect(fake.handlerErrors).toEqual([]);
});

async function fromMenu(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(await screen.findByRole("button", { name: "更多操作" }));
  await user.click(await screen.findByRole("menuitem", { name }));
}

test("插入合计行 over typed totals shows each cell it would overwrite (old → new) and asks; 取消 writes nothing, 改写 writes and says where", async () => {
  // A deliberately typed wrong total, as a finance officer might leave it for the reviewer to see.
  const { fake, user } = setup(withCells(seedSpec, { H10: "140,000,000.00" }));
  await user.click(screen.getByRole("button", { name: "校验本表" }));
  await waitFor(() => expect(document.querySelector('[data-rule="total-mismatch"]')).not.toBeNull());
  const before = fake.contents(seedSpec.name);
  await fromMenu(user, "插入合计行");
  // Tabster's modal focus trap hides the page from jsdom's accessibility tree now and then; the browser
  // test checks the dialog in Chromium, with axe.
  const dialog = await screen.findByRole("alertdialog", { hidden: true }, { timeout: 5000 });
  expect(within(dialog).getByText("插入合计行将改写以下单元格")).toBeInTheDocument();
  expect(within(dialog).getByText(/^H10：140,000,000\.00 → =SUMPRODUCT\(NUMBERVALUE\(H5:H9/)).toBeInTheDocument();
  expect(within(dialog).getByText(/^E10：146,963,013\.91 → /)).toBeInTheDocument();
  // The seed's totals cells are Text (@), where the formula would not compute: the question says before
  // the write, not only the banner after it, that their number format changes too.
  expect(within(dialog).getByText("以下单元格原为文本格式（@），公式在其中不会计算，将一并改为数字格式：")).toBeInTheDocument();
  const formats = dialog.querySelector('[data-section="format-changes"]') as HTMLElement;
  expect(within(formats).getAllByRole("listitem", { hidden: true }).map((li) => li.textContent)).toEqual(
    ["E10", "F10", "G10", "H10"].map((cell) => `${cell}：文本（@）→ #,##0.00`),
  );
  await user.click(within(dialog).getByRole("button", { name: "取消", hidden: true }));
  await waitFor(() => expect(screen.queryByRole("alertdialog", { hidden: true })).toBeNull());
  expect(fake.contents(seedSpec.name)).toEqual(before);

  await fromMenu(user, "插入合计行");
  await user.click(await screen.findByRole("button", { name: "改写", hidden: true }, { timeout: 5000 }));
  expect(await screen.findByText("已写入金额合计行：E10、F10、G10、H10。已重新校验。")).toBeInTheDocument();
  expect(fake.cell(seedSpec.name, "H10").formula).toMatch(/H5:H9/);
});

test("插入合计行 on a copy without the totals row adds one row and the total-missing error goes", async () => {
  const label = findCell(seedSpec, "金额合计");
  expect(label).toBeDefined();
  const totalsRow = Number(/\d+/.exec(label!)![0]);
  const { fake, user } = setup(deleteRows(seedSpec, totalsRow));
  await user.click(screen.getByRole("button", { name: "校验本表" }));
  await waitFor(() => expect(document.querySelector('[data-rule="total-missing"]')).not.toBeNull());
  expect(document.querySelector('[data-rule="total-missing"]')).toHaveTextContent("缺少合计行");
  await fromMenu(user, "插入合计行");
  // A new row overwrites nothing: no question, and the banner says where it wrote.
  expect(await screen.findByText(new RegExp(`^已写入金额合计行：B${totalsRow}、`))).toBeInTheDocument();
  expect(screen.queryByRole("alertdialog")).toBeNull();
  // The new row took the last task row's Text (@) format, where a formula would not compute: the
  // banner says which cells got a number format instead, and which.
  const items = document.querySelector('[data-section="notice-items"]');
  expect(items).not.toBeNull();
  expect(within(items as HTMLElement).getAllByRole("listitem").map((li) => li.textContent)).toEqual(
    ["E", "F", "G", "H"].map(
      (c) => `${c}${totalsRow} 原为文本格式（@），公式在文本格式中不会计算；所加金额（${c}5:${c}${totalsRow - 1}）也是文本，已改用与其小数位相同的数字格式 #,##0.00`,
    ),
  );
  expect(document.querySelector('[data-rule="total-missing"]')).toBeNull();
  // One new row where the deleted one was, with a live SUM per money column and no other SUM row.
  // One new row where the deleted one was, with live formulas that compute the seed's totals
  // (the seed's amounts are text, so the plan sums them through NUMBERVALUE).
  const contents = fake.contents(seedSpec.name);
  const formulaRows = new Set(
    Object.entries(contents)
      .filter(([, c]) => c.formula?.startsWith("=SUM"))
      .map(([address]) => /\d+/.exec(address)![0]),
  );
  expect(formulaRows).toEqual(new Set([String(totalsRow)]));
  expect(contents[`B${totalsRow}`]?.value).toBe("金额合计");
  expect(contents[`E${totalsRow}`]?.value).toBe(146963013.91);
  expect(contents[`G${totalsRow}`]?.value).toBe(140363937.12);
  expect(screen.queryByText(/缺少合计行|合计不等于/)).toBeNull();
});

test("插入合计行 on a department form with one stated total says which totals it kept and why, in Chinese and English", async () => {
  const { fake, user } = setup(oneTotalSpec());
  const sheet = oneTotalSpec().name;
  await user.click(screen.getByRole("button", { name: "校验本表" }));
  await screen.findByRole("list", { name: "问题清单" });
  await fromMenu(user, "插入合计行");
  expect(await screen.findByText("未写入合计公式，表中所填合计保持原样。")).toBeInTheDocument();
  const kept = screen.getByRole("region", { name: "保留所填数值、未写入公式的合计" });
  expect(within(kept).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
    "C4、D4、E4：「年度资金总额」是本表唯一的金额行，下面没有可以求和的明细行（分项写在文字里），已保留表中所填总额，未写入公式",
  ]);
  expect(fake.cell(sheet, "C4").formula ?? null).toBeNull();

  await user.click(screen.getByRole("button", { name: "Switch to English" }));
  const keptEn = await screen.findByRole("region", { name: "Totals kept as stated, with no formula" });
  expect(within(keptEn).getByRole("listitem")).toHaveTextContent(
    "C4, D4, E4: 「年度资金总额」 is the form's only row of amounts and has no rows under it to add up (its breakdowns are written as text), so the stated total is kept and no formula was written",
  );
  expect(screen.getByText("No totals formula was written; the stated totals stay as they are.")).toBeInTheDocument();
});

test("需人工判断 counts only indicators the list asks a person to judge: an empty template line is in no count", async () => {
  // The Anhui sample's empty 经济效益指标 line, named and scored 0 of 0: no target, no actual, no finding.
  setup(withCells(projectSpecAnhui(), { D24: "经济效益", G24: 0, H24: 0 }));
  const user = userEvent.setup();
  await user.click(screen.getByRole("button", { name: "校验本表" }));
  await screen.findByRole("list", { name: "问题清单" });
  expect(document.querySelector('[data-rule^="indicator-"]')).toBeNull();
  await user.click(await screen.findByRole("button", { name: "表格信息与金额" }));
  const value = (term: string) => screen.getByText(term, { selector: "dt" }).nextElementSibling?.textContent;
  expect(value("需人工判断")).toBe("0");
  expect(value("指标数")).toBe("10");
});

test.each([
  ["above 100", { H27: 105 }, "表中总分超过满分 100 分"],
  // A form whose weights add up to 120 (its own maximum): 总分 125 is above it.
  ["above the form's own maximum", { G26: 30, G27: 120, H27: 125 }, "表中总分超过满分 120 分"],
])("the 评分 card highlights a 总分 %s", async (_, cells, words) => {
  setup(withCells(projectSpecAnhui(), cells));
  const user = userEvent.setup();
  await user.click(screen.getByRole("button", { name: "校验本表" }));
  await screen.findByRole("list", { name: "问题清单" });
  await user.click(await screen.findByRole("button", { name: "评分" }));
  const alert = await waitFor(() => {
    const found = document.querySelector('[data-alert="total-above-maximum"]');
    expect(found).not.toBeNull();
    return found!;
  });
  expect(alert).toHaveTextContent(words);
  expect(within(document.querySelector('[data-section="scoring"]') as HTMLElement).getByText(words)).toBe(alert);
});

test.each([
  ["the sample as published", {}],
  ["110 on a form whose maximum is 120", { G26: 30, G27: 120, H27: 110 }],
])("the 评分 card shows no highlight when 总分 is within its maximum: %s", async (_, cells) => {
  setup(withCells(projectSpecAnhui(), cells));
  const user = userEvent.setup();
  await user.click(screen.getByRole("button", { name: "校验本表" }));
  await screen.findByRole("list", { name: "问题清单" });
  await user.click(await screen.findByRole("button", { name: "评分" }));
  await waitFor(() => expect(document.querySelector('[data-section="scoring"]')).not.toBeNull());
  expect(document.querySelector('[data-alert="total-above-maximum"]')).toBeNull();
});

test("an unreadable amount's finding says which character cannot be read", async () => {
  // The letter O typed for a zero, as happens when amounts are copied out of a scanned PDF.
  setup(withCells(seedSpec, { E5: "37,56O,000.00" }));
  const user = userEvent.setup();
  await user.click(screen.getByRole("button", { name: "校验本表" }));
  await waitFor(() => expect(document.querySelector('[data-rule="amount-unreadable"]')).not.toBeNull());
  expect(document.querySelector('[data-rule="amount-unreadable"]')).toHaveTextContent("不是金额：其中第 6 个字符「O」不是数字");
});

test("each finding links to its rule's page, reachable by Tab, named for what it opens", async () => {
  setup();
  const user = userEvent.setup();
  await user.click(screen.getByRole("button", { name: "校验本表" }));
  const list = await screen.findByRole("list", { name: "问题清单" });
  const link = within(list).getByRole("link", { name: "打开规则说明：指标未完成（新窗口）" });
  // Relative to the pane's page: the build copies docs/rules/ beside it (webpack.config.js).
  expect(link).toHaveAttribute("href", "docs/rules/indicator-unmet.md");
  expect(link).toHaveAttribute("target", "_blank");
  // In the tab order (an <a href> without a negative tabindex), and focusable.
  expect(link.getAttribute("tabindex") ?? "0").not.toBe("-1");
  link.focus();
  expect(link).toHaveFocus();
  expect(within(list).getAllByRole("link")).toHaveLength(within(list).getAllByRole("listitem").length);
});
