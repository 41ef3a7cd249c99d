/**
 * The scoring settings for the ribbon's check. The ribbon runs in its own runtime, which shares only
 * the workbook with the pane: its copy of the document settings dates from when it started, so they
 * are read afresh from the workbook on every click.
 * https://learn.microsoft.com/office/dev/add-ins/testing/runtimes
 */
import type { CheckOptions } from "../core/rules/rule";
import type { DocumentSettings } from "../excel/document-settings";
import { checkOptionsOf, scoringSettingsStore } from "../taskpane/scoring-settings";

export function workbookCheckOptions(settings: DocumentSettings | null): () => Promise<CheckOptions> {
  return async () => {
    await settings?.refresh?.();
    return checkOptionsOf(scoringSettingsStore(settings).load());
  };
}
