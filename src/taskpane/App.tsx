/**
 * The task pane. It asks the port to act on the workbook and shows what comes back; it holds no
 * domain logic (totals, rates, outcomes and messages all come from the engine's SheetResult).
 * Findings come first: at a task pane's width (about 350 px) the first one shows without scrolling,
 * and the form's figures and the scoring settings are folded below them.
 */
import { lazy, Suspense } from "react";
import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, Spinner, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowClockwise16Regular } from "@fluentui/react-icons";
import { countBySeverity } from "../core/engine";
import type { WorkbookPort } from "../excel/port";
import { EmptyState, StartHint } from "./components/EmptyState";
import { ExportBar } from "./components/ExportBar";
import { FindingsList } from "./components/FindingsList";
import { Notices } from "./components/Notices";
import { ReadProgress } from "./components/ReadProgress";
import { Toolbar } from "./components/Toolbar";
import type { IgnoredStore } from "./ignored";
import type { LanguageStore } from "./language-store";
import { noticeText, spokenNotice } from "./notice-text";
import type { ScoringSettingsStore } from "./scoring-settings";
import { shown, type PaneState } from "./state";
import { paneStrings, type PaneStrings } from "./strings";
import { usePaneState } from "./usePaneState";
import { visuallyHidden } from "./visually-hidden";

/** The question before an overwrite, in its own chunk: a modal dialog is rarely needed and not light. */
const ConfirmWrite = lazy(() => import(/* webpackChunkName: "confirm-write" */ "./components/ConfirmWrite"));
/** What shows only once a form was found (its figures and 评分) or several sheets were checked: after the first paint. */
const Details = lazy(() => import(/* webpackChunkName: "details" */ "./components/Details"));
const SheetPicker = lazy(() => import(/* webpackChunkName: "details" */ "./components/SheetPicker"));

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    boxSizing: "border-box",
    minWidth: 0,
  },
  title: { margin: 0 },
  form: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  /** Read by screen readers, not shown: the spinner and the banners say the same on screen. */
  announcer: visuallyHidden,
});

/** What the polite live region says now: the action running, the last banner, or the last result. */
function announcement(state: PaneState, t: PaneStrings): string {
  if (state.busy && state.busy !== "live") return t.working;
  if (state.notice) return spokenNotice(noticeText(state.notice, t, state.lang));
  if (state.stale) return t.announceStale;
  const current = shown(state);
  if (!current || state.checkedAt === 0) return "";
  if (!current.result.form) return t.emptyTitle;
  const c = countBySeverity(current.result.findings);
  // A zero-width space on every other check, so the same counts are read out again.
  const again = state.checkedAt % 2 === 0 ? "\u200b" : "";
  return t.announceChecked(c.error, c.warning, c.info) + again;
}

export interface AppProps {
  port: WorkbookPort;
  /** Where the scoring settings are kept (default: in memory). */
  settings?: ScoringSettingsStore;
  /** Where ignored findings are kept (default: in memory). */
  ignored?: IgnoredStore;
  /** Where the chosen language is saved (default: nowhere). */
  language?: LanguageStore;
}

// eslint-disable-next-line max-lines-per-function -- the pane's layout in one JSX tree; its parts are components already
export function App({ port, settings, ignored: ignoredKept, language }: AppProps) {
  const styles = useStyles();
  const { state, actions, ignored } = usePaneState(port, { scoring: settings, ignored: ignoredKept, language });
  const t = paneStrings[state.lang];
  const current = shown(state);
  const busy = state.busy !== null;

  return (
    <main className={styles.root} lang={state.lang}>
      <Subtitle1 as="h1" className={styles.title}>
        {t.appTitle}
      </Subtitle1>
      <Toolbar t={t} lang={state.lang} live={state.live} guards={state.guards} busy={busy} actions={actions} />
      <div className={styles.announcer} role="status" aria-live="polite" aria-atomic="true">
        {announcement(state, t)}
      </div>
      {state.busy && <Spinner size="tiny" labelPosition="after" label={t.working} aria-hidden />}
      {state.busy && state.progress && <ReadProgress progress={state.progress} t={t} />}
      <Notices notice={state.notice} t={t} lang={state.lang} onDismiss={actions.dismiss} onUndoIgnore={(key) => void actions.restore(key)} />
      {state.stale && (
        <MessageBar intent="warning" layout="multiline" data-notice="stale">
          <MessageBarBody>{t.stale}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" icon={<ArrowClockwise16Regular />} disabled={busy} onClick={() => void actions.recheck()}>
              {t.recheck}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.confirm && (
        <Suspense fallback={null}>
          <ConfirmWrite confirm={state.confirm} t={t} onConfirm={() => void actions.confirmWrite()} onCancel={actions.cancelWrite} />
        </Suspense>
      )}
      {state.all && state.checks && state.checks.length > 1 && (
        <Suspense fallback={null}>
          <SheetPicker checks={state.checks} selected={state.selected} t={t} onSelect={(index) => void actions.selectSheet(index)} />
        </Suspense>
      )}
      {!current ? (
        <StartHint t={t} />
      ) : !current.result.form ? (
        <EmptyState t={t} sheet={current.result.sheet} />
      ) : (
        <>
          <Caption1 className={styles.form}>
            {[t.formKind[current.result.form.kind], current.result.form.unitName ?? current.result.form.projectName].filter(Boolean).join(" · ")}
          </Caption1>
          <FindingsList
            sheet={current.result.sheet}
            findings={current.result.findings}
            ignored={ignored}
            marked={state.marksCleared ? 0 : current.marked}
            lang={state.lang}
            t={t}
            onSelect={(finding) => {
              const address = finding.cells[0];
              if (address) void actions.selectCell(current.result.sheet, address);
            }}
            onIgnore={(key) => void actions.ignore(key)}
            onRestore={(key) => void actions.restore(key)}
          />
          {current.result.findings.length > 0 && (
            <ExportBar
              t={t}
              marked={!state.marksCleared && (state.checks ?? []).some((c) => c.marked > 0)}
              onCopy={() => void actions.copyFindings()}
              onExport={(kind) => void actions.exportFindings(kind)}
            />
          )}
          <Suspense fallback={null}>
            <Details
              result={current.result}
              settings={state.scoring}
              busy={busy}
              t={t}
              onSettings={(next) => void actions.setScoring(next)}
              onFillScores={() => void actions.write("scores")}
            />
          </Suspense>
        </>
      )}
    </main>
  );
}
