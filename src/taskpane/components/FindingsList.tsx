/**
 * The findings, grouped by severity. Each one is a button (so Tab reaches it and Enter or Space
 * activates it) that selects the finding's first cell in the sheet. Messages are cell text from an
 * untrusted workbook and are rendered as React text only.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  CounterBadge,
  Subtitle2,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { Finding, Lang, Severity } from "../../core/model";
import type { UiStrings } from "../../core/i18n/ui-strings";
import { ruleById } from "../../core/rules";

const SEVERITIES: Severity[] = ["error", "warning", "info"];

const useStyles = makeStyles({
  heading: { margin: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  item: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    width: "100%",
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
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  icon: { flexShrink: 0, marginTop: "2px" },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
  body: { display: "flex", flexDirection: "column", gap: "2px", minWidth: 0 },
  title: { fontWeight: tokens.fontWeightSemibold },
  message: { overflowWrap: "anywhere" },
  cell: { color: tokens.colorNeutralForeground3 },
  headerCount: { marginInlineStart: tokens.spacingHorizontalS },
});

function SeverityIcon({ severity, className }: { severity: Severity; className: string }) {
  if (severity === "error") return <ErrorCircle16Filled className={className} aria-hidden />;
  if (severity === "warning") return <Warning16Filled className={className} aria-hidden />;
  return <Info16Filled className={className} aria-hidden />;
}

export function ruleTitle(id: string, lang: Lang): string {
  return ruleById(id)?.meta.title[lang] ?? id;
}

export interface FindingsListProps {
  findings: Finding[];
  lang: Lang;
  t: UiStrings;
  onSelect(finding: Finding): void;
}

export function FindingsList({ findings, lang, t, onSelect }: FindingsListProps) {
  const styles = useStyles();
  const groups = SEVERITIES.map((severity) => ({
    severity,
    items: findings.filter((f) => f.severity === severity),
  })).filter((g) => g.items.length > 0);

  return (
    <section aria-labelledby="ziping-findings-heading">
      <Subtitle2 as="h2" id="ziping-findings-heading" className={styles.heading}>
        {t.findingsHeading}
      </Subtitle2>
      {groups.length === 0 ? (
        <Text as="p">{t.noFindings}</Text>
      ) : (
        // Keyed on the groups present so a group that appears after a re-check opens too.
        <Accordion
          key={groups.map((g) => g.severity).join()}
          multiple
          collapsible
          defaultOpenItems={groups.map((g) => g.severity)}
        >
          {groups.map(({ severity, items }) => (
            <AccordionItem key={severity} value={severity}>
              <AccordionHeader icon={<SeverityIcon severity={severity} className={styles[severity]} />}>
                {t.severity[severity]}
                <CounterBadge
                  className={styles.headerCount}
                  count={items.length}
                  size="small"
                  appearance="ghost"
                  color={severity === "error" ? "danger" : severity === "warning" ? "important" : "informative"}
                />
              </AccordionHeader>
              <AccordionPanel>
                <ul className={styles.list} aria-label={t.severity[severity]}>
                  {items.map((finding, index) => {
                    const title = ruleTitle(finding.rule, lang);
                    const message = finding.message[lang];
                    const address = finding.cells[0] ?? "";
                    return (
                      <li key={`${finding.rule}:${finding.cells.join(",")}:${index}`}>
                        <button
                          type="button"
                          className={styles.item}
                          data-rule={finding.rule}
                          aria-label={t.findingLabel(title, message, address)}
                          disabled={!address}
                          onClick={() => onSelect(finding)}
                        >
                          <SeverityIcon severity={severity} className={mergeClasses(styles.icon, styles[severity])} />
                          <span className={styles.body}>
                            <span className={styles.title}>{title}</span>
                            <span className={styles.message}>{message}</span>
                            {address && (
                              <Caption1 className={styles.cell}>
                                {`${t.cell} ${address}`}
                                {finding.cells.length > 1 ? ` ${t.moreCells(finding.cells.length - 1)}` : ""}
                              </Caption1>
                            )}
                          </span>
                        </button>
                      </li>
                    );
                  })}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </section>
  );
}
