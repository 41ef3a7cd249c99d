/** The result dialog of the ribbon command: shows the text it was given, as text, and a close button. */
import { uiStrings } from "./strings";
import type { Lang } from "../core/model";

Office.onReady(() => {
  const params = new URLSearchParams(window.location.search);
  const lang: Lang = params.get("lang") === "en-US" ? "en-US" : "zh-CN";
  document.documentElement.lang = lang;
  const message = document.getElementById("message");
  const close = document.getElementById("close");
  if (!message || !close) throw new Error("notice.html lacks #message or #close");
  message.textContent = params.get("m") ?? "";
  close.textContent = uiStrings[lang].close;
  close.addEventListener("click", () => Office.context.ui.messageParent("close"));
  close.focus();
});
