/**
 * The real pane in a real browser: the add-in's webpack build with the harness page (HARNESS=1),
 * served on 127.0.0.1, driven in Debian's Chromium through playwright-core. The harness runs the
 * shipped pane and adapter over the fake Excel host loaded with the bundled sample workbooks, so
 * this checks what the user sees against what lands on the sheet: marks, selection, live fixes,
 * the inserted totals row, and a clean restore. Nothing may leave localhost.
 *
 * Needs Chromium at /usr/bin/chromium (Debian's package; .ci/run installs it) or CHROMIUM_PATH.
 * Screenshots go to test-results/ (gitignored).
 */
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import Big from "big.js";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { checkGrid } from "../../src/core/engine";
import { a1, type GridData } from "../../src/core/grid";
import { MARK_FILL, NOTE_PREFIX, type Severity } from "../../src/core/model";
import { buildHarnessSite, writeHarnessWorkbooks } from "../support/harness-site";
import { serveDirectory, type StaticServer } from "../support/static-server";
import { evaluateTotalsFormula } from "../support/totals-formula";
import { USER_FILLS, type HarnessApi, type HarnessWorkbook } from "./harness/api";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const RESULTS = path.resolve(__dirname, "../../test-results");
/** A task pane's width in Excel is 300–450 px. */
const VIEWPORT = { width: 400, height: 900 };

jest.setTimeout(60_000);

let outDir: string;
let grids: Record<HarnessWorkbook, GridData>;
let server: StaticServer | undefined;
let browser: Browser | undefined;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  await fs.access(CHROMIUM).catch(() => {
    throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH`);
  });
  outDir = await fs.mkdtemp(path.join(os.tmpdir(), "ziping-harness-"));
  // Development mode: a quarter of the production build's time, and React's checks stay on.
  await buildHarnessSite(outDir, "development");
  grids = await writeHarnessWorkbooks(outDir);
  server = await serveDirectory(outDir);
  // launch() gives every run a fresh temporary profile.
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  await fs.mkdir(RESULTS, { recursive: true });
}, 180_000);

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) await fs.rm(outDir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// Driving the harness

interface Session {
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** Page errors and console errors (CSP violations land here). */
  problems: string[];
}

async function openHarness(workbook: HarnessWorkbook, query: Record<string, string> = {}): Promise<Session> {
  const context = await browser!.newContext({ viewport: VIEWPORT, locale: "zh-CN" });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const requests: string[] = [];
  const problems: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  const params = new URLSearchParams({ workbook, ...query });
  await page.goto(`${server!.url}harness.html?${params}`);
  await page.waitForFunction(() => window.__harness !== undefined || window.__harnessError !== undefined);
  const failure = await page.evaluate(() => window.__harnessError);
  if (failure) throw new Error(`the harness did not start: ${failure}`);
  return { page, requests, problems };
}

type HarnessMethod = { [K in keyof HarnessApi]: HarnessApi[K] extends (...args: never[]) => unknown ? K : never }[keyof HarnessApi];
type Method<K extends HarnessMethod> = HarnessApi[K] extends (...args: infer A) => infer R ? { args: A; result: R } : never;

/** Calls `window.__harness[method](...args)` in the page. */
async function harness<K extends HarnessMethod>(page: Page, method: K, ...args: Method<K>["args"]): Promise<Method<K>["result"]> {
  const result = await page.evaluate(
    ({ method, args }) => {
      const api = window.__harness;
      if (!api) throw new Error("window.__harness is not set");
      return (api[method] as (...a: unknown[]) => unknown)(...args);
    },
    { method, args: args as unknown[] },
  );
  return result as Method<K>["result"];
}

/** Retries an assertion until it holds (the pane and the fake work asynchronously). */
async function until(assertion: () => Promise<void> | void, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until the port has finished `count` calls of `method`, and none failed. */
async function portCallsDone(page: Page, method: string, count: number): Promise<void> {
  await until(async () => {
    const calls = await harness(page, "calls");
    expect(calls.filter((c) => !c.ok)).toEqual([]);
    expect(calls.filter((c) => c.method === method)).toHaveLength(count);
  });
}

function expectStayedLocal(session: Session): void {
  const origin = new URL(server!.url).origin;
  const away = session.requests.filter((url) => {
    if (url.startsWith("data:") || url.startsWith("blob:")) return false;
    const { hostname } = new URL(url);
    return !(new URL(url).origin === origin || hostname === "localhost" || hostname === "127.0.0.1");
  });
  expect(away).toEqual([]);
  expect(session.requests.length).toBeGreaterThan(0);
  expect(session.problems).toEqual([]);
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(RESULTS, name), fullPage: true });
}

/** The cells each severity's findings name: what the marks on the sheet must be. */
function engineMarks(grid: GridData): Record<Severity, string[]> {
  const out: Record<Severity, string[]> = { error: [], warning: [], info: [] };
  for (const finding of checkGrid(grid, {}).findings) out[finding.severity].push(...finding.cells);
  for (const cells of Object.values(out)) cells.sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  return out;
}

/** The value in a `<dl>` of the summary card, by its term. */
function fact(page: Page, term: string) {
  return page.locator("dt", { hasText: new RegExp(`^${term}$`) }).locator("xpath=following-sibling::dd[1]");
}

function findCell(grid: GridData, text: string): { row: number; col: number } {
  for (let i = 0; i < grid.values.length; i++) {
    const j = grid.values[i].findIndex((v) => v === text);
    if (j >= 0) return { row: grid.origin.row + i, col: grid.origin.col + j };
  }
  throw new Error(`${grid.sheet}: no cell holds ${text}`);
}

// ---------------------------------------------------------------------------------------------

test("校验本表 marks exactly the engine's findings, the list jumps to the cell, 36 → 60 clears its mark live, 清除标记 restores every format", async () => {
  const session = await openHarness("seed");
  const { page } = session;
  const formatsBefore = await harness(page, "formats");
  // The user's own fills are in place before ziping touches anything.
  expect(formatsBefore.G14?.fill).toBe(USER_FILLS.G14);
  expect(formatsBefore.B3?.fill).toBe(USER_FILLS["B3:H4"]);

  await page.getByRole("button", { name: "校验本表" }).click();
  const errors = page.getByRole("list", { name: "错误" });
  const unmet = errors.getByRole("button", { name: /邀请代表列席常委会会议人数/ });
  await unmet.waitFor();
  await expect(unmet.textContent()).resolves.toContain("指标未完成");
  await expect(fact(page, "未达成").textContent()).resolves.toBe("1");
  await portCallsDone(page, "checkActiveSheet", 1);

  // The marks on the sheet are the engine's findings, no more and no fewer.
  const marks = await harness(page, "marks");
  expect(marks).toEqual({ error: ["G25"], warning: ["G14"], info: ["G17"] });
  expect(marks).toEqual(engineMarks(grids.seed));
  const notes = (await harness(page, "annotations")).filter((a) => a.content.startsWith(NOTE_PREFIX));
  expect(notes.map((n) => n.address)).toEqual(["G14", "G17", "G25"]);
  expect(await harness(page, "displayedFill", "G25")).toBe(MARK_FILL.error);
  expect(await harness(page, "displayedFill", "G14")).toBe(MARK_FILL.warning);
  await screenshot(page, "pane-seed-zh.png");

  await unmet.click();
  await until(async () => expect(await harness(page, "selection")).toEqual({ sheet: grids.seed.sheet, address: "G25" }));

  // The user fixes the actual; the live check (on by default) re-checks after its debounce. It starts
  // watching once the first check is done: an edit before that would go unnoticed, as in Excel.
  await until(async () => expect((await harness(page, "calls")).some((c) => c.method === "watchEdits" && c.ok)).toBe(true));
  expect(await harness(page, "cell", "G25")).toMatchObject({ value: "36" });
  await harness(page, "userEdit", "G25", 60);
  await unmet.waitFor({ state: "detached" });
  await portCallsDone(page, "checkActiveSheet", 2);
  expect(await harness(page, "marks")).toEqual({ error: [], warning: ["G14"], info: ["G17"] });
  expect(await harness(page, "displayedFill", "G25")).toBeNull();
  await expect(fact(page, "未达成").textContent()).resolves.toBe("0");
  await expect(page.getByRole("button", { name: /专家评审会次数/ }).count()).resolves.toBe(1);
  // ziping's own mark update must not set off another re-check.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect((await harness(page, "calls")).filter((c) => c.method === "checkActiveSheet")).toHaveLength(2);
  expect(await harness(page, "handlerErrors")).toEqual([]);

  await page.getByRole("button", { name: "清除标记" }).click();
  await portCallsDone(page, "clearMarks", 1);
  await page.getByText("已清除 2 个单元格的标记。").waitFor();
  expect(await harness(page, "marks")).toEqual({ error: [], warning: [], info: [] });
  expect(await harness(page, "conditionalFormats")).toEqual([]);
  expect(await harness(page, "annotations")).toEqual([]);
  expect(await harness(page, "formats")).toEqual(formatsBefore);
  expect(await harness(page, "displayedFill", "G14")).toBe(USER_FILLS.G14);
  expect(await harness(page, "displayedFill", "G17")).toBeNull();

  expectStayedLocal(session);
});

test("the language toggle switches the whole pane to English", async () => {
  const session = await openHarness("seed");
  const { page } = session;
  await page.getByRole("button", { name: "校验本表" }).click();
  await page.getByRole("list", { name: "错误" }).getByRole("button", { name: /邀请代表列席常委会会议人数/ }).waitFor();

  await page.getByRole("button", { name: "Switch to English" }).click();
  await page.getByRole("button", { name: "Check this sheet" }).waitFor();
  await expect(page.locator("main").getAttribute("lang")).resolves.toBe("en-US");
  for (const name of ["Clear marks", "Insert totals row", "Write check summary", "切换到中文"]) {
    await expect(page.getByRole("button", { name }).count()).resolves.toBe(1);
  }
  await page.getByRole("heading", { name: "Findings" }).waitFor();
  const unmet = page.getByRole("list", { name: "Errors" }).getByRole("button", { name: /邀请代表列席常委会会议人数/ });
  await expect(unmet.textContent()).resolves.toContain("Target not met");
  await expect(fact(page, "Not met").textContent()).resolves.toBe("1");
  await expect(page.getByRole("button", { name: "校验本表" }).count()).resolves.toBe(0);
  await screenshot(page, "pane-seed-en.png");
  expectStayedLocal(session);
});

test("插入合计行 on the copy without the totals row adds one row of live formulas that compute the seed's totals; again adds none", async () => {
  const session = await openHarness("no-totals");
  const { page } = session;
  await page.getByRole("button", { name: "校验本表" }).click();
  await page.locator('[data-rule="total-missing"]').waitFor();
  await expect(page.locator('[data-rule="total-missing"]').textContent()).resolves.toContain("缺少合计行");
  const before = await harness(page, "contents");

  await page.getByRole("button", { name: "插入合计行" }).click();
  await portCallsDone(page, "insertTotals", 1);
  await page.getByText("已写入金额合计行并重新校验。").waitFor();
  await page.locator('[data-rule="total-missing"]').waitFor({ state: "detached" });
  const after = await harness(page, "contents");

  // The row goes where the seed has its 金额合计 row; everything from there down moved one row.
  const seedTotals = findCell(grids.seed, "金额合计");
  const labels = Object.entries(after).filter(([, c]) => c.value === "金额合计");
  expect(labels.map(([address]) => address)).toEqual([a1(seedTotals.row, seedTotals.col)]);
  const row = seedTotals.row + 1;
  const rowOf = (address: string): number => Number(/\d+$/.exec(address)![0]);
  const moved = Object.fromEntries(
    Object.entries(before).map(([address, c]) => {
      const r = rowOf(address);
      return [r >= row ? address.replace(/\d+$/, String(r + 1)) : address, c];
    }),
  );
  const newRow = Object.fromEntries(Object.entries(after).filter(([address]) => rowOf(address) === row));
  const rest = Object.fromEntries(Object.entries(after).filter(([address]) => rowOf(address) !== row));
  expect(rest).toEqual(moved);

  // Its formulas, evaluated here over the sheet's values, give the seed's own totals row.
  const seedRow = grids.seed.values[seedTotals.row - grids.seed.origin.row];
  const read = (address: string) => after[address]?.value ?? null;
  const formulaCells = Object.entries(newRow).filter(([, c]) => c.formula !== null);
  const amountColumns = seedRow
    .map((v, j) => ({ v, col: grids.seed.origin.col + j }))
    .filter(({ v }) => typeof v === "string" && /^[\d,]+\.\d\d$/.test(v));
  expect(amountColumns.length).toBeGreaterThan(0);
  expect(formulaCells.map(([address]) => address).sort()).toEqual(amountColumns.map(({ col }) => a1(seedTotals.row, col)).sort());
  for (const { v, col } of amountColumns) {
    const address = a1(seedTotals.row, col);
    const expected = new Big(String(v).replace(/,/g, ""));
    const formula = newRow[address].formula!;
    expect(formula).toMatch(/^=(SUM|SUMPRODUCT)\(/);
    expect(evaluateTotalsFormula(formula, read).eq(expected)).toBe(true);
    // …and the fake host computed the same.
    expect(new Big(newRow[address].value as number).eq(expected)).toBe(true);
  }
  await screenshot(page, "pane-no-totals-inserted.png");

  // A second click finds the row in place: nothing is added or changed.
  await page.getByRole("button", { name: "插入合计行" }).click();
  await portCallsDone(page, "insertTotals", 2);
  expect(await harness(page, "contents")).toEqual(after);
  expectStayedLocal(session);
});

test("评分 on the project sample: 总分 stated and by the rules, a profile change re-checks, 填写得分 leaves filled scores alone", async () => {
  const session = await openHarness("project");
  const { page } = session;
  await page.getByRole("button", { name: "校验本表" }).click();
  const scoring = page.getByRole("group", { name: "评分" });
  await scoring.waitFor();
  await portCallsDone(page, "checkActiveSheet", 1);
  const engine = checkGrid(grids.project, {}).scoring!;
  await expect(fact(page, "总分（表中）").textContent()).resolves.toBe(engine.statedTotal);
  await expect(fact(page, "总分（按评分规则）").textContent()).resolves.toBe(engine.computedTotal);
  await expect(fact(page, "评分口径").textContent()).resolves.toBe("按中央一体化口径（根据表式判断）");
  await screenshot(page, "pane-project-scoring.png");

  await scoring.getByRole("radio", { name: "湖北" }).check();
  await portCallsDone(page, "checkActiveSheet", 2);
  await until(async () => expect(await fact(page, "评分口径").textContent()).toBe("按湖北口径"));

  // Every 得分 on the sample is filled in: nothing to write, the sheet as it was.
  const before = await harness(page, "contents");
  await scoring.getByRole("button", { name: "填写得分" }).click();
  await portCallsDone(page, "fillScores", 1);
  await page.getByText("没有可按规则填写的空白得分单元格，未写入任何内容。").waitFor();
  expect(await harness(page, "contents")).toEqual(before);
  expectStayedLocal(session);
});
