/**
 * Runs one pane action at a time. An action's work ends in the event that shows its outcome; a throw
 * becomes a banner (never dropped). An edit that arrives while an action runs, or a settings change,
 * is checked once the action is done.
 */
import { useCallback, useRef, type Dispatch } from "react";
import { noticeOf } from "../problems";
import type { Job, PaneEvent } from "../state";

export interface Runner {
  run(job: Job, work: () => Promise<PaneEvent>): Promise<void>;
  /** Whether an action is running now. */
  busy(): boolean;
  /** Ask for a re-check once the running action is done (live or not). */
  recheckAfter(): void;
}

export function useRunner(dispatch: Dispatch<PaneEvent>, recheck: () => Promise<PaneEvent>, live: () => boolean): Runner {
  const running = useRef(false);
  /** An edit arrived while another action ran: re-check once it is done (when live checks are on). */
  const editPending = useRef(false);
  /** The scoring settings changed while another action ran: re-check once it is done, live or not. */
  const settingsPending = useRef(false);

  const run = useCallback(
    async (job: Job, work: () => Promise<PaneEvent>): Promise<void> => {
      if (running.current) {
        if (job === "live") editPending.current = true;
        return;
      }
      running.current = true;
      dispatch({ type: "start", job });
      let cleared = false;
      try {
        const event = await work();
        cleared = event.type === "cleared";
        dispatch(event);
      } catch (error) {
        dispatch({ type: "failed", notice: noticeOf(error) });
      } finally {
        running.current = false;
      }
      if (editPending.current || settingsPending.current) {
        const asked = settingsPending.current;
        editPending.current = false;
        settingsPending.current = false;
        // After 清除标记 a re-check would put the marks straight back: the next check is the user's call.
        if (!cleared && (asked || live())) await run("live", recheck);
      }
    },
    [dispatch, recheck, live],
  );

  return {
    run,
    busy: () => running.current,
    recheckAfter: () => {
      settingsPending.current = true;
    },
  };
}
