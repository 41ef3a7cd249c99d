/**
 * Everything about the form that is not a finding, folded under the list so the findings come first:
 * which form was found (family, 单位名称 or 项目名称, 年度, sheet), the money and indicator figures the
 * engine computed, and 评分 with its settings. Cell text is shown as text.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { SheetResult } from "../../core/engine";
import { groupDigits } from "../format";
import type { ScoringSettings } from "../scoring-settings";
import type { PaneStrings } from "../strings";
import { Facts } from "./Facts";
import { ScoringCard } from "./ScoringCard";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  subheading: { margin: `${tokens.spacingVerticalXS} 0 0`, fontWeight: tokens.fontWeightSemibold },
});

export interface DetailsProps {
  result: SheetResult;
  settings: ScoringSettings;
  busy: boolean;
  t: PaneStrings;
  onSettings(settings: ScoringSettings): void;
  onFillScores(): void;
}

export default function Details({ result, settings, busy, t, onSettings, onFillScores }: DetailsProps) {
  const styles = useStyles();
  const form = result.form!;
  const money = (v: string | null) => (v === null ? t.notStated : groupDigits(v));
  const about: [string, string][] = [];
  if (form.unitName) about.push([t.unitName, form.unitName]);
  if (form.projectName) about.push([t.projectName, form.projectName]);
  if (form.year) about.push([t.year, form.year]);
  about.push([t.sheet, form.sheet]);
  return (
    <Accordion collapsible multiple>
      <AccordionItem value="form">
        <AccordionHeader size="small">{t.detailsHeading}</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Facts rows={about} />
          {result.totals && (
            <>
              <Caption1 as="h3" className={styles.subheading}>
                {t.unit(result.totals.unit)}
              </Caption1>
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
              <Caption1 as="h3" className={styles.subheading}>
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
        </AccordionPanel>
      </AccordionItem>
      {result.scoring && (
        <AccordionItem value="scoring">
          <AccordionHeader size="small">{t.scoringHeading}</AccordionHeader>
          <AccordionPanel>
            <ScoringCard
              scoring={result.scoring}
              aboveMaximum={result.findings.find((f) => f.rule === "score-exceeds-weight" && f.actual === result.scoring?.statedTotal)?.expected ?? null}
              settings={settings}
              t={t}
              busy={busy}
              onSettings={onSettings}
              onFillScores={onFillScores}
            />
          </AccordionPanel>
        </AccordionItem>
      )}
    </Accordion>
  );
}
