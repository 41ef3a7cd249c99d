/**
 * The findings in sheet order, first thing under the toolbar. The severity counts are toggles that
 * filter the list; 上一个/下一个 walk it and select each finding's cell; a search box appears on long
 * lists; 忽略 sets a finding aside for this workbook (listed below, restorable). The list is one Tab
 * stop — arrow keys move inside it — so fifty findings do not cost fifty Tabs. When the finding that
 * has focus disappears (fixed and re-checked), focus moves to the one that took its place.
 * Messages are cell text from an untrusted workbook and are rendered as React text only.
 */
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import {
  Button,
  Caption1,
  Subtitle2,
  SearchBox,
  Text,
  ToggleButton,
  makeStyles,
  mergeClasses,
  tokens,
  useArrowNavigationGroup,
} from "@fluentui/react-components";
import {
  ChevronDown16Regular,
  ChevronUp16Regular,
  ErrorCircle16Filled,
  EyeOff16Regular,
  Info16Filled,
  QuestionCircle16Regular,
  Warning16Filled,
} from "@fluentui/react-icons";
import type { Finding, Lang, Severity } from "../../core/model";
import { ruleDocPath } from "../../core/rule-docs";
import { arrange, ruleTitle, SEVERITIES } from "../findings";
import type { PaneStrings } from "../strings";
import { visuallyHidden } from "../visually-hidden";

/** Folded away and needed only once something is ignored: loaded then. */
const IgnoredList = lazy(() => import(/* webpackChunkName: "details" */ "./IgnoredList"));

/** From this many findings on, the list gets a search box. */
const SEARCH_FROM = 10;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  heading: { margin: 0, marginInlineEnd: "auto", fontSize: "inherit", fontWeight: "inherit" },
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  marked: { color: tokens.colorNeutralForeground3 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  row: { display: "flex", alignItems: "flex-start", gap: "2px" },
  item: {
    position: "relative",
    display: "flex",
    flexGrow: 1,
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
    textAlign: "start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    font: "inherit",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":active": { backgroundColor: tokens.colorSubtleBackgroundPressed },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  current: { border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorSubtleBackgroundSelected },
  icon: { flexShrink: 0, marginTop: "2px" },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
  body: { display: "flex", flexDirection: "column", gap: "2px", minWidth: 0 },
  title: { fontWeight: tokens.fontWeightSemibold },
  message: { overflowWrap: "anywhere" },
  cell: { color: tokens.colorNeutralForeground3 },
  /** Heard, not seen. */
  spoken: visuallyHidden,
});

function SeverityIcon({ severity, className }: { severity: Severity; className: string }) {
  if (severity === "error") return <ErrorCircle16Filled className={className} aria-hidden />;
  if (severity === "warning") return <Warning16Filled className={className} aria-hidden />;
  return <Info16Filled className={className} aria-hidden />;
}

export interface FindingsListProps {
  sheet: string;
  findings: Finding[];
  ignored: ReadonlySet<string>;
  /** How many cells carry a mark on the sheet (a caption beside the filters). */
  marked: number | null;
  lang: Lang;
  t: PaneStrings;
  onSelect(finding: Finding): void;
  onIgnore(key: string): void;
  onRestore(key: string): void;
}

// eslint-disable-next-line max-lines-per-function -- filter, search and list share their state and read best as one component
export function FindingsList({ sheet, findings, ignored, marked, lang, t, onSelect, onIgnore, onRestore }: FindingsListProps) {
  const styles = useStyles();
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(() => new Set(SEVERITIES));
  const [query, setQuery] = useState("");
  const [at, setAt] = useState<number | null>(null);
  const arrows = useArrowNavigationGroup({ axis: "grid-linear", memorizeCurrent: true });
  const listRef = useRef<HTMLUListElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  /** Which row had focus last, while focus was in the list. */
  const focusedRow = useRef<number | null>(null);

  const { shown, hidden } = arrange(sheet, findings, ignored, { severities, query }, lang);
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) counts[f.severity]++;
  const current = at !== null && at < shown.length ? at : null;
  const shownKeys = shown.map((l) => l.key).join("\n");
  const spoken = t.findingSpoken;

  // The finding with focus went away (fixed, ignored, filtered): focus the one now in its place.
  useEffect(() => {
    const row = focusedRow.current;
    if (row === null || listRef.current?.contains(document.activeElement)) return;
    if (document.activeElement && document.activeElement !== document.body) {
      focusedRow.current = null;
      return;
    }
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>("button[data-finding]");
    if (buttons && buttons.length > 0) buttons[Math.min(row, buttons.length - 1)].focus();
    else headingRef.current?.focus();
  }, [shownKeys]);

  const go = (index: number) => {
    const listed = shown[index];
    if (!listed) return;
    setAt(index);
    onSelect(listed.finding);
  };
  const toggle = (severity: Severity) =>
    setSeverities((now) => {
      const next = new Set(now);
      if (next.has(severity)) next.delete(severity);
      else next.add(severity);
      return next;
    });

  return (
    <section className={styles.root} aria-labelledby="ziping-findings-heading">
      <div className={styles.header}>
        <h2 id="ziping-findings-heading" className={styles.heading} ref={headingRef} tabIndex={-1}>
          <Subtitle2>{t.findingsHeading}</Subtitle2>
        </h2>
        {shown.length > 0 && (
          <>
            <Caption1 aria-live="off">{current !== null ? t.position(current + 1, shown.length) : ""}</Caption1>
            <Button size="small" appearance="subtle" icon={<ChevronUp16Regular />} aria-label={t.previous} title={t.previous} onClick={() => go(current === null ? shown.length - 1 : Math.max(0, current - 1))} />
            <Button size="small" appearance="subtle" icon={<ChevronDown16Regular />} aria-label={t.next} title={t.next} onClick={() => go(current === null ? 0 : Math.min(shown.length - 1, current + 1))} />
          </>
        )}
      </div>
      {findings.length > 0 && (
        <div className={styles.filters} role="group" aria-label={t.filterGroup}>
          {SEVERITIES.map((s) => (
            <ToggleButton
              key={s}
              size="small"
              shape="circular"
              checked={severities.has(s)}
              icon={<SeverityIcon severity={s} className={styles[s]} />}
              onClick={() => toggle(s)}
            >
              {t.filterLabel(t.severity[s], counts[s])}
            </ToggleButton>
          ))}
          {marked !== null && <Caption1 className={styles.marked}>{t.marked(marked)}</Caption1>}
        </div>
      )}
      {findings.length >= SEARCH_FROM && (
        <SearchBox size="small" aria-label={t.search} placeholder={t.searchPlaceholder} value={query} onChange={(_, data) => setQuery(data.value)} />
      )}
      {findings.length === 0 ? (
        <Text as="p">{t.noFindings}</Text>
      ) : shown.length === 0 ? (
        <Text as="p">{t.allFiltered}</Text>
      ) : (
        <ul className={styles.list} aria-labelledby="ziping-findings-heading" ref={listRef} {...arrows}>
          {shown.map(({ finding, key }, index) => {
            const title = ruleTitle(finding.rule, lang);
            const message = finding.message[lang];
            return (
              <li key={`${key}#${index}`} className={styles.row} data-severity={finding.severity}>
                <button
                  type="button"
                  data-finding={key}
                  data-rule={finding.rule}
                  className={mergeClasses(styles.item, index === current && styles.current)}
                  aria-current={index === current ? "true" : undefined}
                  disabled={finding.cells.length === 0}
                  onFocus={() => {
                    focusedRow.current = index;
                  }}
                  onClick={() => go(index)}
                >
                  <SeverityIcon severity={finding.severity} className={mergeClasses(styles.icon, styles[finding.severity])} />
                  <span className={styles.body}>
                    <span className={styles.title}>
                      <span className={styles.spoken}>{spoken.severity[finding.severity]}</span>
                      {title}
                      <span className={styles.spoken}>{spoken.afterTitle}</span>
                    </span>
                    <span className={styles.message}>
                      {message}
                      <span className={styles.spoken}>{spoken.afterMessage}</span>
                    </span>
                    {finding.cells.length > 0 && (
                      <Caption1 className={styles.cell}>
                        {t.cells(finding.cells)}
                        <span className={styles.spoken}>{spoken.hint}</span>
                      </Caption1>
                    )}
                  </span>
                </button>
                {/* The rule's page, copied into the add-in's own site by the build (docs/pane.md says why). */}
                <Button
                  as="a"
                  href={ruleDocPath(finding.rule)}
                  target="_blank"
                  rel="noopener noreferrer"
                  size="small"
                  appearance="subtle"
                  icon={<QuestionCircle16Regular />}
                  aria-label={t.ruleDocLabel(title)}
                  title={t.ruleDoc}
                  data-rule-doc={finding.rule}
                  onFocus={() => {
                    focusedRow.current = index;
                  }}
                />
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<EyeOff16Regular />}
                  aria-label={t.ignoreLabel(title)}
                  title={t.ignore}
                  onFocus={() => {
                    focusedRow.current = index;
                  }}
                  onClick={() => onIgnore(key)}
                />
              </li>
            );
          })}
        </ul>
      )}
      {hidden.length > 0 && (
        <Suspense fallback={null}>
          <IgnoredList items={hidden} lang={lang} t={t} onRestore={onRestore} />
        </Suspense>
      )}
    </section>
  );
}
