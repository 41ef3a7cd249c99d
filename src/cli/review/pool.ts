/**
 * Spreads the files of a run over worker threads and hands their outcomes back in input order, so a
 * run with --jobs 4 prints and reports exactly what --jobs 1 does. Each worker holds one file at a
 * time and the main thread buffers at most WINDOW outcomes that arrived ahead of a slow file, so
 * memory stays flat however many files there are. A worker that dies (a file that exhausts its
 * memory, a crash in a library) costs only the file it was reading: that file is reported as an
 * internal error and a fresh worker takes over. A worker that cannot even start is a broken
 * installation, and fails the run.
 */
import { existsSync } from "fs";
import * as path from "path";
import { Worker } from "worker_threads";
import { lostOutcome, processFile, type FileOutcome, type Job, type JobSettings } from "./process-file";
import type { WorkerMessage } from "./worker";

export interface WorkerEntry {
  /** A script path, or code to evaluate (`eval`). */
  script: string;
  eval: boolean;
}

/**
 * The compiled worker next to this module (dist/cli/review/worker.js) when running the built
 * command; from the TypeScript sources (tests, tsx), the .ts worker loaded through tsx's require
 * hook. Null when neither can run: the caller then checks in the main thread.
 */
export function workerEntry(dir: string = __dirname): WorkerEntry | null {
  const js = path.join(dir, "worker.js");
  if (existsSync(js)) return { script: js, eval: false };
  const ts = path.join(dir, "worker.ts");
  if (!existsSync(ts)) return null;
  let hook: string;
  try {
    hook = require.resolve("tsx/cjs");
  } catch {
    return null;
  }
  return { script: `require(${JSON.stringify(hook)});\nrequire(${JSON.stringify(ts)});\n`, eval: true };
}

export interface PoolOptions {
  /** Threads to use; 1 (or no runnable worker) checks in the main thread. */
  jobs: number;
  settings: JobSettings;
  /** Called once per job, in job order. */
  onOutcome: (outcome: FileOutcome) => void;
  entry?: WorkerEntry | null;
  /** Outcomes allowed to wait for an earlier, slower file (default 8 per thread). */
  window?: number;
}

/** Delivers outcomes in index order, holding back those that arrive early. */
class InOrder {
  private readonly waiting = new Map<number, FileOutcome>();
  next = 0;

  constructor(private readonly deliver: (outcome: FileOutcome) => void) {}

  push(outcome: FileOutcome): void {
    this.waiting.set(outcome.index, outcome);
    for (let o = this.waiting.get(this.next); o !== undefined; o = this.waiting.get(this.next)) {
      this.waiting.delete(this.next);
      this.next++;
      this.deliver(o);
    }
  }
}

export async function runJobs(jobs: Job[], options: PoolOptions): Promise<void> {
  const entry = options.entry === undefined ? workerEntry() : options.entry;
  const threads = Math.min(Math.max(1, Math.floor(options.jobs)), jobs.length);
  if (threads <= 1 || entry === null) {
    for (const job of jobs) options.onOutcome(await processFile(job, options.settings));
    return;
  }
  await runThreads(jobs, threads, entry, options);
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  /** Set once the slot is finished with (stopped, or its loss handled), so 'error' + 'exit' count once. */
  gone: boolean;
}

function runThreads(jobs: Job[], threads: number, entry: WorkerEntry, options: PoolOptions): Promise<void> {
  const window = options.window ?? threads * 8;
  return new Promise<void>((resolve, reject) => {
    const slots = new Set<Slot>();
    let dispatched = 0;
    let delivered = 0;
    let settled = false;

    const stopAll = async (): Promise<void> => {
      const all = [...slots];
      slots.clear();
      for (const s of all) s.gone = true;
      await Promise.all(all.map((s) => s.worker.terminate()));
    };
    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      void stopAll().then(() => reject(error), () => reject(error));
    };

    const order = new InOrder((outcome) => {
      delivered++;
      try {
        options.onOutcome(outcome);
      } catch (error) {
        fail(error);
        return;
      }
      if (delivered === jobs.length && !settled) {
        settled = true;
        void stopAll().then(resolve, reject);
      }
    });

    const feed = (): void => {
      for (const slot of slots) {
        if (settled) return;
        if (!slot.ready || slot.job !== null || slot.gone) continue;
        if (dispatched >= jobs.length || dispatched >= order.next + window) return;
        slot.job = jobs[dispatched++];
        slot.worker.postMessage(slot.job);
      }
    };

    const finish = (slot: Slot, outcome: FileOutcome): void => {
      slot.job = null;
      order.push(outcome);
      feed();
    };

    const lost = (slot: Slot, error: Error): void => {
      if (slot.gone || settled) return;
      slot.gone = true;
      slots.delete(slot);
      if (!slot.ready) {
        fail(new Error(`a worker thread could not start: ${error.message}`));
        return;
      }
      const job = slot.job;
      if (dispatched < jobs.length || job !== null) spawn();
      if (job !== null) finish(slot, lostOutcome(job, options.settings, error.message));
    };

    const spawn = (): void => {
      const worker = new Worker(entry.script, { eval: entry.eval, workerData: { settings: options.settings } });
      const slot: Slot = { worker, ready: false, job: null, gone: false };
      slots.add(slot);
      worker.on("message", (message: WorkerMessage) => {
        if (message.type === "ready") {
          slot.ready = true;
          feed();
        } else if (message.type === "done") {
          finish(slot, message.outcome);
        } else if (slot.job !== null) {
          finish(slot, lostOutcome(slot.job, options.settings, message.detail));
        }
      });
      worker.on("error", (error) => lost(slot, error));
      worker.on("exit", (code) => lost(slot, new Error(`exit code ${code}`)));
    };

    for (let i = 0; i < threads; i++) spawn();
  });
}
