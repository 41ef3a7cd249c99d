/**
 * Excel has no notification area for add-ins, so the function command shows its result in a small
 * Office dialog (notice.html) and completes when the user closes it. The text travels in the query
 * string and the dialog renders it as text.
 */
import type { Lang } from "../core/model";

/** Office closes a function command that runs too long; close the notice before that. */
const NOTICE_TIMEOUT_MS = 60_000;

export function noticeUrl(base: string, text: string, lang: Lang): string {
  const url = new URL("notice.html", base);
  url.searchParams.set("lang", lang);
  url.searchParams.set("m", text);
  return url.toString();
}

export function dialogNotify(text: string, lang: Lang): Promise<void> {
  if (!Office.context.requirements.isSetSupported("DialogApi", "1.1")) {
    // The marks on the sheet are the result; without a dialog there is nowhere else to say it.
    console.warn(`ziping: DialogApi 1.1 unavailable; result not shown: ${text}`);
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    Office.context.ui.displayDialogAsync(
      noticeUrl(window.location.href, text, lang),
      { height: 30, width: 35, displayInIframe: true },
      (opened) => {
        if (opened.status !== Office.AsyncResultStatus.Succeeded) {
          reject(new Error(`could not open the result dialog: ${opened.error.message}`));
          return;
        }
        const dialog = opened.value;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const done = () => {
          if (timer !== undefined) clearTimeout(timer);
          resolve();
        };
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
          dialog.close();
          done();
        });
        // Fires when the user closes the dialog with its own close box.
        dialog.addEventHandler(Office.EventType.DialogEventReceived, done);
        timer = setTimeout(() => {
          dialog.close();
          resolve();
        }, NOTICE_TIMEOUT_MS);
      },
    );
  });
}
