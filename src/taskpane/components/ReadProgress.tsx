/**
 * How far the read of a large sheet has got. Excel on the web answers at most 5 MB at a time, so a
 * sheet beyond that is read block by block (see the adapter's onReadProgress); the bar fills as the
 * blocks arrive. It sits outside the pane's live region: the spinner's one announcement is enough,
 * and a screen reader reads the bar's value when asked.
 */
import { Field, ProgressBar } from "@fluentui/react-components";
import type { PaneStrings } from "../strings";
import type { ReadProgress as Progress } from "../../excel/port";

export function ReadProgress({ progress, t }: { progress: Progress; t: PaneStrings }) {
  const text = t.readingRows(progress.rowsRead, progress.rows);
  return (
    <Field label={text}>
      <ProgressBar value={progress.rows > 0 ? progress.rowsRead / progress.rows : 0} max={1} aria-valuetext={text} />
    </Field>
  );
}
