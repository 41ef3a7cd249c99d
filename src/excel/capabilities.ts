/**
 * Which parts of the Excel API this host offers, asked once through Office's requirement sets.
 * The manifest declares MINIMUM_EXCEL_API; everything newer is optional and the adapter degrades
 * (see the notes on each flag) instead of failing.
 */

/** `Office.context.requirements.isSetSupported`, or a stand-in (the fake host, tests). */
export type SupportsSet = (name: string, version: string) => boolean;

/**
 * What the manifest declares: conditional formats with a custom formula (the marks, 1.6) and
 * worksheet.onChanged (live re-check, 1.7). The adapter still runs below it, listing findings only.
 */
export const MINIMUM_EXCEL_API = "1.7";

export interface Capabilities {
  /** 1.6: conditional formats (marks). */
  conditionalFormats: boolean;
  /** 1.7: worksheet.onChanged (live re-check). */
  sheetEvents: boolean;
  /** 1.9: RangeAreas (one conditional format over many cells), copyFrom, worksheets.onChanged. */
  rangeAreas: boolean;
  /** 1.10: threaded comments. */
  comments: boolean;
  /** 1.13: getMergedAreasOrNullObject; without it the grid has no merges. */
  merges: boolean;
  /** 1.14: WorksheetChangedEventArgs.triggerSource; without it own writes are told apart by time. */
  triggerSource: boolean;
  /** 1.18: notes (preferred for messages: no thread, no author reply UI, what the CLI writes too). */
  notes: boolean;
}

export function detectCapabilities(supports: SupportsSet): Capabilities {
  const api = (version: string): boolean => supports("ExcelApi", version);
  return {
    conditionalFormats: api("1.6"),
    sheetEvents: api("1.7"),
    rangeAreas: api("1.9"),
    comments: api("1.10"),
    merges: api("1.13"),
    triggerSource: api("1.14"),
    notes: api("1.18"),
  };
}

/** The running Office host's answer; every set is "unsupported" outside Office (never throws). */
export function officeSupports(): SupportsSet {
  return (name, version) => {
    if (typeof Office === "undefined" || !Office.context?.requirements) return false;
    return Office.context.requirements.isSetSupported(name, version);
  };
}

/** Where messages go: notes when the host has them, threaded comments otherwise, else only the pane. */
export type AnnotationKind = "note" | "comment";

export function annotationKind(caps: Capabilities): AnnotationKind | null {
  if (caps.notes) return "note";
  if (caps.comments) return "comment";
  return null;
}
