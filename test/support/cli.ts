/**
 * Running `ziping` in-process with captured output, for CLI tests.
 */
import { Writable } from "stream";
import { run } from "../../src/cli/main";
import type { WorkerEntry } from "../../src/cli/review";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

class Capture extends Writable {
  text = "";
  constructor(readonly isTTY = false) {
    super();
  }
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.text += chunk.toString();
    callback();
  }
}

export interface CliOptions {
  tty?: boolean;
  env?: NodeJS.ProcessEnv;
  /**
   * Worker threads as the command uses them (`workerEntry()`: the sources through tsx). By default
   * the files are checked in the test's own thread: a tsx worker per run would cost seconds each.
   */
  workers?: WorkerEntry | null;
}

export async function ziping(args: string[], options: CliOptions = {}): Promise<CliRun> {
  const stdout = new Capture(options.tty ?? false);
  const stderr = new Capture(options.tty ?? false);
  const code = await run(args, { stdout, stderr, env: options.env ?? {}, workers: options.workers ?? null });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
