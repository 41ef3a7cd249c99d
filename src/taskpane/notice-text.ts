/** The words of a banner, shared by the banner itself and the live region that reads it out. */
import type { Lang } from "../core/model";
import { isFailure, problemText } from "./problems";
import type { PaneStrings } from "./strings";
import type { Notice } from "./state";

export type Intent = "warning" | "error" | "success" | "info";

export interface NoticeText {
  intent: Intent;
  title: string | null;
  body: string;
  detail?: string;
  /** Lists under the body, each with a heading; the points are the engine's sentences in the pane's language. */
  lists?: { title: string; items: string[] }[];
}

/** The banner's words and, for the live region, the same as one string. */
export function spokenNotice(text: NoticeText): string {
  return [text.body, ...(text.lists ?? []).flatMap((l) => [l.title, ...l.items])].join(" ");
}

export function noticeText(notice: Notice, t: PaneStrings, lang: Lang): NoticeText {
  switch (notice.kind) {
    case "problem": {
      const p = notice.problem;
      const body = problemText(p, t);
      if (!isFailure(p)) return { intent: "warning", title: t.refusalTitle, body };
      return { intent: "error", title: t.errorTitle, body, detail: t.failureDetail(p.params.detail) };
    }
    case "cleared":
      return { intent: "success", title: null, body: notice.sheets.length > 0 ? t.cleared(notice.sheets) : t.nothingToClear };
    case "written": {
      const lists: { title: string; items: string[] }[] = [];
      if (notice.formatsChanged) lists.push({ title: t.formatsChangedTitle, items: notice.formatsChanged.map((c) => c.message[lang]) });
      if (notice.kept) lists.push({ title: t.totalsKeptTitle, items: notice.kept.map((k) => t.keptItem(k.cells, k.message[lang])) });
      const wrote = notice.cells.length > 0;
      return {
        // A kept total is something the user asked for and did not get: a warning, not a plain note.
        intent: notice.kept ? "warning" : wrote ? "success" : "info",
        title: null,
        body: wrote ? t.wrote(notice.what, notice.cells) : notice.kept ? t.keptEveryTotal : t.wroteNothing(notice.what),
        ...(lists.length > 0 ? { lists } : {}),
      };
    }
    case "summary-deleted":
      return { intent: notice.cells.length > 0 ? "success" : "info", title: null, body: notice.cells.length > 0 ? t.summaryDeleted(notice.cells) : t.noSummaryToDelete };
    case "ignored":
      return { intent: "info", title: null, body: t.ignoredNotice };
    case "copied":
      return { intent: "success", title: null, body: t.copied(notice.count) };
    case "copy-failed":
      return { intent: "warning", title: null, body: t.copyFailed };
    case "exported":
      return { intent: "success", title: null, body: t.exported(notice.file) };
  }
}
