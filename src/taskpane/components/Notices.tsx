/** The banner for the last action: a refusal, an error, or what was written. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { Dismiss16Regular } from "@fluentui/react-icons";
import type { UiStrings } from "../../core/i18n/ui-strings";
import type { Notice } from "../state";

export function Notices({ notice, t, onDismiss }: { notice: Notice | null; t: UiStrings; onDismiss(): void }) {
  if (!notice) return null;
  let intent: "warning" | "error" | "success" | "info";
  let title: string | null = null;
  let body: string;
  switch (notice.kind) {
    case "refusal":
      intent = "warning";
      title = t.refusalTitle;
      body = t.refusal[notice.reason];
      if (notice.reason === "unsupported" && notice.detail) body += t.unsupportedNeeds(notice.detail);
      break;
    case "error":
      intent = "error";
      title = t.errorTitle;
      body = notice.message;
      break;
    case "cleared":
      intent = "success";
      body = t.cleared(notice.count);
      break;
    case "written":
      intent = "success";
      body = notice.what === "totals" ? t.totalsInserted : t.summaryWritten;
      break;
    case "filled":
      intent = notice.count > 0 ? "success" : "info";
      body = notice.count > 0 ? t.scoresFilled(notice.count) : t.noScoresToFill;
      break;
  }
  return (
    <MessageBar intent={intent} layout="multiline" data-notice={notice.kind}>
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {body}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" aria-label={t.dismiss} icon={<Dismiss16Regular />} onClick={onDismiss} />
        }
      />
    </MessageBar>
  );
}
