/** The pane's language from Office's display language: English for any en-*, Chinese otherwise. */
import type { Lang } from "../core/model";

export function languageOf(tag: string | undefined | null): Lang {
  return tag && /^en(?:-|_|$)/i.test(tag) ? "en-US" : "zh-CN";
}

/** Office.context.displayLanguage, or zh-CN outside Office (tests, the browser harness before onReady). */
export function displayLanguage(): Lang {
  if (typeof Office === "undefined" || !Office.context) return "zh-CN";
  return languageOf(Office.context.displayLanguage);
}
