/** Shown before the first check, and when the sheet holds no form: what the add-in looks for. */
import { Body1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { TableSearch24Regular } from "@fluentui/react-icons";
import type { PaneStrings } from "../strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} 0`,
  },
  icon: { color: tokens.colorNeutralForeground3, fontSize: "32px" },
  heading: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

export function StartHint({ t }: { t: PaneStrings }) {
  return <Body1 as="p">{t.startHint}</Body1>;
}

export function EmptyState({ t, sheet }: { t: PaneStrings; sheet: string }) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="ziping-empty-heading" data-sheet={sheet}>
      <TableSearch24Regular className={styles.icon} aria-hidden />
      <Subtitle2 as="h2" id="ziping-empty-heading" className={styles.heading}>
        {t.emptyTitle}
      </Subtitle2>
      <Body1 as="p">{t.emptyHint}</Body1>
      <ul className={styles.list}>
        {t.emptyLooksFor.map((line) => (
          <li key={line}>
            <Body1>{line}</Body1>
          </li>
        ))}
      </ul>
    </section>
  );
}
