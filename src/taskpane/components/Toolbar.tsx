/** The pane's actions, the live-check switch and the language toggle. */
import { Button, Switch, makeStyles, tokens } from "@fluentui/react-components";
import {
  ArrowSync16Regular,
  ClearFormatting16Regular,
  DocumentBulletList16Regular,
  TableStackBelow16Regular,
  CheckmarkCircle16Regular,
  Globe16Regular,
} from "@fluentui/react-icons";
import type { Lang } from "../../core/model";
import type { UiStrings } from "../../core/i18n/ui-strings";
import type { PaneActions } from "../usePaneState";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  row: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
});

export interface ToolbarProps {
  t: UiStrings;
  lang: Lang;
  live: boolean;
  busy: boolean;
  actions: PaneActions;
}

export function Toolbar({ t, lang, live, busy, actions }: ToolbarProps) {
  const styles = useStyles();
  return (
    <>
      <div className={styles.actions} role="group" aria-label={t.actionsLabel}>
        <Button appearance="primary" icon={<CheckmarkCircle16Regular />} disabled={busy} onClick={() => void actions.check()}>
          {t.check}
        </Button>
        <Button icon={<ClearFormatting16Regular />} disabled={busy} onClick={() => void actions.clear()}>
          {t.clearMarks}
        </Button>
        <Button icon={<TableStackBelow16Regular />} disabled={busy} onClick={() => void actions.insertTotals()}>
          {t.insertTotals}
        </Button>
        <Button icon={<DocumentBulletList16Regular />} disabled={busy} onClick={() => void actions.writeSummary()}>
          {t.writeSummary}
        </Button>
        <Button icon={<ArrowSync16Regular />} disabled={busy} onClick={() => void actions.checkAll()}>
          {t.checkAll}
        </Button>
      </div>
      <div className={styles.row}>
        <Switch
          label={t.live}
          checked={live}
          title={t.liveHint}
          onChange={(_, data) => actions.setLive(data.checked)}
        />
        <Button
          appearance="subtle"
          size="small"
          icon={<Globe16Regular />}
          lang={lang === "zh-CN" ? "en-US" : "zh-CN"}
          aria-label={t.switchLanguageLabel}
          onClick={() => actions.setLanguage(lang === "zh-CN" ? "en-US" : "zh-CN")}
        >
          {t.otherLanguage}
        </Button>
      </div>
    </>
  );
}
