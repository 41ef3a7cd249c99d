import * as path from "path";
import { runJobs, workerEntry, type WorkerEntry } from "../../../src/cli/review/pool";
import type { FileOutcome, Job, JobSettings } from "../../../src/cli/review/process-file";
import { seedSpec } from "../../../tools/samples/seed-shenzhen-2021";
import { numericAmounts } from "../../../tools/samples/variants";
import { cleanHubeiSpec, cleanSeedSpec } from "../../support/submissions";
import { specBytes, tempDir, writeBytes } from "../../support/workbooks";

// Workbooks are written and read for real; a loaded CI machine needs more than jest's 5 s.
jest.setTimeout(60_000);

let dir: string;
let cleanup: () => void;
let jobs: Job[];

const settings = (files: string[], format: "text" | "json" = "text"): JobSettings => ({
  request: { lang: "zh-CN" },
  format,
  color: false,
  inputs: files,
});

beforeAll(async () => {
  ({ dir, cleanup } = tempDir("ziping-pool-"));
  const seed = await specBytes(seedSpec);
  const clean = await specBytes(cleanSeedSpec());
  const hubei = await specBytes(cleanHubeiSpec());
  const numeric = await specBytes(numericAmounts(seedSpec));
  const files = [
    writeBytes(dir, "a-seed.xlsx", seed),
    writeBytes(dir, "b-broken.xlsx", "not a workbook"),
    writeBytes(dir, "c-clean.xlsx", clean),
    writeBytes(dir, "d-hubei.xlsx", hubei),
    writeBytes(dir, "e-numeric.xlsx", numeric),
    writeBytes(dir, "f-crash.xlsx", clean),
    writeBytes(dir, "g-hubei.xlsx", hubei),
  ];
  jobs = files.map((file, index) => ({ index, file }));
});
afterAll(() => cleanup());

async function collect(
  entry: WorkerEntry | null,
  threads: number,
  format: "text" | "json" = "text",
  window?: number,
  timeoutMs?: number,
): Promise<FileOutcome[]> {
  const out: FileOutcome[] = [];
  await runJobs(jobs, { jobs: threads, settings: settings(jobs.map((j) => j.file), format), onOutcome: (o) => out.push(o), entry, window, timeoutMs });
  return out;
}

const entry = workerEntry();

/**
 * The real worker, doing `act` when it starts reading a file whose name contains `crash` (the
 * reader's readFileSync is where a file starts): a worker holds a queued job besides its current
 * one, so acting when a job is merely received would hit the wrong file.
 */
function onReading(act: string): WorkerEntry {
  return {
    eval: true,
    script:
      `const fs = require("fs"); const read = fs.readFileSync;\n` +
      `fs.readFileSync = function (file, ...rest) { if (String(file).includes("crash")) { ${act} } return read.call(this, file, ...rest); };\n` +
      entry!.script,
  };
}

async function runOne(worker: WorkerEntry, job: Job, timeoutMs: number, lang: "zh-CN" | "en-US"): Promise<FileOutcome> {
  const out: FileOutcome[] = [];
  const one = { ...job, index: 0 };
  await runJobs([one], { jobs: 1, settings: { ...settings([one.file]), request: { lang } }, onOutcome: (o) => out.push(o), entry: worker, timeoutMs });
  return out[0];
}

describe("runJobs", () => {
  it("finds a runnable worker from the TypeScript sources (through tsx) and the compiled one next to it in dist", () => {
    expect(entry).not.toBeNull();
    expect(entry!.eval).toBe(true);
    expect(entry!.script).toContain(path.join("src", "cli", "review", "worker.ts"));
    expect(workerEntry(path.join(__dirname, "no-such-dir"))).toBeNull();
    const built = writeBytes(dir, "worker.js", "// compiled");
    expect(workerEntry(dir)).toEqual({ script: built, eval: false });
  });

  it("gives the outcomes of two threads in input order, equal to checking in the main thread", async () => {
    const inProcess = await collect(null, 4);
    const threaded = await collect(entry, 2, "text", 1);
    expect(threaded.map((o) => o.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(threaded).toEqual(inProcess);
    expect(inProcess.map((o) => [o.failed, o.counts.error])).toEqual([
      [false, 1],
      [true, 0],
      [false, 0],
      [false, 0],
      [false, 1],
      [false, 0],
      [false, 0],
    ]);
    expect(inProcess[0].rows[0].unmet).toEqual(["邀请代表列席常委会会议人数"]);
  }, 60_000);

  it("reports a file whose worker dies as an internal error and carries on with a fresh worker", async () => {
    // With one thread the dying worker also holds the next file, queued: it must be checked, not lost.
    for (const threads of [1, 2]) {
      const out = await collect(onReading("process.exit(7);"), threads);
      expect(out.map((o) => o.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
      const crashed = out[5];
      expect(crashed.failed).toBe(true);
      expect(crashed.rows).toEqual([expect.objectContaining({ status: "failed", note: expect.stringContaining("检查进程异常退出") })]);
      expect(crashed.stdout).toContain("无法检查");
      expect(out.map((o) => o.failed)).toEqual([false, true, false, false, false, true, false]);
      expect(out[6].rows[0].status).toBe("ok");
    }
  }, 60_000);

  it("stops a file still unfinished at the deadline, reports it too slow in both languages, and carries on", async () => {
    // A read that never ends on the `crash` file, which only terminating the thread can stop.
    const hanging = onReading("for (;;);");
    for (const threads of [1, 2]) {
      const out = await collect(hanging, threads, "text", undefined, 4000);
      expect(out.map((o) => o.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
      const stuck = out[5];
      expect(stuck.failed).toBe(true);
      expect(stuck.stdout).toContain("读取和检查超过 4 秒仍未完成，已停止");
      expect(stuck.rows).toEqual([expect.objectContaining({ status: "failed", note: expect.stringContaining("超过 4 秒") })]);
      // The other files, before and after it, are checked as without a deadline.
      expect(out.map((o) => o.failed)).toEqual([false, true, false, false, false, true, false]);
      expect(out[6].rows[0].status).toBe("ok");
    }
    const en = await runOne(hanging, jobs[5], 4000, "en-US");
    expect(en.stdout).toContain("gave up after 4 s without finishing");
  }, 90_000);

  it("runs even one thread as a worker (the deadline needs one), and the main thread only without a worker", async () => {
    const marker: WorkerEntry = {
      eval: true,
      script: `require("worker_threads").parentPort.on("message", () => { throw new Error("in a worker"); });\n` + entry!.script,
    };
    const out = await collect(marker, 1);
    expect(out.every((o) => o.failed && o.stdout.includes("in a worker"))).toBe(true);
    expect((await collect(null, 1)).map((o) => o.failed)).toEqual([false, true, false, false, false, false, false]);
  }, 60_000);

  it("fails the run when a worker cannot start at all", async () => {
    await expect(collect({ eval: true, script: "throw new Error('no build here')" }, 2)).rejects.toThrow(/could not start.*no build here/);
  }, 30_000);
});
