/** The review summary and parallel run behind `ziping check --report/--jobs`. */
export { expandInputs } from "./inputs";
export { runReview, reportFormat, defaultJobs, type ReviewOptions } from "./run-review";
export { reviewRows, type ReviewRow } from "./review-row";
export { REVIEW_COLUMNS, reviewStrings } from "./strings";
export { collectReports, DEFAULT_TIMEOUT_SECONDS, parseJobs, parseTimeout } from "./options";
export type { WorkerEntry } from "./pool";
