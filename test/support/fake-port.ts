/**
 * A WorkbookPort that records what the pane asked and answers from a script, for component and
 * command tests. Any method can be given a deferred answer to hold the pane in its busy state.
 */
import type { CheckOptions } from "../../src/core/rules/rule";
import type { Lang } from "../../src/core/model";
import type { ClearedSheet, MarkOptions, SheetCheck, WorkbookPort, WriteAction, WritePreview } from "../../src/excel/port";

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

type Answer<T> = T | Promise<T> | (() => T | Promise<T>);

function answer<T>(a: Answer<T>): Promise<T> {
  return Promise.resolve(typeof a === "function" ? (a as () => T | Promise<T>)() : a);
}

export class FakePort implements WorkbookPort {
  language: Lang = "zh-CN";
  check: Answer<SheetCheck>;
  all: Answer<SheetCheck[]>;
  totals: Answer<SheetCheck>;
  summary: Answer<SheetCheck>;
  scores: Answer<SheetCheck>;
  cleared: Answer<number> = 0;
  clearedAll: Answer<ClearedSheet[]> = [];
  /** previewWrite's answer for each action (no change by default). */
  preview: Record<WriteAction, Answer<WritePreview>> = {
    totals: { changes: [], formatsChanged: [] },
    summary: { changes: [], formatsChanged: [] },
    scores: { changes: [], formatsChanged: [] },
  };
  deletedSummary: Answer<string[]> = [];
  readonly activated: string[] = [];

  readonly calls: string[] = [];
  /** The CheckOptions each checking call was given, in call order (`undefined` when none). */
  readonly options: { method: string; options: CheckOptions | undefined }[] = [];
  /** The MarkOptions each checkActiveSheet call was given (live re-checks say so). */
  readonly markOptions: (MarkOptions | undefined)[] = [];
  readonly selected: { sheet: string; address: string }[] = [];
  readonly summaryLangs: Lang[] = [];
  /** The live-edit listeners currently registered (removed when their stop function is called). */
  readonly watchers = new Set<() => void>();
  stops = 0;

  constructor(check: SheetCheck) {
    this.check = check;
    this.all = [check];
    this.totals = check;
    this.summary = check;
    this.scores = check;
  }

  private record(method: string, options: CheckOptions | undefined): void {
    this.calls.push(method);
    this.options.push({ method, options });
  }

  checkActiveSheet(options?: CheckOptions, marks?: MarkOptions): Promise<SheetCheck> {
    this.record("checkActiveSheet", options);
    this.markOptions.push(marks);
    return answer(this.check);
  }
  checkAllSheets(options?: CheckOptions): Promise<SheetCheck[]> {
    this.record("checkAllSheets", options);
    return answer(this.all);
  }
  clearMarks(): Promise<number> {
    this.calls.push("clearMarks");
    return answer(this.cleared);
  }
  clearAllMarks(): Promise<ClearedSheet[]> {
    this.calls.push("clearAllMarks");
    return answer(this.clearedAll);
  }
  /** Recorded in `calls` only: `options` lists the calls that check. */
  previewWrite(action: WriteAction, _lang: Lang, _options?: CheckOptions): Promise<WritePreview> {
    this.calls.push(`previewWrite:${action}`);
    return answer(this.preview[action]);
  }
  deleteSummary(options?: CheckOptions): Promise<string[]> {
    this.record("deleteSummary", options);
    return answer(this.deletedSummary);
  }
  activateSheet(sheet: string): Promise<void> {
    this.calls.push("activateSheet");
    this.activated.push(sheet);
    return Promise.resolve();
  }
  insertTotals(options?: CheckOptions): Promise<SheetCheck> {
    this.record("insertTotals", options);
    return answer(this.totals);
  }
  writeSummary(lang: Lang, options?: CheckOptions): Promise<SheetCheck> {
    this.record("writeSummary", options);
    this.summaryLangs.push(lang);
    return answer(this.summary);
  }
  fillScores(options?: CheckOptions): Promise<SheetCheck> {
    this.record("fillScores", options);
    return answer(this.scores);
  }
  selectCell(sheet: string, address: string): Promise<void> {
    this.calls.push("selectCell");
    this.selected.push({ sheet, address });
    return Promise.resolve();
  }
  watchEdits(onEdit: () => void, _debounceMs?: number): Promise<() => Promise<void>> {
    this.calls.push("watchEdits");
    this.watchers.add(onEdit);
    return Promise.resolve(async () => {
      this.stops++;
      this.watchers.delete(onEdit);
    });
  }
  displayLanguage(): Lang {
    return this.language;
  }

  /** Simulate the user editing the sheet. */
  edit(): void {
    for (const onEdit of this.watchers) onEdit();
  }
}
