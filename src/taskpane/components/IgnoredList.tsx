/** Findings ignored in this workbook, folded away under the list; each can be restored. */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/model";
import { ruleTitle, type Listed } from "../findings";
import type { PaneStrings } from "../strings";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  text: { minWidth: 0, overflowWrap: "anywhere" },
});

export default function IgnoredList({ items, lang, t, onRestore }: { items: Listed[]; lang: Lang; t: PaneStrings; onRestore(key: string): void }) {
  const styles = useStyles();
  return (
    <Accordion collapsible>
      <AccordionItem value="ignored">
        <AccordionHeader size="small">{t.ignoredHeading(items.length)}</AccordionHeader>
        <AccordionPanel>
          <ul className={styles.list}>
            {items.map(({ finding, key }, index) => {
              const title = ruleTitle(finding.rule, lang);
              return (
                <li key={`${key}#${index}`} className={styles.row}>
                  <Caption1 className={styles.text}>{`${title} · ${finding.subject ?? finding.cells.join(lang === "zh-CN" ? "、" : ", ")}`}</Caption1>
                  <Button size="small" aria-label={t.restoreLabel(title)} onClick={() => onRestore(key)}>
                    {t.restore}
                  </Button>
                </li>
              );
            })}
          </ul>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
