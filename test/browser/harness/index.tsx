/**
 * The browser test's page: the real pane (mountPane) over the real adapter and engine, on the fake
 * Excel host preloaded with one of the bundled sample workbooks. The workbook arrives as GridData
 * JSON that the test read from assets/samples/*.xlsx with src/xlsx/read.ts, so the page shows what a
 * user opening the shipped sample would get, without bundling exceljs into a browser page.
 *
 * Query: `workbook=seed|no-totals|project` (default seed), `also=<another of those>` (a second sheet),
 * `lang=en-US` (Office's display language), `theme=dark`. Office.js is never loaded: the fake's run/supports go straight into createExcelPort.
 */
import type { GridData } from "../../../src/core/grid";
import { MARK_FORMULA_TAG, type Severity } from "../../../src/core/model";
import { severityOfFormula } from "../../../src/excel/read-sheet";
import { createExcelPort, type WorkbookPort } from "../../../src/excel";
import { languageOf } from "../../../src/excel/language";
import { documentSettings, type SettingsHost } from "../../../src/excel/document-settings";
import { ignoredStore } from "../../../src/taskpane/ignored";
import { mountPane } from "../../../src/taskpane/mount";
import { scoringSettingsStore } from "../../../src/taskpane/scoring-settings";
import { FakeExcel } from "../../support/fake-excel";
import { cellName, parseRectList } from "../../support/fake-excel/addresses";
import { HARNESS_WORKBOOKS, USER_FILLS, harnessDataPath, type HarnessApi, type HarnessWorkbook, type PortCall } from "./api";

const SEVERITIES: Severity[] = ["error", "warning", "info"];

function chosenWorkbook(params: URLSearchParams): HarnessWorkbook {
  const name = params.get("workbook") ?? "seed";
  const known = HARNESS_WORKBOOKS.find((w) => w === name);
  if (!known) throw new Error(`unknown workbook "${name}" (have: ${HARNESS_WORKBOOKS.join(", ")})`);
  return known;
}

async function loadGrid(workbook: HarnessWorkbook): Promise<GridData> {
  const path = harnessDataPath(workbook);
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} (the test writes it next to harness.html)`);
  return (await response.json()) as GridData;
}

/** The port with every finished call logged, so the test can wait for "insertTotals done" rather than guess. */
function logged(port: WorkbookPort, calls: PortCall[]): WorkbookPort {
  const track =
    <A extends unknown[], R>(method: string, call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        const result = await call(...args);
        calls.push({ method, ok: true });
        return result;
      } catch (error) {
        calls.push({ method, ok: false, error: error instanceof Error ? error.message : String(error) });
        throw error;
      }
    };
  return {
    checkActiveSheet: track("checkActiveSheet", (options) => port.checkActiveSheet(options)),
    checkAllSheets: track("checkAllSheets", (options) => port.checkAllSheets(options)),
    clearMarks: track("clearMarks", () => port.clearMarks()),
    clearAllMarks: track("clearAllMarks", () => port.clearAllMarks()),
    previewWrite: track("previewWrite", (action, lang, options) => port.previewWrite(action, lang, options)),
    deleteSummary: track("deleteSummary", (options) => port.deleteSummary(options)),
    activateSheet: track("activateSheet", (sheet) => port.activateSheet(sheet)),
    insertTotals: track("insertTotals", (options) => port.insertTotals(options)),
    writeSummary: track("writeSummary", (lang, options) => port.writeSummary(lang, options)),
    fillScores: track("fillScores", (options) => port.fillScores(options)),
    selectCell: track("selectCell", (sheet, address) => port.selectCell(sheet, address)),
    watchEdits: track("watchEdits", (onEdit, debounceMs) => port.watchEdits(onEdit, debounceMs)),
    displayLanguage: () => port.displayLanguage(),
  };
}

/** Office.context.document.settings kept in memory: what the pane saves in the workbook, for the test to read. */
function memorySettings(): SettingsHost & { values: Record<string, unknown> } {
  const values: Record<string, unknown> = {};
  return {
    values,
    get: (name) => (name in values ? JSON.parse(JSON.stringify(values[name])) : null),
    set: (name, value) => {
      values[name] = JSON.parse(JSON.stringify(value));
    },
    saveAsync: (callback) => setTimeout(() => callback({ status: "succeeded" }), 0),
  };
}

function harnessApi(
  fake: FakeExcel,
  workbook: HarnessWorkbook,
  sheets: string[],
  calls: PortCall[],
  settings: { values: Record<string, unknown> },
): HarnessApi {
  const [sheet] = sheets;
  const severityOf = (formula: string): Severity => {
    const severity = severityOfFormula(formula);
    if (!severity) throw new Error(`a ziping conditional format with an unknown formula: ${formula}`);
    return severity;
  };

  return {
    workbook,
    sheet,
    sheets,
    marks(on = sheet) {
      const out: Record<Severity, string[]> = { error: [], warning: [], info: [] };
      for (const cf of fake.conditionalFormats(on)) {
        if (!cf.formula.includes(MARK_FORMULA_TAG)) continue;
        const cells = out[severityOf(cf.formula)];
        for (const { rect } of parseRectList(cf.address)) {
          for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) cells.push(cellName(r, c));
        }
      }
      for (const s of SEVERITIES) out[s].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
      return out;
    },
    conditionalFormats: () => fake.conditionalFormats(sheet),
    annotations: (on = sheet) => fake.annotations(on),
    activeSheet: () => fake.activeSheet.name,
    protect: (on, yes) => fake.protect(on, yes),
    cellEditMode: (on) => fake.setCellEditMode(on),
    documentSettings: () => JSON.parse(JSON.stringify(settings.values)) as Record<string, unknown>,
    displayedFill: (address) => fake.displayedFill(sheet, address),
    cell: (address) => fake.cell(sheet, address),
    contents: () => fake.contents(sheet),
    formats: () => fake.formats(sheet),
    merges: () => fake.merges(sheet),
    selection: () => fake.selection,
    syncCount: () => fake.syncCount,
    calls: () => calls.map((c) => ({ ...c })),
    handlerErrors: () => fake.handlerErrors.map((e) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e))),
    userEdit: (address, value) => fake.userEdit(sheet, address, value),
  };
}

async function main(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const workbook = chosenWorkbook(params);
  const grid = await loadGrid(workbook);
  const fake = new FakeExcel({ displayLanguage: params.get("lang") ?? "zh-CN" });
  fake.addSheet(grid.sheet, { grid, fills: USER_FILLS });
  const sheets = [grid.sheet];
  const also = params.get("also");
  if (also) {
    const second = await loadGrid(chosenWorkbook(new URLSearchParams({ workbook: also })));
    const name = second.sheet === grid.sheet ? `${second.sheet} (2)` : second.sheet;
    fake.addSheet(name, { grid: { ...second, sheet: name } });
    sheets.push(name);
    fake.activate(grid.sheet);
  }
  const calls: PortCall[] = [];
  const port = createExcelPort(fake.run, { supports: fake.supports, libraryHas: fake.libraryHas, displayLanguage: () => languageOf(fake.displayLanguage) });
  const container = document.getElementById("container");
  if (!container) throw new Error("harness.html has no #container element");
  const dark = params.get("theme") === "dark";
  const settings = memorySettings();
  const kept = documentSettings(settings);
  mountPane(container, logged(port, calls), () => (dark ? { isDarkTheme: true } : null), scoringSettingsStore(kept), ignoredStore(kept));
  window.__harness = harnessApi(fake, workbook, sheets, calls, settings);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  window.__harnessError = message;
  const container = document.getElementById("container");
  if (container) container.textContent = `harness failed: ${message}`;
  // Rethrown so the page reports it too (the test listens for page errors).
  throw error;
});
