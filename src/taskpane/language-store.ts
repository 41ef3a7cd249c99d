/** The pane's language choice, saved in the workbook's add-in settings (src/excel/language.ts says who reads it). */
import type { Lang } from "../core/model";
import type { DocumentSettings } from "../excel/document-settings";
import { LANGUAGE_SETTING } from "../excel/language";

export interface LanguageStore {
  save(lang: Lang): Promise<void>;
}

export function languageStore(document: DocumentSettings | null): LanguageStore | undefined {
  return document ? { save: (lang) => document.write(LANGUAGE_SETTING, lang) } : undefined;
}
