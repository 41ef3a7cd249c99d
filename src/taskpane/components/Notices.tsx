/** The banner for the last action: a refusal with what to do, a failure, or what was written and where. */
import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Dismiss16Regular } from "@fluentui/react-icons";
import { noticeText } from "../notice-text";
import type { Notice } from "../state";
import type { PaneStrings } from "../strings";

export interface NoticesProps {
  notice: Notice | null;
  t: PaneStrings;
  onDismiss(): void;
  /** 撤销 on the banner that says a finding was ignored. */
  onUndoIgnore(key: string): void;
}

export function Notices({ notice, t, onDismiss, onUndoIgnore }: NoticesProps) {
  if (!notice) return null;
  const { intent, title, body, detail } = noticeText(notice, t);
  return (
    <MessageBar intent={intent} layout="multiline" data-notice={notice.kind}>
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {body}
        {detail && (
          <>
            <br />
            <Caption1>{detail}</Caption1>
          </>
        )}
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" aria-label={t.dismiss} icon={<Dismiss16Regular />} onClick={onDismiss} />}
      >
        {notice.kind === "ignored" && (
          <Button size="small" onClick={() => onUndoIgnore(notice.key)}>
            {t.undo}
          </Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
