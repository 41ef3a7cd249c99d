/**
 * The pane's actions: the two checks up front, the writes in 更多操作 (so the findings start high at a
 * task pane's width), the live-check switch and the language toggle. The menu is loaded lazily: Fluent's
 * popover positioning would otherwise weigh on the pane's first download.
 */
import { lazy, Suspense } from "react";
import { Button, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowSync16Regular, CheckmarkCircle16Regular, Globe16Regular } from "@fluentui/react-icons";
import type { Lang } from "../../core/model";
import type { PaneStrings } from "../strings";
import type { PaneActions } from "../usePaneState";

const MoreActions = lazy(() => import(/* webpackChunkName: "more-actions" */ "./MoreActions"));

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // At 350 px the two switches and the language button do not fit one line: they wrap as wholes, and a
  // label never breaks inside itself (a squeezed 实时校验 otherwise stacks one character per line).
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  label: { whiteSpace: "nowrap" },
  language: { marginLeft: "auto" },
});

export interface ToolbarProps {
  t: PaneStrings;
  lang: Lang;
  live: boolean;
  guards: boolean;
  busy: boolean;
  actions: PaneActions;
}

export function Toolbar({ t, lang, live, guards, busy, actions }: ToolbarProps) {
  const styles = useStyles();
  return (
    <>
      <div className={styles.actions} role="group" aria-label={t.actionsLabel}>
        <Button appearance="primary" icon={<CheckmarkCircle16Regular />} disabled={busy} onClick={() => void actions.check()}>
          {t.check}
        </Button>
        <Button icon={<ArrowSync16Regular />} disabled={busy} onClick={() => void actions.checkAll()}>
          {t.checkAll}
        </Button>
        {/* The menu and its popover positioning load after the first paint, in their own chunk. */}
        <Suspense fallback={null}>
          <MoreActions t={t} busy={busy} actions={actions} />
        </Suspense>
      </div>
      <div className={styles.row}>
        <Switch label={{ children: t.live, className: styles.label }} checked={live} title={t.liveHint} onChange={(_, data) => actions.setLive(data.checked)} />
        <Switch label={{ children: t.guards, className: styles.label }} checked={guards} title={t.guardsHint} onChange={(_, data) => actions.setGuards(data.checked)} />
        <Button
          className={styles.language}
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
