/**
 * The browser test's site: the add-in's own webpack config with HARNESS=1 (so the harness page is
 * built by exactly the loaders, CSP and chunking that ship), written into a directory of the test's
 * choosing, plus the bundled sample workbooks as GridData JSON for the harness to load.
 */
import { promises as fs } from "fs";
import path from "path";
import webpack from "webpack";
import type { GridData } from "../../src/core/grid";
import { readWorkbook } from "../../src/xlsx/read";
import { harnessDataPath, type HarnessWorkbook } from "../browser/harness/api";

const ROOT = path.resolve(__dirname, "../..");

/** The sample workbooks the harness loads, as shipped in assets/samples. */
export const HARNESS_WORKBOOK_FILES: Record<HarnessWorkbook, string> = {
  seed: path.join(ROOT, "assets/samples/seed-shenzhen-2021.xlsx"),
  "no-totals": path.join(ROOT, "assets/samples/seed-no-totals.xlsx"),
  project: path.join(ROOT, "assets/samples/project-anhui-2022.xlsx"),
};

type ConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => Promise<webpack.Configuration>;

/** Builds the site with the harness page into `outDir`; rejects with webpack's errors. */
export async function buildHarnessSite(outDir: string, mode: "development" | "production" = "development"): Promise<void> {
  // The config reads its settings from the environment when it is called, so set them for that call
  // only: the harness page, and office.js left to its default (a developer's OFFICE_JS=self would
  // copy 30 MB the harness never loads).
  const settings: Record<string, string | undefined> = { HARNESS: "1", OFFICE_JS: undefined };
  const previous = Object.fromEntries(Object.keys(settings).map((k) => [k, process.env[k]]));
  const setEnv = (values: Record<string, string | undefined>): void => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  let config: webpack.Configuration;
  setEnv(settings);
  try {
    const factory = require(path.join(ROOT, "webpack.config.js")) as ConfigFactory;
    config = await factory({}, { mode });
  } finally {
    setEnv(previous);
  }
  config = {
    ...config,
    context: ROOT,
    output: { ...config.output, path: outDir },
    // Source maps slow the build and the test reads no stack traces from the bundle.
    devtool: false,
    // Re-runs reuse the modules webpack already built (a clean clone, as in CI, builds them once).
    cache: {
      type: "filesystem",
      name: `harness-${mode}`,
      cacheDirectory: path.join(ROOT, "node_modules/.cache/ziping-harness"),
      buildDependencies: { config: [path.join(ROOT, "webpack.config.js"), path.join(ROOT, "config/addin-site.js"), __filename] },
    },
    infrastructureLogging: { level: "error" },
  };
  const stats = await new Promise<webpack.Stats>((resolve, reject) => {
    const compiler = webpack(config);
    compiler.run((error, result) => {
      compiler.close((closeError) => {
        if (error || closeError || !result) reject(error ?? closeError ?? new Error("webpack gave no stats"));
        else resolve(result);
      });
    });
  });
  if (stats.hasErrors()) {
    throw new Error(`harness build failed:\n${stats.toString({ all: false, errors: true, errorDetails: true })}`);
  }
}

/** Reads each sample workbook with the project's own reader and writes its first sheet as JSON next to the page. */
export async function writeHarnessWorkbooks(outDir: string): Promise<Record<HarnessWorkbook, GridData>> {
  const out = {} as Record<HarnessWorkbook, GridData>;
  for (const [name, file] of Object.entries(HARNESS_WORKBOOK_FILES) as [HarnessWorkbook, string][]) {
    const { sheets } = await readWorkbook(file);
    if (sheets.length !== 1) throw new Error(`${file}: expected one sheet, found ${sheets.length}`);
    const target = path.join(outDir, harnessDataPath(name));
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, JSON.stringify(sheets[0]));
    out[name] = sheets[0];
  }
  return out;
}
