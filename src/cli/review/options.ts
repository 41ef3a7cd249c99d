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

/** What a file may take, read and checked, before it is given up (`--timeout`). */
export const DEFAULT_TIMEOUT_SECONDS = 120;

/** `--timeout 90`, `--timeout 0.5`: seconds, more than 0. */
export function parseTimeout(value: string): number {
  const seconds = Number(value.trim());
  if (value.trim() === "" || !Number.isFinite(seconds) || seconds <= 0) throw new InvalidArgumentError("expected a number of seconds, more than 0");
  return seconds;
}
