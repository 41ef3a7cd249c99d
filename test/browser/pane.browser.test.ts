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
/** A task pane's width in Excel is 300–450 px; 350 × 700 is a laptop's pane. */
const VIEWPORT = { width: 350, height: 700 };

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
  const context = await browser!.newContext({
    viewport: VIEWPORT,
    locale: "zh-CN",
    acceptDownloads: true,
    permissions: ["clipboard-read", "clipboard-write"],
  });
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

/** Runs an action from the 更多操作 menu. */
async function fromMenu(page: Page, name: string, menu = "更多操作"): Promise<void> {
  await page.getByRole("button", { name: menu }).click();
  await page.getByRole("menuitem", { name }).click();
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
  const list = page.getByRole("list", { name: "问题清单" });
  const unmet = list.getByRole("button", { name: /^错误：.*邀请代表列席常委会会议人数/ });
  await unmet.waitFor();
  await expect(unmet.textContent()).resolves.toContain("指标未完成");
  await page.getByRole("button", { name: "表格信息与金额" }).click();
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
  // The fixed cell's live mark may stay (its condition is now false, so it shows no fill); the others stand.
  const marksAfterFix = await harness(page, "marks");
  expect([marksAfterFix.warning, marksAfterFix.info]).toEqual([["G14"], ["G17"]]);
  expect(await harness(page, "displayedFill", "G25")).toBeNull();
  await expect(fact(page, "未达成").textContent()).resolves.toBe("0");
  await expect(page.getByRole("button", { name: /专家评审会次数/ }).count()).resolves.toBe(1);
  // ziping's own mark update must not set off another re-check.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect((await harness(page, "calls")).filter((c) => c.method === "checkActiveSheet")).toHaveLength(2);
  expect(await harness(page, "handlerErrors")).toEqual([]);

  await fromMenu(page, "清除标记");
  await portCallsDone(page, "clearAllMarks", 1);
  await page.locator("[data-notice]").getByText(`已清除 “${grids.seed.sheet}”2 个单元格的标记。`).waitFor();
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
  await page.getByRole("list", { name: "问题清单" }).getByRole("button", { name: /邀请代表列席常委会会议人数/ }).waitFor();

  await page.getByRole("button", { name: "Switch to English" }).click();
  await page.getByRole("button", { name: "Check this sheet" }).waitFor();
  await expect(page.locator("main").getAttribute("lang")).resolves.toBe("en-US");
  for (const name of ["Check all sheets", "More actions", "切换到中文", "Copy as table"]) {
    await expect(page.getByRole("button", { name }).count()).resolves.toBe(1);
  }
  await page.getByRole("button", { name: "More actions" }).click();
  for (const name of ["Clear marks", "Insert totals row", "Write check summary", "Delete check summary"]) {
    await expect(page.getByRole("menuitem", { name }).count()).resolves.toBe(1);
  }
  await page.keyboard.press("Escape");
  await page.getByRole("heading", { name: "Findings" }).waitFor();
  const unmet = page.getByRole("list", { name: "Findings" }).getByRole("button", { name: /^Error: .*邀请代表列席常委会会议人数/ });
  await expect(unmet.textContent()).resolves.toContain("Target not met");
  await page.getByRole("button", { name: "Form and money" }).click();
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

  await fromMenu(page, "插入合计行");
  await portCallsDone(page, "insertTotals", 1);
  // A new row overwrites nothing: no question; the banner says where it wrote.
  await page.locator("[data-notice]").getByText(/^已写入金额合计行：B\d+、/).waitFor();
  await expect(page.getByRole("alertdialog").count()).resolves.toBe(0);
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

  // A second click finds the row in place: nothing is added or changed, and the pane says so.
  await fromMenu(page, "插入合计行");
  await portCallsDone(page, "insertTotals", 2);
  await page.locator("[data-notice]").getByText("金额合计行已是正确的公式，未作改动。").waitFor();
  expect(await harness(page, "contents")).toEqual(after);
  expectStayedLocal(session);
});

test("评分 on the project sample: 总分 stated and by the rules, a profile change re-checks, 填写得分 leaves filled scores alone", async () => {
  const session = await openHarness("project");
  const { page } = session;
  await page.getByRole("button", { name: "校验本表" }).click();
  await page.getByRole("button", { name: "评分", exact: true }).click();
  const scoring = page.getByRole("group", { name: "评分" });
  await scoring.waitFor();
  await portCallsDone(page, "checkActiveSheet", 1);
  const engine = checkGrid(grids.project, {}).scoring!;
  await expect(fact(page, "总分（表中填写）").textContent()).resolves.toBe(engine.statedTotal);
  await expect(fact(page, "总分（按评分规则）").textContent()).resolves.toBe(engine.computedTotal);
  await expect(fact(page, "评分口径").textContent()).resolves.toBe("按财政部通用口径（根据表式判断）");
  await screenshot(page, "pane-project-scoring.png");

  await scoring.getByRole("radio", { name: "湖北省" }).check();
  await portCallsDone(page, "checkActiveSheet", 2);
  await until(async () => expect(await fact(page, "评分口径").textContent()).toBe("按湖北省口径"));

  // Every 得分 on the sample is filled in: nothing to write, the sheet as it was.
  const before = await harness(page, "contents");
  await scoring.getByRole("button", { name: "填写得分" }).click();
  await portCallsDone(page, "fillScores", 1);
  await page.locator("[data-notice]").getByText("没有可按规则填写的空白得分单元格，未写入任何内容。").waitFor();
  expect(await harness(page, "contents")).toEqual(before);
  expectStayedLocal(session);
});

// ---------------------------------------------------------------------------------------------
// The walk: every state of the pane at 350 × 700, in Chinese and English, light and dark, each one
// audited with axe-core (no serious or critical violation) and photographed. ZIPING_SCREENSHOTS=docs/pane
// writes the photographs where the documentation shows them; otherwise they go to test-results/walk.

const WALK_DIR = process.env.ZIPING_SCREENSHOTS ? path.resolve(process.env.ZIPING_SCREENSHOTS) : path.join(RESULTS, "walk");
const AXE_SOURCE = require.resolve("axe-core/axe.min.js");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page (evaluated, so the page's CSP still holds for its own scripts) and returns the serious and critical violations. */
async function seriousViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  if (!loaded) await page.evaluate(await fs.readFile(AXE_SOURCE, "utf8"));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: object, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    // Tabster (Fluent's focus manager) adds aria-hidden <i data-tabster-dummy> elements that take focus
    // only to pass it on; aria-hidden-focus flags them, a known false positive (microsoft/tabster#288,
    // microsoft/accessibility-insights-web#7613). They are left out; everything else is audited.
    const result = await axe.run({ include: [document], exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Audits the state on show and photographs it (the viewport, as the user sees the pane). */
async function visit(page: Page, name: string, audited: Record<string, string[]>): Promise<void> {
  // Let Fluent's transitions finish so the photograph and the audit see the settled state.
  await page.waitForTimeout(350);
  audited[name] = await seriousViolations(page);
  await fs.mkdir(WALK_DIR, { recursive: true });
  await page.screenshot({ path: path.join(WALK_DIR, `${name}.png`) });
}

const WALKS = [
  { lang: "zh-CN", theme: "light" },
  { lang: "zh-CN", theme: "dark" },
  { lang: "en-US", theme: "light" },
  { lang: "en-US", theme: "dark" },
] as const;

const WORDS = {
  "zh-CN": {
    check: "校验本表",
    checkAll: "校验全部工作表",
    more: "更多操作",
    clear: "清除标记",
    totals: "插入合计行",
    details: "表格信息与金额",
    scoring: "评分",
    live: "实时校验",
    cancel: "取消",
    list: "问题清单",
    sheets: "各工作表",
  },
  "en-US": {
    check: "Check this sheet",
    checkAll: "Check all sheets",
    more: "More actions",
    clear: "Clear marks",
    totals: "Insert totals row",
    details: "Form and money",
    scoring: "Scoring",
    live: "Live check",
    cancel: "Cancel",
    list: "Findings",
    sheets: "Sheets",
  },
} as const;

describe.each(WALKS)("the walk in $lang, $theme", ({ lang, theme }) => {
  test("every state passes axe (no serious or critical violation); the first finding shows without scrolling", async () => {
    const w = WORDS[lang];
    const tag = `${lang === "zh-CN" ? "zh" : "en"}-${theme}`;
    const audited: Record<string, string[]> = {};
    const session = await openHarness("seed", { also: "project", lang, theme });
    const { page } = session;
    await visit(page, `${tag}-start`, audited);
    // A switch's label squeezed by its neighbours wraps a character per line (实 / 时 / 校 / 验) at 350 px.
    for (const sw of await page.getByRole("switch").all()) {
      const label = page.locator(`label[for="${await sw.getAttribute("id")}"]`);
      const lines = await label.evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size;
      });
      expect({ label: await label.textContent(), lines }).toEqual({ label: await label.textContent(), lines: 1 });
    }

    await page.getByRole("button", { name: w.check }).click();
    const list = page.getByRole("list", { name: w.list });
    await list.waitFor();
    await portCallsDone(page, "checkActiveSheet", 1);
    const first = list.getByRole("button").first();
    const box = await first.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(VIEWPORT.height);
    await visit(page, `${tag}-checked`, audited);

    await page.getByRole("button", { name: w.more }).click();
    await page.getByRole("menu").waitFor();
    await visit(page, `${tag}-menu`, audited);
    await page.keyboard.press("Escape");

    await page.getByRole("button", { name: w.details }).click();
    await page.getByRole("button", { name: w.details }).scrollIntoViewIfNeeded();
    await visit(page, `${tag}-details`, audited);
    await page.getByRole("button", { name: w.details }).click();

    // A typed total that is wrong on purpose: 插入合计行 asks before replacing it.
    const totals = findCell(grids.seed, "金额合计");
    await harness(page, "userEdit", a1(totals.row, totals.col + 6), "140,000,000.00");
    await portCallsDone(page, "checkActiveSheet", 2);
    await fromMenu(page, w.totals, w.more);
    await page.getByRole("alertdialog").waitFor();
    await visit(page, `${tag}-confirm`, audited);
    await page.getByRole("alertdialog").getByRole("button", { name: w.cancel }).click();
    await page.getByRole("alertdialog").waitFor({ state: "detached" });

    // Live checks off, then an edit: the results say they may be out of date.
    await page.getByRole("switch", { name: w.live, exact: true }).click();
    await harness(page, "userEdit", a1(totals.row, totals.col + 6), "140,363,937.12");
    await page.locator('[data-notice="stale"]').waitFor();
    await visit(page, `${tag}-stale`, audited);

    await page.getByRole("button", { name: w.checkAll }).click();
    await page.getByRole("combobox", { name: w.sheets }).waitFor();
    await portCallsDone(page, "checkAllSheets", 1);
    await visit(page, `${tag}-all-sheets`, audited);

    // The project form's sheet, with its 评分 unfolded.
    await page.getByRole("combobox", { name: w.sheets }).selectOption({ index: 1 });
    await portCallsDone(page, "activateSheet", 1);
    await page.getByRole("button", { name: w.scoring, exact: true }).click();
    await visit(page, `${tag}-project-scoring`, audited);

    await fromMenu(page, w.clear, w.more);
    await portCallsDone(page, "clearAllMarks", 1);
    await page.locator('[data-notice="cleared"]').waitFor();
    await visit(page, `${tag}-cleared`, audited);

    // A refusal in the pane's language, with what to do.
    await harness(page, "cellEditMode", true);
    await page.getByRole("button", { name: w.check }).click();
    await page.locator('[data-notice="problem"]').waitFor();
    await visit(page, `${tag}-cell-edit-mode`, audited);
    await harness(page, "cellEditMode", false);

    expect(audited).toEqual(Object.fromEntries(Object.keys(audited).map((k) => [k, []])));
    // React 18 warns about the boolean `inert` Fluent's AccordionPanel sets while it folds (a known
    // Fluent bug, microsoft/fluentui#36064; production builds do not warn). Anything else fails.
    expect(session.problems.filter((p) => !/non-boolean attribute `%s`[\s\S]*inert/.test(p))).toEqual([]);
  });
});

test("the first finding of the project sample shows without scrolling at 350 × 700", async () => {
  const { page } = await openHarness("project");
  await page.getByRole("button", { name: "校验本表" }).click();
  const first = page.getByRole("list", { name: "问题清单" }).getByRole("button").first();
  await first.waitFor();
  const box = await first.boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(VIEWPORT.height);
});

test("keyboard only: Tab reaches every control; Enter checks, walks the findings and opens the menu", async () => {
  const { page } = await openHarness("seed");
  const focusedName = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return "";
      return el.getAttribute("aria-label") ?? el.textContent?.trim() ?? el.tagName;
    });
  /** Tabs until `name` has focus (at most 40 presses); returns every name passed on the way. */
  async function tabTo(name: RegExp): Promise<string[]> {
    const seen: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      const now = await focusedName();
      seen.push(now);
      if (name.test(now)) return seen;
    }
    throw new Error(`Tab never reached ${name}; it went through: ${seen.join(" | ")}`);
  }
  await tabTo(/^校验本表$/);
  await page.keyboard.press("Enter");
  await page.getByRole("list", { name: "问题清单" }).waitFor();
  await portCallsDone(page, "checkActiveSheet", 1);

  // Once round the whole pane from the top.
  await page.locator("h1").click();
  const round = await tabTo(/^导出 \.csv$/);
  for (const control of [/^校验本表$/, /^校验全部工作表$/, /^更多操作$/, /^实时校验$|^$/, /^English$|Switch to English/, /^错误 1$/, /^警告 1$/, /^提示 1$/, /^上一个$/, /^下一个$/, /按 Enter 选中$/, /^复制问题表$/, /^导出 \.xlsx$/]) {
    expect(round.some((name) => control.test(name))).toBe(true);
  }
  // The list is one Tab stop: three findings, one stop (arrow keys move inside it).
  expect(round.filter((name) => /按 Enter 选中$/.test(name))).toHaveLength(1);
  const more = await tabTo(/^规则说明$|^表格信息与金额$/);
  expect(more.at(-1)).toBe("表格信息与金额");

  // 下一个 from the keyboard selects the findings' cells in sheet order.
  await page.getByRole("button", { name: "下一个" }).focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await until(async () => expect(await harness(page, "selection")).toEqual({ sheet: grids.seed.sheet, address: "G17" }));

  // The menu opens and runs from the keyboard too.
  await page.getByRole("button", { name: "更多操作" }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("menuitem", { name: "清除标记" }).waitFor();
  await expect(focusedName()).resolves.toBe("清除标记");
  await page.keyboard.press("Enter");
  await portCallsDone(page, "clearAllMarks", 1);
  expect(await harness(page, "marks")).toEqual({ error: [], warning: [], info: [] });
});

test("清除标记 after 校验全部工作表 clears every sheet and names them; picking a sheet activates it; the list stays", async () => {
  const session = await openHarness("seed", { also: "project" });
  const { page } = session;
  const [seedSheet, projectSheet] = await page.evaluate(() => window.__harness!.sheets);
  await page.getByRole("button", { name: "校验全部工作表" }).click();
  await portCallsDone(page, "checkAllSheets", 1);
  expect((await harness(page, "marks", projectSheet)).error.length).toBeGreaterThan(0);
  const picker = page.getByRole("combobox", { name: "各工作表" });
  await picker.selectOption({ index: 1 });
  await until(async () => expect(await harness(page, "activeSheet")).toBe(projectSheet));
  await picker.selectOption({ index: 0 });
  await until(async () => expect(await harness(page, "activeSheet")).toBe(seedSheet));

  await fromMenu(page, "清除标记");
  await portCallsDone(page, "clearAllMarks", 1);
  const banner = page.locator('[data-notice="cleared"]');
  await expect(banner.textContent()).resolves.toMatch(new RegExp(`“${seedSheet}”\\d+ 个单元格、“${projectSheet}”\\d+ 个单元格的标记`));
  for (const sheet of [seedSheet, projectSheet]) {
    expect(await harness(page, "marks", sheet)).toEqual({ error: [], warning: [], info: [] });
    expect((await harness(page, "annotations", sheet)).filter((a) => a.content.startsWith(NOTE_PREFIX))).toEqual([]);
  }
  await expect(picker.count()).resolves.toBe(1);
  expectStayedLocal(session);
});

test("findings go back to the sender: copied as a table, exported as .xlsx and .csv; an ignored finding is saved in the workbook", async () => {
  const XLSX = await import("@e965/xlsx");
  const session = await openHarness("seed");
  const { page } = session;
  await page.getByRole("button", { name: "校验本表" }).click();
  await page.getByRole("list", { name: "问题清单" }).waitFor();
  await page.getByText("提交工作簿前，请先点击“清除标记”，以免标记随表格上报。").waitFor();

  await page.getByRole("button", { name: "复制问题表" }).click();
  await page.locator('[data-notice="copied"]').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const copiedRows = copied.split("\r\n").map((r) => r.split("\t"));
  expect(copiedRows[0]).toEqual(["工作表", "类别", "问题", "单元格", "说明", "应为", "表中"]);
  expect(copiedRows.slice(1).map((r) => r[3])).toEqual(["G14", "G17", "G25"]);

  for (const kind of ["xlsx", "csv"] as const) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: `导出 .${kind}` }).click()]);
    expect(download.suggestedFilename()).toBe(`自评表问题清单.${kind}`);
    const file = path.join(outDir, download.suggestedFilename());
    await download.saveAs(file);
    const bytes = await fs.readFile(file);
    if (kind === "csv") expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const book = kind === "csv" ? XLSX.read(bytes.toString("utf8").slice(1), { type: "string" }) : XLSX.read(bytes);
    const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets[book.SheetNames[0]], { header: 1, raw: false });
    expect(rows).toEqual(copiedRows);
  }

  await page.getByRole("button", { name: "忽略此项：指标未完成" }).click();
  await page.getByRole("button", { name: "已忽略 1 项" }).waitFor();
  await until(async () => expect((await harness(page, "documentSettings"))["ziping.ignored"]).toEqual([expect.stringMatching(new RegExp(`^${grids.seed.sheet}\\|indicator-unmet\\|邀请代表列席常委会会议人数\\|`))]));
  expectStayedLocal(session);
});

test("a protected sheet and Office's own failures are explained in the pane's language, with what to do", async () => {
  const { page } = await openHarness("seed", { lang: "en-US" });
  await page.getByRole("button", { name: "Check this sheet" }).click();
  await page.getByRole("list", { name: "Findings" }).waitFor();
  await harness(page, "protect", grids.seed.sheet, true);
  await fromMenu(page, "Clear marks", "More actions");
  const banner = page.locator('[data-notice="problem"]');
  await banner.waitFor();
  await expect(banner.textContent()).resolves.toContain("Unprotect it (Review tab, Unprotect Sheet) and try again.");
  await expect(banner.textContent()).resolves.not.toMatch(/[\u4e00-\u9fff]{4}/);
});
