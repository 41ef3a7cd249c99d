/**
 * The built command (dist/, what bin/ziping.js runs) for tests that spawn it: rebuilt first when it
 * is missing or older than the sources, as npm's prepare would.
 */
import { execFileSync } from "child_process";
import { readdirSync, statSync } from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/** Build dist/ (as npm's prepare does) when it is missing or older than the sources it comes from. */
export function ensureBuilt(): void {
  const main = path.join(ROOT, "dist", "cli", "main.js");
  // The folders tsconfig.cli.json compiles.
  const sources = ["core", "xlsx", "cli"].map((d) => newestSource(path.join(ROOT, "src", d)));
  let built = 0;
  try {
    built = statSync(main).mtimeMs;
  } catch {
    built = 0;
  }
  if (built < Math.max(...sources)) {
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "pipe" });
  }
}
