/**
 * The built command with worker threads: compile the CLI as `npm run build:cli` does (into a private
 * copy under .tmp/, so other tests' builds of dist/ cannot race this one), run bin/ziping.js with
 * --jobs 2 over a small inbox, and compare its output with the in-process run of the sources.
 */
import { execFileSync, spawnSync } from "child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import * as path from "path";
import { BAD_CASES } from "../../support/bad-corpus/cases";
import { ziping } from "../../support/cli";
import { writeInbox } from "../../support/submissions";
import { tempDir } from "../../support/workbooks";

const ROOT = path.join(__dirname, "..", "..", "..");
const BUILD = path.join(ROOT, ".tmp", "review-bin-test");

let dir: string;
let cleanup: () => void;

beforeAll(async () => {
  rmSync(BUILD, { recursive: true, force: true });
  mkdirSync(path.join(BUILD, "bin"), { recursive: true });
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json", "--outDir", path.join(BUILD, "dist")], {
    cwd: ROOT,
    stdio: "pipe",
  });
  for (const file of readdirSync(path.join(ROOT, "bin"))) copyFileSync(path.join(ROOT, "bin", file), path.join(BUILD, "bin", file));
  copyFileSync(path.join(ROOT, "package.json"), path.join(BUILD, "package.json"));
  ({ dir, cleanup } = tempDir("ziping-bin-review-"));
  await writeInbox(path.join(dir, "inbox"), { count: 40, brokenEvery: 8, folders: 3, seed: 7 });
}, 240_000);
afterAll(() => {
  cleanup();
  rmSync(BUILD, { recursive: true, force: true });
});

function built(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(BUILD, "bin", "ziping.js"), ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("bin/ziping.js check --jobs 2 (compiled workers)", () => {
  it("writes the same report and prints the same findings as the in-process run", async () => {
    const inbox = path.join(dir, "inbox");
    const threaded = path.join(dir, "threaded.csv");
    const inProcess = path.join(dir, "in-process.csv");
    const a = built(["check", inbox, "--report", threaded, "--jobs", "2"]);
    const b = await ziping(["check", inbox, "--report", inProcess, "--jobs", "1"]);
    expect(a.stderr).toBe("");
    expect(a.status).toBe(2);
    expect(a.status).toBe(b.code);
    expect(readFileSync(threaded, "utf8")).toBe(readFileSync(inProcess, "utf8"));
    expect(a.stdout.replace(threaded, "R")).toBe(b.stdout.replace(inProcess, "R"));
    expect(a.stdout).toContain(`已写入审核汇总 ${threaded}（40 行）`);
  }, 120_000);

  it("runs the compiled worker from dist: with it broken, the run fails to start, --jobs 1 too (it is a worker as well)", () => {
    const inbox = path.join(dir, "inbox");
    const worker = path.join(BUILD, "dist", "cli", "review", "worker.js");
    const good = readFileSync(worker);
    writeFileSync(worker, 'throw new Error("worker from dist");\n');
    try {
      const threads = built(["check", inbox, "--report", path.join(dir, "x.csv"), "--jobs", "2"]);
      expect(threads.status).toBe(2);
      expect(threads.stderr).toMatch(/could not start: worker from dist/);
      const single = built(["check", inbox, "--report", path.join(dir, "y.csv"), "--jobs", "1"]);
      expect(single.status).toBe(2);
      expect(single.stderr).toMatch(/could not start: worker from dist/);
    } finally {
      writeFileSync(worker, good);
    }
  }, 120_000);

  it("gives up a file still not read at --timeout and says so in both languages (pool.test.ts: the run then carries on)", async () => {
    // The bad corpus's 100,000-row workbook takes seconds to read; a tenth of a second is never enough.
    const slow = path.join(dir, "rows-100k.xlsx");
    writeFileSync(slow, await BAD_CASES.find((c) => c.file === "rows-100k.xlsx")!.build());
    const en = built(["check", "--format", "json", "--lang", "en", "--timeout", "0.1", slow]);
    expect(en.status).toBe(2);
    expect(JSON.parse(en.stdout)).toEqual([
      { file: slow, error: "gave up after 0.1 s without finishing; it was not checked (--timeout allows longer)", sheets: [] },
    ]);
    const zh = built(["check", "--timeout", "0.1", slow]);
    expect(zh.status).toBe(2);
    expect(zh.stdout).toContain("读取和检查超过 0.1 秒仍未完成，已停止，未作检查");
    // The default deadline leaves it time enough.
    const patient = built(["check", "--format", "json", slow]);
    expect(patient.status).toBe(1);
    expect((JSON.parse(patient.stdout) as { error: string | null }[])[0].error).toBeNull();
    const zero = built(["check", "--timeout", "0", slow]);
    expect(zero.status).toBe(2);
    expect(zero.stderr).toContain("expected a number of seconds, more than 0");
  }, 180_000);
});
