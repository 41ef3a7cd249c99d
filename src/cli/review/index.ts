/** The review summary and parallel run behind `ziping check --report/--jobs`. */
export { expandInputs } from "./inputs";
export { runReview } from "./run-review";
export { collectReports, DEFAULT_TIMEOUT_SECONDS, parseJobs, parseTimeout } from "./options";
export type { WorkerEntry } from "./pool";
