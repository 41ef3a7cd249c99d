/** Which form was found: its family, 单位名称 or 项目名称, 年度 and the sheet. Cell text is shown as text. */
import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Form } from "../../core/model";
import type { UiStrings } from "../../core/i18n/ui-strings";
import { Facts } from "./Facts";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
});

export function FormHeader({ form, t }: { form: Form; t: UiStrings }) {
  const styles = useStyles();
  const rows: [string, string][] = [];
  if (form.unitName) rows.push([t.unitName, form.unitName]);
  if (form.projectName) rows.push([t.projectName, form.projectName]);
  if (form.year) rows.push([t.year, form.year]);
  rows.push([t.sheet, form.sheet]);
  return (
    <section className={styles.root} aria-label={t.formKind[form.kind]}>
      <Subtitle2 as="h2" className={styles.heading}>
        {t.formKind[form.kind]}
      </Subtitle2>
      <Facts rows={rows} />
    </section>
  );
}
