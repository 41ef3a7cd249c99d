/** The figures the engine computed: totals, 执行率, indicator outcomes and finding counts. */
import { Badge, Card, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { countBySeverity, type SheetResult } from "../../core/engine";
import type { UiStrings } from "../../core/i18n/ui-strings";
import { groupDigits } from "../format";
import { Facts } from "./Facts";

const useStyles = makeStyles({
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  heading: { margin: 0 },
});

export function SummaryCard({ result, marked, t }: { result: SheetResult; marked: number; t: UiStrings }) {
  const styles = useStyles();
  const counts = countBySeverity(result.findings);
  const money = (v: string | null) => (v === null ? t.notStated : groupDigits(v));
  return (
    <Card size="small" aria-label={t.summaryHeading}>
      <Subtitle2 as="h2" className={styles.heading}>
        {t.summaryHeading}
      </Subtitle2>
      {result.totals && (
        <>
          <Caption1>{t.unit(result.totals.unit)}</Caption1>
          <Facts
            numeric
            rows={[
              [t.budgetTotal, money(result.totals.budget)],
              [t.spentTotal, money(result.totals.spent)],
              [t.executionRate, result.totals.executionRate ?? t.notStated],
            ]}
          />
        </>
      )}
      {result.indicators && (
        <>
          <Caption1 as="h3" className={styles.heading}>
            {t.indicatorsHeading}
          </Caption1>
          <Facts
            numeric
            rows={[
              [t.indicatorTotal, result.indicators.total],
              [t.met, result.indicators.met],
              [t.unmet, result.indicators.unmet],
              [t.exceeded, result.indicators.exceeded],
              [t.manual, result.indicators.manual],
            ]}
          />
        </>
      )}
      <div className={styles.counts} role="group" aria-label={t.findingsCounted}>
        <Badge appearance="tint" color="danger">{`${t.severity.error} ${counts.error}`}</Badge>
        <Badge appearance="tint" color="warning">{`${t.severity.warning} ${counts.warning}`}</Badge>
        <Badge appearance="tint" color="informative">{`${t.severity.info} ${counts.info}`}</Badge>
      </div>
      <Caption1>{t.marked(marked)}</Caption1>
    </Card>
  );
}
