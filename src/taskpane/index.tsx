/** The task pane's entry: wait for Office, then render the pane over the Excel adapter. */
import { createExcelPort } from "../excel";
import { mountPane } from "./mount";

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  mountPane(container, createExcelPort(), () => Office.context.officeTheme);
});
