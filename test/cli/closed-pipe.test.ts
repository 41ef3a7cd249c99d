/**
 * `ziping check … | head`: the reader closes the pipe after its first lines. The command must end
 * quietly — no EPIPE stack trace on stderr — with the exit code the findings give.
 */
import { spawn } from "child_process";
import * as path from "path";
import { specBytes, tempDir, writeBytes } from "../support/workbooks";
import { cleanSeedSpec } from "../support/submissions";
import { ensureBuilt } from "../support/built-cli";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "ziping.js");
const SEED = path.join(ROOT, "assets/samples/seed-shenzhen-2021.xlsx");

let dir: string;
let cleanup: () => void;
let clean: string[];

beforeAll(async () => {
  ensureBuilt();
  ({ dir, cleanup } = tempDir("ziping-pipe-"));
  const bytes = await specBytes(cleanSeedSpec());
  clean = ["a", "b", "c", "d"].map((name) => writeBytes(dir, `${name}.xlsx`, bytes));
}, 180_000);
afterAll(() => cleanup());

/** Runs the command with stdout on a real pipe whose reading end is closed after the first chunk. */
function runAndCloseEarly(args: string[]): Promise<{ code: number | null; stderr: string; read: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
    let read = "";
    let stderr = "";
    child.stdout.once("data", (chunk: Buffer) => {
      read = chunk.toString();
      child.stdout.destroy(); // what `head -1` does once it has its line
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr, read }));
  });
}

describe.each([
  ["zh", "工作表"],
  ["en", "sheet"],
])("--lang %s with stdout closed after the first line", (lang, word) => {
  it("ends quietly with exit 0 when the forms are clean", async () => {
    const r = await runAndCloseEarly(["check", "--lang", lang, ...clean, ...clean]);
    expect(r.read).toContain(clean[0]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  }, 120_000);

  it("ends quietly with exit 1 when a form has an error, as without the pipe", async () => {
    const r = await runAndCloseEarly(["check", "--lang", lang, SEED, ...clean, SEED]);
    expect(r.read).toContain(word);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
  }, 120_000);

  it("ends quietly in the middle of a JSON report", async () => {
    const r = await runAndCloseEarly(["check", "--lang", lang, "--format", "json", SEED, ...clean]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
  }, 120_000);
});
