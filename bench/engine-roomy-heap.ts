/**
 * Child of bench/engine.ts, run with --max-semi-space-size=64: the 1,000- and 10,000-task timings
 * of the engine, printed as JSON. Started by measureEngine; not a benchmark of its own.
 */
import { departmentForm } from "./forms";
import { timeForm } from "./engine";

async function main(): Promise<void> {
  const [small, large] = process.argv.slice(2).map(Number);
  const rows1k = await timeForm(`${small} tasks`, departmentForm(small), { warmup: 10, reps: 21 });
  const rows10k = await timeForm(`${large} tasks`, departmentForm(large), { warmup: 2, reps: 9 });
  process.stdout.write(JSON.stringify({ rows1k: rows1k.engine, rows10k: rows10k.engine }));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(2);
});
