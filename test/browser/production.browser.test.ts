/**
 * The production build (`webpack --mode production`, what `npm run build` ships): its bundles need
 * ES2020 — so the ES5 legacy-engine script is what Internet Explorer 11 and Edge Legacy get to run —
 * and the harness page built from it starts the real pane over the fake host in Chromium.
 */
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { parse } from "acorn";
import { chromium, type Browser } from "playwright-core";
import { buildHarnessSite, writeHarnessWorkbooks } from "../support/harness-site";
import { serveDirectory, type StaticServer } from "../support/static-server";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

jest.setTimeout(60_000);

let outDir: string;
let server: StaticServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  outDir = await fs.mkdtemp(path.join(os.tmpdir(), "ziping-production-"));
  await buildHarnessSite(outDir, "production");
  await writeHarnessWorkbooks(outDir);
  server = await serveDirectory(outDir);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"] });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) await fs.rm(outDir, { recursive: true, force: true });
});

const parses = (source: string, ecmaVersion: 5 | 2019 | 2020 | "latest"): boolean => {
  try {
    parse(source, { ecmaVersion, sourceType: "script" });
    return true;
  } catch {
    return false;
  }
};

test("the pane's bundle needs ES2020 (IE11 and Edge Legacy cannot parse it); the legacy-engine script is ES5 and comes first", async () => {
  const html = await fs.readFile(path.join(outDir, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)].map((m) => m[1]);
  expect(scripts[1]).toBe("legacy-engine.js");
  const entry = scripts.find((s) => /^taskpane\..*\.js$/.test(s))!;
  const bundle = await fs.readFile(path.join(outDir, entry), "utf8");
  expect(parses(bundle, "latest")).toBe(true);
  expect(parses(bundle, 2019)).toBe(false);
  expect(parses(await fs.readFile(path.join(outDir, "legacy-engine.js"), "utf8"), 5)).toBe(true);
});

test("the production harness starts the pane and checks the seed without a page error", async () => {
  const context = await browser!.newContext({ viewport: { width: 400, height: 900 }, locale: "zh-CN" });
  try {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    await page.goto(`${server!.url}harness.html?workbook=seed`);
    await page.waitForFunction(() => window.__harness !== undefined || window.__harnessError !== undefined);
    expect(await page.evaluate(() => window.__harnessError)).toBeUndefined();
    await page.getByRole("button", { name: "校验本表" }).click();
    await page.getByText("G25").first().waitFor();
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
