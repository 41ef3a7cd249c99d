/**
 * The task pane's first download: a production webpack build (the project's own config, written to
 * a temporary directory so dist/ is left alone), then every script taskpane.html loads from the
 * site, gzipped as a web server would send it. office.js comes from Microsoft's CDN and is not ours.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { gzipSync } from "zlib";
import webpack from "webpack";

const ROOT = path.resolve(__dirname, "..");

export interface BundleFigures {
  taskpaneGzipKB: number;
}

export interface BundleDetail extends BundleFigures {
  /** Each initial script: bytes as built and gzipped. */
  scripts: { file: string; bytes: number; gzipBytes: number }[];
}

type ConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => Promise<webpack.Configuration>;

function compile(config: webpack.Configuration): Promise<webpack.Stats> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (!stats) return reject(new Error("webpack gave no stats"));
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(stats);
    });
  });
}

/** Scripts a page loads from the site itself (not the CDN's office.js), in order. */
export function localScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)["']?[^>]*>/gi)) {
    if (!/^[a-z]+:\/\//i.test(m[1]) && !m[1].startsWith("//")) out.push(m[1]);
  }
  return out;
}

export async function measureBundle(): Promise<BundleDetail> {
  const out = await fs.mkdtemp(path.join(os.tmpdir(), "ziping-bundle-"));
  const cwd = process.cwd();
  try {
    // The config resolves entries relative to the working directory, as `npm run build` runs it.
    process.chdir(ROOT);
    const factory = require(path.join(ROOT, "webpack.config.js")) as ConfigFactory;
    const config = await factory({}, { mode: "production" });
    await compile({
      ...config,
      output: { ...config.output, path: out },
      // Source maps do not reach users and only slow the build down here.
      devtool: false,
      infrastructureLogging: { level: "error" },
      stats: "none",
    });
    const html = await fs.readFile(path.join(out, "taskpane.html"), "utf8");
    const scripts = [];
    for (const file of localScripts(html)) {
      const bytes = await fs.readFile(path.join(out, file));
      scripts.push({ file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length });
    }
    if (scripts.length === 0) throw new Error("taskpane.html loads no scripts from the site");
    const total = scripts.reduce((n, s) => n + s.gzipBytes, 0);
    return { taskpaneGzipKB: Math.round((total / 1024) * 10) / 10, scripts };
  } finally {
    process.chdir(cwd);
    await fs.rm(out, { recursive: true, force: true });
  }
}
