/** After 检查全部工作表: one entry per sheet; choosing one shows its results below. */
import { Caption1, Subtitle2, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { countBySeverity } from "../../core/engine";
import type { UiStrings } from "../../core/i18n/ui-strings";
import type { SheetCheck } from "../../excel/port";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "4px" },
  button: { width: "100%", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
});

export interface SheetListProps {
  checks: SheetCheck[];
  selected: number;
  t: UiStrings;
  onSelect(index: number): void;
}

export function SheetList({ checks, selected, t, onSelect }: SheetListProps) {
  const styles = useStyles();
  return (
    <nav aria-labelledby="ziping-sheets-heading">
      <Subtitle2 as="h2" id="ziping-sheets-heading" className={styles.heading}>
        {t.sheetsHeading}
      </Subtitle2>
      <ul className={styles.list}>
        {checks.map((check, index) => {
          const { result } = check;
          const counts = countBySeverity(result.findings);
          return (
            <li key={result.sheet}>
              <ToggleButton
                className={styles.button}
                checked={index === selected}
                disabled={result.form === null}
                onClick={() => onSelect(index)}
              >
                <span>{result.sheet}</span>
                <Caption1>
                  {result.form === null ? t.sheetNoForm : t.sheetCounts(counts.error, counts.warning, counts.info)}
                </Caption1>
              </ToggleButton>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
