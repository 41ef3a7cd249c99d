/**
 * Timing that survives a busy machine: warm up, repeat, take the median. Single-threaded work is
 * timed in CPU time of this process (what the work costs, not how long the scheduler made it wait);
 * parallel runs, where waiting is the point, in wall time.
 */

export interface Sample {
  /** Median of the repetitions, in milliseconds. */
  median: number;
  /** Every repetition, in milliseconds, sorted. */
  all: number[];
}

export function median(values: number[]): number {
  if (values.length === 0) throw new Error("median of nothing");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function sample(times: number[]): Sample {
  return { median: median(times), all: [...times].sort((a, b) => a - b) };
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}

export interface Repeat {
  /** Untimed runs first, so the JIT has compiled the hot paths (default 3). */
  warmup?: number;
  /** Timed runs (default 7). */
  reps?: number;
  /**
   * Each timed sample runs `fn` until at least this much CPU time has passed and reports the time
   * per run (default 0: one run per sample). A run of a few milliseconds either pays for a
   * collection or does not; a sample of many runs pays its share of them.
   */
  minSampleMs?: number;
}

/** CPU time of `fn`, median over `reps` samples after `warmup` untimed runs. */
export function cpuTime(fn: () => unknown, { warmup = 3, reps = 7, minSampleMs = 0 }: Repeat = {}): Sample {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const start = process.cpuUsage();
    let runs = 0;
    let spent = 0;
    do {
      fn();
      runs++;
      spent = cpuMs(start);
    } while (spent < minSampleMs);
    times.push(spent / runs);
  }
  return sample(times);
}

/** CPU time of an async `fn` (nothing else may run meanwhile: the process's CPU time is counted). */
export async function cpuTimeAsync(fn: () => Promise<unknown>, { warmup = 3, reps = 7 }: Repeat = {}): Promise<Sample> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const start = process.cpuUsage();
    await fn();
    times.push(cpuMs(start));
  }
  return sample(times);
}

/**
 * Timed runs of two workloads interleaved (a b a b …), so a burst of load from elsewhere hits both
 * and their ratio stays honest.
 */
export async function interleaved<T extends string>(
  runs: Record<T, () => Promise<number>>,
  reps: number,
): Promise<Record<T, Sample>> {
  const names = Object.keys(runs) as T[];
  const times = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<T, number[]>;
  for (let i = 0; i < reps; i++) {
    for (const name of names) times[name].push(await runs[name]());
  }
  return Object.fromEntries(names.map((n) => [n, sample(times[n])])) as Record<T, Sample>;
}

export function round(n: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
}
