/** The pane while a large sheet is read block by block: a progress bar with rows read of all rows. */
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReadProgress, SheetCheck } from "../../src/excel/port";
import { Root } from "../../src/taskpane/Root";
import { deferred, FakePort } from "../support/fake-port";
import { SHEET, seedCheck } from "../support/sheet-results";

// The spinner is a progressbar too; the read's bar is the one named after the rows.
const readBar = /正在读取工作表|Reading the sheet/;

/** A FakePort whose reads report progress when the test says so. */
class BlockReadingPort extends FakePort {
  readonly listeners = new Set<(progress: ReadProgress) => void>();

  onReadProgress(listener: (progress: ReadProgress) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  report(rowsRead: number, rows: number): void {
    act(() => {
      for (const listener of this.listeners) listener({ sheet: SHEET, rowsRead, rows });
    });
  }
}

describe("reading a large sheet", () => {
  it("shows rows read of all rows while the check runs, and nothing once it is done", async () => {
    const port = new BlockReadingPort(seedCheck());
    const answer = deferred<SheetCheck>();
    port.check = answer.promise;
    const user = userEvent.setup();
    render(<Root port={port} readTheme={() => null} />);
    await user.click(screen.getByRole("button", { name: "校验本表" }));

    expect(screen.queryByRole("progressbar", { name: readBar })).not.toBeInTheDocument();
    port.report(0, 30_000);
    port.report(8_192, 30_000);
    const bar = await screen.findByRole("progressbar", { name: "正在读取工作表：8,192 / 30,000 行" });
    expect(screen.getByText("正在读取工作表：8,192 / 30,000 行")).toBeInTheDocument();
    expect(Number(bar.getAttribute("aria-valuenow"))).toBeCloseTo(8_192 / 30_000, 5);
    expect(bar).toHaveAttribute("aria-valuetext", "正在读取工作表：8,192 / 30,000 行");

    port.report(30_000, 30_000);
    expect(screen.getByText("正在读取工作表：30,000 / 30,000 行")).toBeInTheDocument();

    await act(async () => answer.resolve(seedCheck()));
    await waitFor(() => expect(screen.queryByRole("progressbar", { name: readBar })).not.toBeInTheDocument());
    expect(await screen.findByText("部门整体支出绩效自评表 · 深圳市人大常委会办公厅")).toBeInTheDocument();

    // A report arriving after the action ended does not bring a bar back.
    port.report(1_024, 30_000);
    expect(screen.queryByRole("progressbar", { name: readBar })).not.toBeInTheDocument();
  });

  it("says it in English, and a port without progress reports shows only the spinner", async () => {
    const port = new BlockReadingPort(seedCheck());
    port.language = "en-US";
    const answer = deferred<SheetCheck>();
    port.check = answer.promise;
    const user = userEvent.setup();
    const view = render(<Root port={port} readTheme={() => null} />);
    await user.click(screen.getByRole("button", { name: "Check this sheet" }));
    port.report(2_048, 4_096);
    expect(await screen.findByText("Reading the sheet: 2,048 of 4,096 rows")).toBeInTheDocument();
    await act(async () => answer.resolve(seedCheck()));
    view.unmount();
    // Unmounting stopped listening.
    expect(port.listeners.size).toBe(0);

    const plain = new FakePort(seedCheck());
    const held = deferred<SheetCheck>();
    plain.check = held.promise;
    render(<Root port={plain} readTheme={() => null} />);
    await user.click(screen.getByRole("button", { name: "校验本表" }));
    expect(await screen.findByText("正在处理…")).toBeInTheDocument();
    expect(screen.queryByRole("progressbar", { name: readBar })).not.toBeInTheDocument();
    await act(async () => held.resolve(seedCheck()));
  });
});
