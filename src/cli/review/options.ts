/** Parsers for the options the review adds to `ziping check` (commander calls them per occurrence). */
import { InvalidArgumentError } from "commander";

/** `--report a.xlsx --report a.csv`: every occurrence is kept. */
export function collectReports(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function parseJobs(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new InvalidArgumentError("expected a whole number of threads, 1 or more");
  return Number(value);
}
