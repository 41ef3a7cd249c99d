/** 发回问题: copy the findings as a table, export them as a file, and the reminder to clear the marks before submitting. */
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownload16Regular, Copy16Regular } from "@fluentui/react-icons";
import type { ExportKind } from "../export";
import type { PaneStrings } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  hint: { color: tokens.colorNeutralForeground3 },
});

export function ExportBar({ t, marked, onCopy, onExport }: { t: PaneStrings; marked: boolean; onCopy(): void; onExport(kind: ExportKind): void }) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={t.exportHeading}>
      <div className={styles.buttons}>
        <Button size="small" icon={<Copy16Regular />} onClick={onCopy}>
          {t.copyTable}
        </Button>
        <Button size="small" icon={<ArrowDownload16Regular />} onClick={() => onExport("xlsx")}>
          {t.exportXlsx}
        </Button>
        <Button size="small" icon={<ArrowDownload16Regular />} onClick={() => onExport("csv")}>
          {t.exportCsv}
        </Button>
      </div>
      {marked && <Caption1 className={styles.hint}>{t.clearBeforeSubmit}</Caption1>}
    </section>
  );
}
