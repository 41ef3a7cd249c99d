/**
 * Which parts of the Excel API ziping may use here. The manifest requires MINIMUM_EXCEL_API, so
 * everything up to it is taken for granted; newer members are used only when both the host reports
 * their requirement set AND the office.js that was loaded implements them. The two can disagree:
 * `isSetSupported` answers from the host, while a self-hosted office.js (OFFICE_JS=self) is the npm
 * package's build, which may predate members the host has (the 2022 build has no Worksheet.notes).
 * https://learn.microsoft.com/office/dev/add-ins/develop/specify-api-requirements-runtime
 */

/** `Office.context.requirements.isSetSupported`, or a stand-in (the fake host, tests). */
export type SupportsSet = (name: string, version: string) => boolean;

/** Whether the loaded library has a member: `Excel.<className>.prototype` holds `member`. */
export type LibraryHas = (className: string, member: string) => boolean;

/**
 * What the manifest requires. 1.14 is what Office 2021 supports (its last set), and every Excel that
 * reports it runs add-ins in WebView2, WKWebView or a modern browser when one is installed (Microsoft
 * 365 on Windows from 16.0.13530; ExcelApi 1.14 arrived in 16.0.14326). Office 2016 and 2019, and
 * Microsoft 365 builds from before WebView2, ran add-ins in Internet Explorer 11 or Edge Legacy,
 * which cannot run the pane (the pages' legacy-engine script says so there instead). README's
 * "Supported Office" section has the table this follows.
 * https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets
 * https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins
 */
export const MINIMUM_EXCEL_API = "1.14";

export interface Capabilities {
  /** ExcelApi 1.18: notes (preferred for messages: no thread, no author reply UI, what the CLI writes too). */
  notes: boolean;
}

/** Each optional member: its requirement set and a member of the library that carries it. */
const OPTIONAL: Record<keyof Capabilities, { version: string; className: string; member: string }> = {
  notes: { version: "1.18", className: "Worksheet", member: "notes" },
};

export function detectCapabilities(supports: SupportsSet, libraryHas: LibraryHas = officeLibraryHas): Capabilities {
  const has = (key: keyof Capabilities): boolean => {
    const { version, className, member } = OPTIONAL[key];
    return supports("ExcelApi", version) && libraryHas(className, member);
  };
  return { notes: has("notes") };
}

/** The running Office host's answer; every set is "unsupported" outside Office (never throws). */
export function officeSupports(): SupportsSet {
  return (name, version) => {
    if (typeof Office === "undefined" || !Office.context?.requirements) return false;
    return Office.context.requirements.isSetSupported(name, version);
  };
}

/** Looks in the global `Excel` namespace office.js defined (false when there is none). */
export function libraryHasIn(excel: unknown): LibraryHas {
  return (className, member) => {
    const cls = (excel as Record<string, unknown> | undefined)?.[className];
    const proto = typeof cls === "function" ? (cls as { prototype?: object }).prototype : undefined;
    return proto !== undefined && member in proto;
  };
}

function officeLibraryHas(className: string, member: string): boolean {
  return libraryHasIn(typeof Excel === "undefined" ? undefined : Excel)(className, member);
}

/** Where messages go: notes when the host and library have them, else threaded comments (1.10, below the minimum). */
export type AnnotationKind = "note" | "comment";

export function annotationKind(caps: Capabilities): AnnotationKind {
  return caps.notes ? "note" : "comment";
}
