/**
 * The pane over the real adapter and engine, on the fake Excel host loaded with the seed form: what
 * the browser harness shows, without a browser.
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MARK_FILL } from "../../src/core/model";
import { createExcelPort } from "../../src/excel";
import { deleteRows, findCell, toGridData, type SheetSpec } from "../../tools/samples/sheet-spec";
import { seedSpec } from "../../tools/samples/seed-shenzhen-2021";
import { Root } from "../../src/taskpane/Root";
import { FakeExcel } from "../support/fake-excel";

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
  const errors = await screen.findByRole("list", { name: "错误" });
  const unmet = within(errors).getByRole("button", { name: /邀请代表列席常委会会议人数/ });
  expect(unmet).toHaveTextContent("指标未完成");
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

test("插入合计行 on a copy without the totals row adds one row and the total-missing error goes", async () => {
  const label = findCell(seedSpec, "金额合计");
  expect(label).toBeDefined();
  const totalsRow = Number(/\d+/.exec(label!)![0]);
  const { fake, user } = setup(deleteRows(seedSpec, totalsRow));
  await user.click(screen.getByRole("button", { name: "校验本表" }));
  await waitFor(() => expect(document.querySelector('[data-rule="total-missing"]')).not.toBeNull());
  expect(document.querySelector('[data-rule="total-missing"]')).toHaveTextContent("缺少合计行");
  await user.click(screen.getByRole("button", { name: "插入合计行" }));
  expect(await screen.findByText("已写入金额合计行并重新校验。")).toBeInTheDocument();
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
