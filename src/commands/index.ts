/** The function file's entry: register the ribbon command once Office is ready. */
import { createExcelPort } from "../excel";
import { createCheckActiveSheet } from "./commands";
import { dialogNotify } from "./dialog-notify";

Office.onReady(() => {
  Office.actions.associate("checkActiveSheet", createCheckActiveSheet({ port: createExcelPort(), notify: dialogNotify }));
});
