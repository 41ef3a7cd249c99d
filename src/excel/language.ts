/**
 * Which language ziping speaks, one rule for the pane, the ribbon's message, the notes in cells and the
 * 校验摘要: the language the user chose in the pane (saved in the workbook's settings, so it follows the
 * file and reaches the ribbon's runtime) wins; without a choice, Office's display language — English
 * for any en-*, Chinese for everything else. The forms are Chinese government forms: a colleague in
 * China whose Office speaks another language (ja-JP, a zh-* variant, fr-FR) reads them in Chinese.
 */
import type { Lang } from "../core/model";
import type { DocumentSettings } from "./document-settings";

/** The document setting the pane's choice is saved under. */
export const LANGUAGE_SETTING = "language";

export function languageOf(tag: string | undefined | null): Lang {
  return tag && /^en(?:-|_|$)/i.test(tag) ? "en-US" : "zh-CN";
}

/** Office.context.displayLanguage, or zh-CN outside Office (tests, the browser harness before onReady). */
export function displayLanguage(): Lang {
  if (typeof Office === "undefined" || !Office.context) return "zh-CN";
  return languageOf(Office.context.displayLanguage);
}

/** The language the user chose in the pane, as saved in the workbook; null when none was chosen. */
export function chosenLanguage(settings: DocumentSettings | null | undefined): Lang | null {
  const value = settings?.read(LANGUAGE_SETTING);
  return value === "zh-CN" || value === "en-US" ? value : null;
}
