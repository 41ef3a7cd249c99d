/**
 * Watches the user's edits once a check is on show (not after 清除标记, which waits for the next
 * check). With live checks on, an edit re-checks the sheet; with them off, it marks the results as
 * out of date so nobody trusts a red cell that was already fixed.
 */
import { useEffect } from "react";
import type { WorkbookPort } from "../../excel/port";

/** Debounce for live re-checks, on top of the adapter's own handling of bursts of events. */
const LIVE_DEBOUNCE_MS = 400;

export function useLiveChecks(
  port: WorkbookPort,
  armed: boolean,
  onEdit: () => void,
  onFailure: (error: unknown) => void,
): void {
  useEffect(() => {
    if (!armed) return undefined;
    let stop: (() => Promise<void>) | null = null;
    let ended = false;
    port.watchEdits(onEdit, LIVE_DEBOUNCE_MS).then((stopWatching) => {
      if (ended) stopWatching().catch(onFailure);
      else stop = stopWatching;
    }, onFailure);
    return () => {
      ended = true;
      if (stop) stop().catch(onFailure);
    };
  }, [armed, port, onEdit, onFailure]);
}
