/** Before a write overwrites what a user typed: the cells, old → new, and a choice. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Confirmation } from "../state";
import type { PaneStrings } from "../strings";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalS} 0 0`, paddingInlineStart: tokens.spacingHorizontalL, maxHeight: "40vh", overflowY: "auto" },
  change: { overflowWrap: "anywhere", fontVariantNumeric: "tabular-nums" },
  formats: { marginTop: tokens.spacingVerticalL },
});

export default function ConfirmWrite({ confirm, t, onConfirm, onCancel }: { confirm: Confirmation | null; t: PaneStrings; onConfirm(): void; onCancel(): void }) {
  const styles = useStyles();
  return (
    <Dialog open={confirm !== null} modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{confirm ? t.confirmTitle(confirm.what) : ""}</DialogTitle>
          <DialogContent>
            <Text as="p">{t.confirmBody}</Text>
            <ul className={styles.list} data-section="overwrites">
              {confirm?.changes.map((c) => (
                <li key={c.address} className={styles.change}>
                  {t.change(c.address, c.before || t.blank, c.after || t.blank)}
                </li>
              ))}
            </ul>
            {confirm && confirm.formatsChanged.length > 0 && (
              <div className={styles.formats}>
                <Text as="p">{t.confirmFormats}</Text>
                <ul className={styles.list} data-section="format-changes">
                  {confirm.formatsChanged.map((f) => (
                    <li key={f.cell} className={styles.change}>
                      {t.formatChange(f.cell, f.to)}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {t.confirmWrite}
            </Button>
            <Button onClick={onCancel}>{t.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
