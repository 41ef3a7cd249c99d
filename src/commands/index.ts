/** The function file's entry: register the ribbon command once Office is ready. */
import { createExcelPort } from "../excel";
import { documentSettings } from "../excel/document-settings";
import { createCheckActiveSheet } from "./commands";
import { dialogNotify } from "./dialog-notify";
import { workbookCheckOptions } from "./workbook-options";

Office.onReady(() => {
  // One settings object: refreshed for the scoring settings on each click, read for the pane's language.
  const settings = documentSettings();
  const checkOptions = workbookCheckOptions(settings);
  const port = createExcelPort(undefined, { settings });
  Office.actions.associate("checkActiveSheet", createCheckActiveSheet({ port, notify: dialogNotify, checkOptions }));
});
