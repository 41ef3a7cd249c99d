/**
 * Worker-thread entry of a parallel run: receives jobs one at a time, answers with each file's
 * outcome. The built command runs dist/cli/review/worker.js; tests running from the TypeScript
 * sources load this file through tsx (see pool.ts).
 */
import { parentPort, workerData } from "worker_threads";
import { processFile, type Job, type JobSettings } from "./process-file";

export type WorkerMessage =
  | { type: "ready" }
  | { type: "done"; outcome: Awaited<ReturnType<typeof processFile>> }
  | { type: "failed"; index: number; detail: string };

const port = parentPort;
if (port) {
  const { settings } = workerData as { settings: JobSettings };
  // Loaded before saying ready, so a file's deadline counts the file, not this thread's start-up.
  require("../check-files");
  // One file at a time, in the order they arrive: the pool queues the next job here ahead of time.
  let previous: Promise<void> = Promise.resolve();
  port.on("message", (job: Job) => {
    previous = previous.then(() =>
      processFile(job, settings).then(
        (outcome) => port.postMessage({ type: "done", outcome } satisfies WorkerMessage),
        (error: unknown) =>
          port.postMessage({
            type: "failed",
            index: job.index,
            detail: error instanceof Error ? (error.stack ?? error.message) : String(error),
          } satisfies WorkerMessage),
      ),
    );
  });
  port.postMessage({ type: "ready" } satisfies WorkerMessage);
}
