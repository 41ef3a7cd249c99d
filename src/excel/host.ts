/**
 * The slice of the Excel JavaScript API the adapter uses, as structural types. The adapter is
 * written against these, the fake host in test/support/fake-excel implements them, and the
 * assertions at the bottom make `tsc` prove that the real `Excel.*` classes from @types/office-js
 * satisfy them — so every call the adapter makes exists in Office.js with the same shape.
 *
 * Requirement sets are noted per member; the adapter checks them before use (see capabilities.ts).
 */

/** A cell value as Office.js returns it (blank cells read back as ""). */
export type HostValue = string | number | boolean | null;

export interface HostSyncable {
  sync(): Promise<unknown>;
}

export interface HostLoadable<Self> {
  load(propertyNames: string): Self;
  /** Set after a sync for objects obtained through an *OrNullObject method. */
  readonly isNullObject: boolean;
}

export interface HostRangeFill extends HostLoadable<HostRangeFill> {
  color: string;
  clear(): void;
}

export interface HostRangeFormat extends HostLoadable<HostRangeFormat> {
  readonly fill: HostRangeFill;
  /** Points; null when the range's columns differ. */
  readonly columnWidth: number | null;
}

export interface HostRange extends HostLoadable<HostRange> {
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly cellCount: number;
  values: HostValue[][];
  formulas: HostValue[][];
  numberFormat: HostValue[][];
  readonly format: HostRangeFormat;
  readonly conditionalFormats: HostConditionalFormatCollection;
  /** The used cells within this range (their bounding rectangle); a null object when none are. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): HostRange;
  /** ExcelApi 1.13. Only merged areas whose top-left cell lies in this range are returned (office-js#3611). */
  getMergedAreasOrNullObject(): HostRangeAreas;
  /** ExcelApi 1.9. The formula cells only: their formulas cost a fraction of loading every cell's. */
  getSpecialCellsOrNullObject(cellType: "Formulas"): HostRangeAreas;
  insert(shift: "Down"): HostRange;
  /** ExcelApi 1.9. */
  copyFrom(sourceRange: HostRange | HostRangeAreas | string, copyType?: "Formats"): void;
  clear(applyTo?: "Contents"): void;
  select(): void;
}

export interface HostRangeCollection extends HostLoadable<HostRangeCollection> {
  readonly items: HostRange[];
}

/** ExcelApi 1.9. */
export interface HostRangeAreas extends HostLoadable<HostRangeAreas> {
  readonly address: string;
  readonly areaCount: number;
  readonly cellCount: number;
  /** Each rectangle with its real extent (RangeAreas.address may list only top-left cells: office-js#1590). */
  readonly areas: HostRangeCollection;
  readonly conditionalFormats: HostConditionalFormatCollection;
}

export interface HostConditionalRangeFill {
  color: string;
}

export interface HostConditionalRangeFormat {
  readonly fill: HostConditionalRangeFill;
}

export interface HostConditionalFormatRule {
  formula: string;
}

export interface HostCustomConditionalFormat extends HostLoadable<HostCustomConditionalFormat> {
  readonly rule: HostConditionalFormatRule;
  readonly format: HostConditionalRangeFormat;
}

/** ExcelApi 1.6. */
export interface HostConditionalFormat extends HostLoadable<HostConditionalFormat> {
  readonly type: string;
  readonly custom: HostCustomConditionalFormat;
  readonly customOrNullObject: HostCustomConditionalFormat;
  delete(): void;
  /** ExcelApi 1.9 (several areas). */
  getRanges(): HostRangeAreas;
  getRangeOrNullObject(): HostRange;
}

export interface HostConditionalFormatCollection extends HostLoadable<HostConditionalFormatCollection> {
  readonly items: HostConditionalFormat[];
  add(type: "Custom"): HostConditionalFormat;
}

/** A threaded comment (ExcelApi 1.10) or a note (ExcelApi 1.18): text attached to one cell. */
export interface HostAnnotation extends HostLoadable<HostAnnotation> {
  content: string;
  readonly authorName: string;
  delete(): void;
  getLocation(): HostRange;
}

/** ExcelApi 1.10: a thread; its replies are other people's answers. */
export interface HostComment extends HostAnnotation {
  readonly replies: HostLoadable<unknown> & { readonly items: unknown[] };
}

/** ExcelApi 1.10. */
export interface HostCommentCollection extends HostLoadable<HostCommentCollection> {
  readonly items: HostComment[];
  add(cellAddress: HostRange | string, content: string): HostAnnotation;
  getItemByCell(cellAddress: HostRange | string): HostAnnotation;
}

/** ExcelApi 1.18. */
export interface HostNoteCollection extends HostLoadable<HostNoteCollection> {
  readonly items: HostAnnotation[];
  add(cellAddress: HostRange | string, content: string): HostAnnotation;
  getItem(key: string): HostAnnotation;
}

export interface HostWorksheetProtection extends HostLoadable<HostWorksheetProtection> {
  readonly protected: boolean;
}

export interface HostChangedEventArgs {
  readonly address: string;
  readonly worksheetId: string;
  /** ExcelApi 1.14; absent on older hosts. */
  readonly triggerSource?: string;
}

export interface HostEventHandlerResult {
  remove(): void;
  readonly context: HostSyncable;
}

export interface HostEventHandlers<Args> {
  add(handler: (args: Args) => Promise<unknown>): HostEventHandlerResult;
}

export interface HostWorksheet extends HostLoadable<HostWorksheet> {
  readonly name: string;
  readonly id: string;
  readonly protection: HostWorksheetProtection;
  /** ExcelApi 1.10. */
  readonly comments: HostCommentCollection;
  /** ExcelApi 1.18. */
  readonly notes: HostNoteCollection;
  /** ExcelApi 1.7. */
  readonly onChanged: HostEventHandlers<HostChangedEventArgs>;
  getUsedRangeOrNullObject(valuesOnly?: boolean): HostRange;
  getRange(address?: string): HostRange;
  /** ExcelApi 1.9. */
  getRanges(address?: string): HostRangeAreas;
  activate(): void;
}

export interface HostWorksheetCollection extends HostLoadable<HostWorksheetCollection> {
  readonly items: HostWorksheet[];
  getActiveWorksheet(): HostWorksheet;
  getItem(key: string): HostWorksheet;
  /** ExcelApi 1.9. */
  readonly onChanged: HostEventHandlers<HostChangedEventArgs>;
}

export interface HostWorkbook {
  readonly worksheets: HostWorksheetCollection;
}

export interface HostContext extends HostSyncable {
  readonly workbook: HostWorkbook;
}

/** `Excel.run`, or the fake host's replacement. */
export type HostRun = <T>(batch: (context: HostContext) => Promise<T>) => Promise<T>;

// ---------------------------------------------------------------------------------------------
// Compile-time proof that Office.js provides this slice (fails `tsc` if @types/office-js disagrees).

type Conforms<Actual, Expected> = [Actual] extends [Expected] ? true : false;
type Assert<T extends true> = T;

export type OfficeConformance = [
  Assert<Conforms<Excel.RequestContext, HostContext>>,
  Assert<Conforms<Excel.Range, HostRange>>,
  Assert<Conforms<Excel.RangeAreas, HostRangeAreas>>,
  Assert<Conforms<Excel.ConditionalFormat, HostConditionalFormat>>,
  Assert<Conforms<Excel.Comment, HostComment>>,
  Assert<Conforms<Excel.Note, HostAnnotation>>,
  Assert<Conforms<Excel.WorksheetChangedEventArgs, HostChangedEventArgs>>,
  Assert<Conforms<typeof Excel.run, HostRun>>,
];
