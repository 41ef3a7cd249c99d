/**
 * Office.context.document.settings: the add-in's own key/value store inside the workbook, saved with
 * it (per document, per add-in; it travels with the file and needs no requirement set). Reading is
 * synchronous — Office loads the settings before onReady — and a write is saved with saveAsync.
 */

/** The part of Office.Settings used here. */
export interface SettingsHost {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback: (result: { status: unknown; error?: { message: string } | null }) => void): void;
  refreshAsync?(callback: (result: { status: unknown; error?: { message: string } | null }) => void): void;
}

export interface DocumentSettings {
  read(name: string): unknown;
  /** Set and save; rejects with Office's message when the save fails. */
  write(name: string, value: unknown): Promise<void>;
  /**
   * Read the settings saved in the workbook again. Each runtime (the pane, the ribbon's function
   * file) holds its own copy, loaded when it started; the other's saves reach it only through this.
   * https://learn.microsoft.com/javascript/api/office/office.settings#office-office-settings-refreshasync-member(1)
   */
  refresh?(): Promise<void>;
}

/** Office's settings object, or null outside Office (tests, the browser harness) or before onReady. */
export function officeSettingsHost(): SettingsHost | null {
  if (typeof Office === "undefined" || !Office.context || !Office.context.document) return null;
  return Office.context.document.settings ?? null;
}

export function documentSettings(host: SettingsHost | null = officeSettingsHost()): DocumentSettings | null {
  if (!host) return null;
  const settle =
    (resolve: () => void, reject: (e: Error) => void) =>
    (result: { status: unknown; error?: { message: string } | null }): void => {
      // Office reports the status as "succeeded" / "failed" (Office.AsyncResultStatus).
      if (result.error || String(result.status) === "failed") {
        reject(new Error(result.error?.message ?? "Office could not read or save the add-in's settings"));
      } else {
        resolve();
      }
    };
  return {
    read: (name) => host.get(name),
    refresh: () => new Promise<void>((resolve, reject) => (host.refreshAsync ? host.refreshAsync(settle(resolve, reject)) : resolve())),
    write: (name, value) =>
      new Promise<void>((resolve, reject) => {
        host.set(name, value);
        host.saveAsync((result) => {
          // Office reports the status as "succeeded" / "failed" (Office.AsyncResultStatus).
          if (result.error || String(result.status) === "failed") {
            reject(new Error(result.error?.message ?? "Office could not save the add-in's settings"));
          } else {
            resolve();
          }
        });
      }),
  };
}
