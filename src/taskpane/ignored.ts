/**
 * Findings the user chose to ignore in this workbook (忽略此项). Kept in the document's add-in
 * settings when Office offers them, so they travel with the file; in memory otherwise (tests, the
 * browser harness). A finding is known by its sheet, its rule, what it is about — its subject (the
 * indicator or row) when it has one, else its cells, so inserting the totals row does not bring it back —
 * and its words, which tell apart two findings on one row and bring a finding back once its figures change.
 */
import type { Finding } from "../core/model";
import type { DocumentSettings } from "../excel/document-settings";

const IGNORED_KEY = "ziping.ignored";

export function findingKey(sheet: string, finding: Finding): string {
  return [sheet, finding.rule, finding.subject ?? finding.cells.join(","), finding.message["zh-CN"]].join("|");
}

export interface IgnoredStore {
  load(): string[];
  save(keys: string[]): Promise<void>;
}

/** Anyone could have written the stored value: only strings are kept. */
function readKeys(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

export function ignoredStore(document: DocumentSettings | null): IgnoredStore {
  if (!document) {
    let kept: string[] = [];
    return {
      load: () => kept,
      save: async (keys) => {
        kept = keys;
      },
    };
  }
  return {
    load: () => readKeys(document.read(IGNORED_KEY)),
    save: (keys) => document.write(IGNORED_KEY, [...keys]),
  };
}
