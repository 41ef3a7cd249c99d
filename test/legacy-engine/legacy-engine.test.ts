/**
 * The legacy-engine script: ES5 (parsed here as ES5 only), silent on a modern engine, and on an
 * engine without ES2020's built-ins (Internet Explorer 11, Edge Legacy) a zh/en message instead of
 * the pane; on the ribbon's function file it registers the command so the button says the same.
 */
import fs from "fs";
import path from "path";
import vm from "vm";
import { parse } from "acorn";
import { JSDOM } from "jsdom";

const SOURCE = fs.readFileSync(path.resolve(__dirname, "../../src/legacy-engine/legacy-engine.js"), "utf8");
const PAGES = ["src/taskpane/taskpane.html", "src/commands/commands.html", "src/commands/notice.html"];

/** Runs the script in a fresh JS context whose DOM is jsdom's; `legacy` strips the ES2020 built-ins first. */
function run(url: string, { legacy, office }: { legacy: boolean; office?: Record<string, unknown> }) {
  const dom = new JSDOM(`<!doctype html><html><body><div id="container">pane</div></body></html>`, { url });
  const context: Record<string, unknown> = { document: dom.window.document, location: dom.window.location, Office: office };
  vm.createContext(context);
  if (legacy) vm.runInContext("delete Promise.allSettled; delete String.prototype.matchAll; delete this.BigInt;", context);
  vm.runInContext(SOURCE, context);
  return { body: dom.window.document.body, flagged: context.__zipingLegacyEngine, context };
}

test("parses as ES5", () => {
  expect(() => parse(SOURCE, { ecmaVersion: 5 })).not.toThrow();
});

test("does nothing on a modern engine", () => {
  const { body, flagged } = run("https://addin.example/taskpane.html", { legacy: false });
  expect(flagged).toBe(false);
  expect(body.textContent).toBe("pane");
});

test("shows the zh/en message instead of the pane on an engine without ES2020", () => {
  const { body, flagged } = run("https://addin.example/taskpane.html", { legacy: true });
  expect(flagged).toBe(true);
  const alert = body.querySelector('[role="alert"]')!;
  expect(alert.querySelector('[lang="zh-CN"]')!.textContent).toContain("Office 2021");
  expect(alert.querySelector('[lang="en-US"]')!.textContent).toContain("Internet Explorer 11 or Edge Legacy");
  expect(body.textContent).not.toContain("pane");
});

test("registers the ribbon command on the function file, which opens the message and completes", () => {
  const associated: Record<string, (event: { completed(): void }) => void> = {};
  const opened: string[] = [];
  const office = {
    onReady: (callback: () => void) => callback(),
    actions: { associate: (name: string, f: (event: { completed(): void }) => void) => (associated[name] = f) },
    context: { ui: { displayDialogAsync: (url: string, _options: unknown, done: () => void) => (opened.push(url), done()) } },
  };
  run("https://addin.example/commands.html", { legacy: true, office });
  let completed = false;
  associated.checkActiveSheet({ completed: () => (completed = true) });
  expect(opened).toEqual(["https://addin.example/notice.html"]);
  expect(completed).toBe(true);
});

test.each(PAGES)("%s loads it after office.js and before its bundle", (page) => {
  const html = fs.readFileSync(path.resolve(__dirname, "../..", page), "utf8");
  expect(html.indexOf('src="legacy-engine.js"')).toBeGreaterThan(html.indexOf("officeJsUrl"));
  expect(html.indexOf('src="legacy-engine.js"')).toBeGreaterThan(0);
});
