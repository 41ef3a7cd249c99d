/** The function file's entry: register the ribbon command once Office is ready. */
import { createExcelPort } from "../excel";
import { documentSettings } from "../excel/document-settings";
import { createCheckActiveSheet } from "./commands";
import { dialogNotify } from "./dialog-notify";
import { workbookCheckOptions } from "./workbook-options";

Office.onReady(() => {
  const checkOptions = workbookCheckOptions(documentSettings());
  Office.actions.associate("checkActiveSheet", createCheckActiveSheet({ port: createExcelPort(), notify: dialogNotify, checkOptions }));
});
