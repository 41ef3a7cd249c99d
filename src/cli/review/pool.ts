/**
 * Spreads the files of a run over worker threads and hands their outcomes back in input order, so a
 * run with --jobs 4 prints and reports exactly what --jobs 1 does. Each worker reads one file at a
 * time (and holds the name of the next) and the main thread buffers at most WINDOW outcomes that
 * arrived ahead of a slow file, so memory stays flat however many files there are. A worker that
 * dies (a file that exhausts its memory, a crash in a library) costs only the file it was reading:
 * that file is reported as an internal error, a fresh worker takes over, and the file it held
 * next is handed out again. A file still unfinished at the deadline (a workbook
 * that is slow rather than large: exceljs cannot be interrupted inside a thread) has its worker
 * terminated the same way and is reported as too slow. A worker that cannot even start is a broken
 * installation, and fails the run.
 */
import { existsSync } from "fs";
import * as path from "path";
import { Worker } from "worker_threads";
import { lostOutcome, processFile, slowOutcome, type FileOutcome, type Job, type JobSettings } from "./process-file";
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
  /** Threads to use. Even one is a worker thread, so the deadline can stop it. */
  jobs: number;
  settings: JobSettings;
  /** Called once per job, in job order. */
  onOutcome: (outcome: FileOutcome) => void;
  /** Where the worker is; null checks in the main thread, one file after another, with no deadline. */
  entry?: WorkerEntry | null;
  /** Wall-clock milliseconds a file may take in its worker before it is given up (none by default). */
  timeoutMs?: number;
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
  if (jobs.length === 0) return;
  if (entry === null) {
    for (const job of jobs) options.onOutcome(await processFile(job, options.settings));
    return;
  }
  await runThreads(jobs, threads, entry, options);
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Jobs handed to the worker, in order: it runs the first and has the others queued. */
  queue: Job[];
  /** The running job's deadline. */
  timer?: NodeJS.Timeout;
  /** Set once the slot is finished with (stopped, or its loss handled), so 'error' + 'exit' count once. */
  gone: boolean;
}

/**
 * Jobs each worker holds: the one it runs and the next, so it never waits for the main thread
 * between two files (that round trip left a worker idle a tenth of the time on small forms).
 */
const QUEUED_PER_WORKER = 2;

/** Every worker of the run stopped, its deadline cleared; the slots are marked gone so late events count for nothing. */
async function stopSlots(slots: Set<Slot>): Promise<void> {
  const all = [...slots];
  slots.clear();
  for (const s of all) {
    s.gone = true;
    clearTimeout(s.timer);
  }
  await Promise.all(all.map((s) => s.worker.terminate()));
}

interface WorkerEvents {
  /** The worker has loaded and takes jobs. */
  ready: () => void;
  /** Its current job ended with this outcome (a file it could not check is an outcome too). */
  done: (slot: Slot, outcome: FileOutcome) => void;
  /** It failed or exited: the pool decides what its jobs become. */
  lost: (slot: Slot, error: Error) => void;
}

/** A worker thread in a fresh slot, its messages turned into the pool's events. */
function startWorker(entry: WorkerEntry, settings: JobSettings, on: WorkerEvents): Slot {
  const worker = new Worker(entry.script, { eval: entry.eval, workerData: { settings } });
  const slot: Slot = { worker, ready: false, queue: [], gone: false };
  worker.on("message", (message: WorkerMessage) => {
    // A message posted just before its worker was given up belongs to a job already reported.
    if (slot.gone) return;
    if (message.type === "ready") {
      slot.ready = true;
      on.ready();
    } else if (message.type === "done") {
      on.done(slot, message.outcome);
    } else if (slot.queue.length > 0) {
      on.done(slot, lostOutcome(slot.queue[0], settings, message.detail));
    }
  });
  worker.on("error", (error) => on.lost(slot, error));
  worker.on("exit", (code) => on.lost(slot, new Error(`exit code ${code}`)));
  return slot;
}

// One run's state (slots, requeued jobs, counts) shared by the closures that dispatch, finish, abandon
// and expire jobs: split further, each would take that state as arguments.
/* eslint-disable max-lines-per-function */
function runThreads(jobs: Job[], threads: number, entry: WorkerEntry, options: PoolOptions): Promise<void> {
  const window = options.window ?? threads * 8;
  return new Promise<void>((resolve, reject) => {
    const slots = new Set<Slot>();
    /** Jobs a stopped worker had queued but not started: handed out again before new ones. */
    const requeued: Job[] = [];
    let dispatched = 0;
    let delivered = 0;
    let settled = false;

    const stopAll = (): Promise<void> => stopSlots(slots);
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

    // The deadline runs from when a job becomes the worker's current one.
    const startClock = (slot: Slot): void => {
      clearTimeout(slot.timer);
      const job = slot.queue[0];
      if (job !== undefined && options.timeoutMs !== undefined) slot.timer = setTimeout(() => expire(slot, job), options.timeoutMs);
    };

    const nextJob = (): Job | undefined => {
      if (requeued.length > 0) return requeued.shift();
      if (dispatched >= jobs.length || dispatched >= order.next + window) return undefined;
      return jobs[dispatched++];
    };

    const feed = (): void => {
      for (const slot of slots) {
        if (settled) return;
        if (!slot.ready || slot.gone) continue;
        while (slot.queue.length < QUEUED_PER_WORKER) {
          const job = nextJob();
          if (job === undefined) return;
          slot.queue.push(job);
          slot.worker.postMessage(job);
          if (slot.queue.length === 1) startClock(slot);
        }
      }
    };

    /** The worker's current job ended with `outcome`; it goes on with the next it holds. */
    const finish = (slot: Slot, outcome: FileOutcome): void => {
      slot.queue.shift();
      startClock(slot);
      order.push(outcome);
      feed();
    };

    /** The worker is gone: its current job gets `outcome`, the ones it held go to other workers. */
    const abandon = (slot: Slot, outcome: (job: Job) => FileOutcome): void => {
      slot.gone = true;
      clearTimeout(slot.timer);
      slots.delete(slot);
      const [current, ...held] = slot.queue;
      requeued.unshift(...held);
      if (dispatched < jobs.length || requeued.length > 0) spawn();
      if (current !== undefined) order.push(outcome(current));
      feed();
    };

    const lost = (slot: Slot, error: Error): void => {
      if (slot.gone || settled) return;
      if (!slot.ready) {
        slot.gone = true;
        slots.delete(slot);
        fail(new Error(`a worker thread could not start: ${error.message}`));
        return;
      }
      abandon(slot, (job) => lostOutcome(job, options.settings, error.message));
    };

    // Past its deadline: the worker is stopped mid-file (its 'exit' then finds the slot gone).
    const expire = (slot: Slot, job: Job): void => {
      if (slot.gone || settled || slot.queue[0] !== job) return;
      void slot.worker.terminate();
      abandon(slot, (stuck) => slowOutcome(stuck, options.settings, options.timeoutMs!));
    };

    const spawn = (): void => {
      const slot = startWorker(entry, options.settings, {
        ready: () => feed(),
        done: (slot, outcome) => finish(slot, outcome),
        lost: (slot, error) => lost(slot, error),
      });
      slots.add(slot);
    };

    for (let i = 0; i < threads; i++) spawn();
  });
}
/* eslint-enable max-lines-per-function */
