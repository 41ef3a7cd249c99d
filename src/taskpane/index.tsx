/** The task pane's entry: wait for Office, then render the pane over the Excel adapter. */
import { createExcelPort } from "../excel";
import { documentSettings } from "../excel/document-settings";
import { mountPane } from "./mount";
import { ignoredStore } from "./ignored";
import { scoringSettingsStore } from "./scoring-settings";
import { languageStore } from "./language-store";

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  // Scoring settings and ignored findings live in the workbook (Office.context.document.settings), so they follow the file.
  const kept = documentSettings();
  // The language chosen in the pane is saved there too: the notes and the ribbon follow it.
  const port = createExcelPort(undefined, { settings: kept });
  mountPane(container, port, () => Office.context.officeTheme, scoringSettingsStore(kept), ignoredStore(kept), languageStore(kept));
});
