/**
 * Live re-check: the user's edits, debounced; ziping's own writes ignored. Hosts with ExcelApi 1.14
 * say who made a change (triggerSource); older ones get a time window around each write instead,
 * which can also swallow a user edit made during that window (the next edit re-checks).
 */
import type { HostChangedEventArgs } from "./host";

export const DEFAULT_DEBOUNCE_MS = 600;
/** How long after a write's sync its change events may still arrive (older hosts only). */
export const OWN_WRITE_GRACE_MS = 1000;

/** Tracks the adapter's own writes for hosts that cannot name the source of a change. */
export class OwnWrites {
  private active = 0;
  private until = 0;

  begin(): void {
    this.active++;
  }

  end(): void {
    this.active--;
    this.until = Date.now() + OWN_WRITE_GRACE_MS;
  }

  get writing(): boolean {
    return this.active > 0 || Date.now() < this.until;
  }
}

/** Is this change event ziping's own write? */
export function isOwnChange(args: HostChangedEventArgs, ownWrites: OwnWrites, knowsSource: boolean): boolean {
  if (knowsSource && args.triggerSource !== undefined) return args.triggerSource === "ThisLocalAddin";
  return ownWrites.writing;
}

/** Calls `onEdit` once a burst of user changes has been quiet for `debounceMs`. */
export class EditDebouncer {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly onEdit: () => void,
    private readonly debounceMs: number,
  ) {}

  changed(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.onEdit();
    }, this.debounceMs);
  }

  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
