/**
 * Live re-check: the user's edits, debounced; ziping's own writes ignored. Every Excel the manifest
 * admits (ExcelApi 1.14) says who made a change: WorksheetChangedEventArgs.triggerSource.
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs#excel-excel-worksheetchangedeventargs-triggersource-member
 */
import { fail } from "../core/problem";
import { isCellEditMode } from "./errors";
import type { HostChangedEventArgs, HostEventHandlerResult, HostRun } from "./host";

const DEFAULT_DEBOUNCE_MS = 600;

/** Is this change event ziping's own write? */
function isOwnChange(args: HostChangedEventArgs): boolean {
  return args.triggerSource === "ThisLocalAddin";
}

/** Calls `onEdit` once a burst of user changes has been quiet for `debounceMs`. */
class EditDebouncer {
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

/** Listen to every sheet's changes (so switching sheets keeps live checks on); resolves to the stop function. */
export async function watchEdits(run: HostRun, onEdit: () => void, debounceMs = DEFAULT_DEBOUNCE_MS): Promise<() => Promise<void>> {
  const debouncer = new EditDebouncer(onEdit, debounceMs);
  let stopped = false;
  const handler = async (args: HostChangedEventArgs): Promise<void> => {
    if (!stopped && !isOwnChange(args)) debouncer.changed();
  };
  let registration: HostEventHandlerResult;
  try {
    registration = await run(async (context) => {
      const added = context.workbook.worksheets.onChanged.add(handler);
      await context.sync();
      return added;
    });
  } catch (error) {
    if (isCellEditMode(error)) throw fail("cell-edit-mode", {}, error);
    throw error;
  }
  return async () => {
    stopped = true;
    debouncer.cancel();
    registration.remove();
    await registration.context.sync();
  };
}
