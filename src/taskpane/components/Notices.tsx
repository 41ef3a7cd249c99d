/** The banner for the last action: a refusal with what to do, a failure, or what was written and where. */
import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/model";
import { Dismiss16Regular } from "@fluentui/react-icons";
import { noticeText } from "../notice-text";
import type { Notice } from "../state";
import type { PaneStrings } from "../strings";

export interface NoticesProps {
  notice: Notice | null;
  t: PaneStrings;
  lang: Lang;
  onDismiss(): void;
  /** 撤销 on the banner that says a finding was ignored. */
  onUndoIgnore(key: string): void;
}

const useStyles = makeStyles({
  title: { display: "block", marginBlockStart: tokens.spacingVerticalS, fontWeight: tokens.fontWeightSemibold },
  items: { margin: `${tokens.spacingVerticalXXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

export function Notices({ notice, t, lang, onDismiss, onUndoIgnore }: NoticesProps) {
  const styles = useStyles();
  if (!notice) return null;
  const { intent, title, body, detail, lists } = noticeText(notice, t, lang);
  return (
    <MessageBar intent={intent} layout="multiline" data-notice={notice.kind}>
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {body}
        {lists?.map((list) => (
          <section key={list.title} aria-label={list.title}>
            <span className={styles.title}>{list.title}</span>
            <ul className={styles.items} data-section="notice-items">
              {list.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </section>
        ))}
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
