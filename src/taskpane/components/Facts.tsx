/** A two-column term/value list (`<dl>`), the shape both the header and the summary use. */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  group: { display: "contents" },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere" },
  numeric: { fontVariantNumeric: "tabular-nums", textAlign: "end" },
});

export function Facts({ rows, numeric = false }: { rows: [string, string | number][]; numeric?: boolean }) {
  const styles = useStyles();
  return (
    <dl className={styles.list}>
      {rows.map(([term, value]) => (
        <div key={term} className={styles.group}>
          <dt className={styles.term}>{term}</dt>
          <dd className={mergeClasses(styles.value, numeric && styles.numeric)}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
