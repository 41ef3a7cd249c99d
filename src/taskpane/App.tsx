/**
 * The task pane. It asks the port to act on the workbook and shows what comes back; it holds no
 * domain logic (totals, rates, outcomes and messages all come from the engine's SheetResult).
 */
import { Spinner, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { uiStrings } from "../core/i18n/ui-strings";
import type { WorkbookPort } from "../excel/port";
import { EmptyState, StartHint } from "./components/EmptyState";
import { FindingsList } from "./components/FindingsList";
import { FormHeader } from "./components/FormHeader";
import { Notices } from "./components/Notices";
import { ReadProgress } from "./components/ReadProgress";
import { ScoringCard } from "./components/ScoringCard";
import { SheetList } from "./components/SheetList";
import { SummaryCard } from "./components/SummaryCard";
import { Toolbar } from "./components/Toolbar";
import type { ScoringSettingsStore } from "./scoring-settings";
import { shown } from "./state";
import { usePaneState } from "./usePaneState";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    boxSizing: "border-box",
    minWidth: 0,
  },
  title: { margin: 0 },
  status: { minHeight: "20px" },
});

export interface AppProps {
  port: WorkbookPort;
  /** Where the scoring settings are kept (default: in memory). */
  settings?: ScoringSettingsStore;
}

export function App({ port, settings }: AppProps) {
  const styles = useStyles();
  const { state, actions } = usePaneState(port, settings);
  const t = uiStrings[state.lang];
  const current = shown(state);

  return (
    <main className={styles.root} lang={state.lang}>
      <Title3 as="h1" className={styles.title}>
        {t.appTitle}
      </Title3>
      <Toolbar t={t} lang={state.lang} live={state.live} busy={state.busy !== null} actions={actions} />
      <div className={styles.status} role="status" aria-live="polite">
        {state.busy && <Spinner size="tiny" labelPosition="after" label={t.working} />}
      </div>
      {state.busy && state.progress && <ReadProgress progress={state.progress} t={t} />}
      <Notices notice={state.notice} t={t} onDismiss={actions.dismiss} />
      {state.checks && state.checks.length > 1 && (
        <SheetList checks={state.checks} selected={state.selected} t={t} onSelect={actions.selectSheet} />
      )}
      {!current ? (
        <StartHint t={t} />
      ) : !current.result.form ? (
        <EmptyState t={t} sheet={current.result.sheet} />
      ) : (
        <>
          <FormHeader form={current.result.form} t={t} />
          <SummaryCard result={current.result} marked={current.marked} t={t} />
          {current.result.scoring && (
            <ScoringCard
              scoring={current.result.scoring}
              settings={state.scoring}
              t={t}
              busy={state.busy !== null}
              onSettings={(next) => void actions.setScoring(next)}
              onFillScores={() => void actions.fillScores()}
            />
          )}
          <FindingsList
            findings={current.result.findings}
            lang={state.lang}
            t={t}
            onSelect={(finding) => {
              const address = finding.cells[0];
              if (address) void actions.selectCell(current.result.sheet, address);
            }}
          />
        </>
      )}
    </main>
  );
}
