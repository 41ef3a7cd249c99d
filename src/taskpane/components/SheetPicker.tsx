/** After 校验全部工作表: which sheet's results are on show; choosing one also makes it the active sheet. */
import { Field, Select } from "@fluentui/react-components";
import { countBySeverity } from "../../core/engine";
import type { SheetCheck } from "../../excel/port";
import type { PaneStrings } from "../strings";

export default function SheetPicker({ checks, selected, t, onSelect }: { checks: SheetCheck[]; selected: number; t: PaneStrings; onSelect(index: number): void }) {
  return (
    <Field label={t.sheetsHeading} size="small">
      <Select size="small" value={String(selected)} onChange={(_, data) => onSelect(Number(data.value))}>
        {checks.map(({ result }, index) => {
          const counts = countBySeverity(result.findings);
          const text = result.form === null ? t.sheetNoForm : t.sheetCounts(counts.error, counts.warning, counts.info);
          return (
            <option key={result.sheet} value={index} disabled={result.form === null}>
              {`${result.sheet}（${text}）`}
            </option>
          );
        })}
      </Select>
    </Field>
  );
}
