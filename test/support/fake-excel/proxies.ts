/**
 * Client objects as Office.js has them: proxies whose properties throw PropertyNotLoaded until a
 * load() and a sync(), whose setters and methods queue commands that run, in order, when the
 * context syncs, and whose *OrNullObject variants report isNullObject after the sync. They
 * implement the adapter's host slice (src/excel/host.ts), so the compiler checks both sides.
 */
import type {
  HostAnnotation,
  HostChangedEventArgs,
  HostComment,
  HostCommentCollection,
  HostConditionalFormat,
  HostConditionalFormatCollection,
  HostConditionalFormatRule,
  HostConditionalRangeFill,
  HostConditionalRangeFormat,
  HostContext,
  HostCustomConditionalFormat,
  HostEventHandlerResult,
  HostEventHandlers,
  HostNoteCollection,
  HostRange,
  HostRangeAreas,
  HostRangeCollection,
  HostRangeFill,
  HostRangeFormat,
  HostValue,
  HostWorkbook,
  HostWorksheet,
  HostWorksheetCollection,
  HostWorksheetProtection,
} from "../../../src/excel/host";
import { cellCount, intersects, parseRect, parseRectList, quoteSheet, rectName, splitSheet, type Rect } from "./addresses";
import {
  FakeOfficeError,
  type AnnotationKind,
  type AnnotationState,
  type CellValue,
  type ConditionalFormatState,
  type SheetState,
  type WorkbookState,
} from "./workbook";

export interface QueuedOp {
  run: () => void;
  write: boolean;
}

export type ChangeHandler = (args: HostChangedEventArgs) => Promise<unknown>;
export type HandlerScope = { sheetId: string } | "workbook";

/** What the proxies need from the host: the document, API versions, events, payload accounting. */
export interface FakeHostAccess {
  readonly doc: WorkbookState;
  /** What the loaded office.js implements. */
  libraryHas(className: string, member: string): boolean;
  readonly author: string;
  /** Throws ApiNotFound when the host's ExcelApi version is below `version`. */
  require(version: string, api: string): void;
  addHandler(scope: HandlerScope, handler: ChangeHandler): number;
  removeHandler(id: number): void;
  /** Counts a loaded value against the response size limit. */
  payload(value: unknown): void;
  execute(context: FakeRequestContext, ops: QueuedOp[]): Promise<void>;
}

/**
 * Reading a property before load() and sync() throws PropertyNotLoaded.
 * https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#load
 */
const notLoaded = (name: string): FakeOfficeError =>
  new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

const notFound = (what: string): FakeOfficeError => new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist (${what}).`);

export class FakeRequestContext implements HostContext {
  readonly workbook: FakeWorkbook;
  private queue: QueuedOp[] = [];

  constructor(readonly host: FakeHostAccess) {
    this.workbook = new FakeWorkbook(this);
  }

  /** `write`: the command changes the document (what failure injection counts). */
  enqueue(op: () => void, write = false): void {
    this.queue.push({ run: op, write });
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    await this.host.execute(this, ops);
  }
}

/** Shared behaviour of every proxy: lazy resolution during a sync, load paths, null objects. */
abstract class FakeClientObject<T> {
  private target: T | null | undefined = undefined;
  private synced = false;
  protected readonly loaded = new Map<string, unknown>();

  constructor(
    readonly context: FakeRequestContext,
    private readonly resolver: (() => T | null) | null,
    protected readonly orNull = false,
  ) {}

  protected get host(): FakeHostAccess {
    return this.context.host;
  }

  /** Finds the host object; subclasses whose lookup needs `this` override it. */
  protected resolveTarget(): T | null {
    if (!this.resolver) throw new Error(`${this.constructor.name} has no resolver`);
    return this.resolver();
  }

  /** Runs inside a sync. A null target is an error unless this object came from an *OrNullObject call. */
  resolve(): T | null {
    if (this.target === undefined) this.target = this.resolveTarget();
    if (this.target === null && !this.orNull) throw notFound(this.constructor.name);
    return this.target;
  }

  must(): T {
    const t = this.resolve();
    if (t === null) throw new FakeOfficeError("InvalidOperation", `${this.constructor.name} is a null object`);
    return t;
  }

  get isNullObject(): boolean {
    if (!this.synced) throw notLoaded("isNullObject");
    return this.target === null;
  }

  load(propertyNames = ""): this {
    const paths = propertyNames
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => s.split("/"));
    this.context.enqueue(() => this.applyLoad(paths));
    return this;
  }

  /** Queue a command on this object; it runs against the host object at sync time. */
  protected queue(op: (target: T) => void): void {
    this.context.enqueue(() => op(this.must()), true);
  }

  applyLoad(paths: string[][]): void {
    const t = this.resolve();
    this.synced = true;
    if (t === null) {
      for (const [head, ...rest] of paths) this.navigation(head)?.applyLoad(rest.length ? [rest] : []);
      return;
    }
    if (paths.length === 0) {
      for (const name of this.scalarNames()) this.loadScalar(t, name);
      return;
    }
    for (const [head, ...rest] of paths) {
      const nav = this.navigation(head);
      if (nav) nav.applyLoad(rest.length ? [rest] : []);
      else if (rest.length > 0 || !this.scalarNames().includes(head)) {
        throw new FakeOfficeError("InvalidArgument", `${this.constructor.name} has no property '${[head, ...rest].join("/")}'`);
      } else this.loadScalar(t, head);
    }
  }

  private loadScalar(t: T, name: string): void {
    const value = this.readScalar(t, name);
    this.host.payload(value);
    this.loaded.set(name, value);
  }

  protected scalarNames(): readonly string[] {
    return [];
  }

  protected readScalar(_t: T, name: string): unknown {
    throw new FakeOfficeError("InvalidArgument", `no property ${name}`);
  }

  protected navigation(_name: string): FakeClientObject<unknown> | undefined {
    return undefined;
  }

  protected get<V>(name: string): V {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as V;
  }
}

/** A collection: `items` are proxies of the host objects, created when "items/…" is loaded. */
abstract class FakeCollection<T extends object, P extends FakeClientObject<T>> extends FakeClientObject<T[]> {
  private readonly proxies = new Map<T, P>();
  private loadedItems: P[] | undefined;

  protected abstract itemProxy(target: T): P;

  protected proxyFor(target: T): P {
    let p = this.proxies.get(target);
    if (!p) {
      p = this.itemProxy(target);
      this.proxies.set(target, p);
    }
    return p;
  }

  get items(): P[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }

  override applyLoad(paths: string[][]): void {
    const list = this.resolve();
    if (list === null) return super.applyLoad(paths);
    const itemPaths = paths.length === 0 ? [] : paths.filter((p) => p[0] === "items").map((p) => p.slice(1));
    const bad = paths.find((p) => p[0] !== "items");
    if (bad) throw new FakeOfficeError("InvalidArgument", `a collection loads items/…, not '${bad.join("/")}'`);
    const proxies = list.map((t) => this.proxyFor(t));
    for (const p of proxies) p.applyLoad(itemPaths.filter((x) => x.length > 0));
    this.loadedItems = proxies;
    super.applyLoad([]);
  }
}

// ---------------------------------------------------------------------------------------------
// Workbook and worksheets

export class FakeWorkbook implements HostWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  constructor(readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context, () => context.host.doc.sheets);
  }
}

export class FakeWorksheetCollection extends FakeCollection<SheetState, FakeWorksheet> implements HostWorksheetCollection {
  readonly onChanged: FakeEventHandlers;

  constructor(context: FakeRequestContext, resolver: () => SheetState[]) {
    super(context, resolver);
    this.onChanged = new FakeEventHandlers(context, () => "workbook", "1.9");
  }

  protected itemProxy(target: SheetState): FakeWorksheet {
    return new FakeWorksheet(this.context, () => (target.id && this.host.doc.sheetById(target.id)) || null);
  }

  getActiveWorksheet(): FakeWorksheet {
    const sheet = new FakeWorksheet(this.context, () => this.host.doc.sheetById(this.host.doc.activeId) ?? null);
    this.context.enqueue(() => sheet.resolve());
    return sheet;
  }

  getItem(key: string): FakeWorksheet {
    const sheet = new FakeWorksheet(this.context, () => this.host.doc.sheetByName(key) ?? this.host.doc.sheetById(key) ?? null);
    this.context.enqueue(() => sheet.resolve());
    return sheet;
  }
}

export class FakeWorksheetProtection extends FakeClientObject<SheetState> implements HostWorksheetProtection {
  protected override scalarNames() {
    return ["protected"] as const;
  }
  protected override readScalar(t: SheetState, name: string): unknown {
    if (name === "protected") return t.protected;
    return super.readScalar(t, name);
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

export class FakeWorksheet extends FakeClientObject<SheetState> implements HostWorksheet {
  readonly protection: FakeWorksheetProtection;
  readonly comments: FakeAnnotationCollection;
  private readonly noteCollection: FakeAnnotationCollection;
  readonly onChanged: FakeEventHandlers;

  constructor(context: FakeRequestContext, resolver: () => SheetState | null) {
    super(context, resolver);
    this.protection = new FakeWorksheetProtection(context, () => this.resolve());
    this.comments = new FakeAnnotationCollection(context, this, "comment");
    this.noteCollection = new FakeAnnotationCollection(context, this, "note");
    this.onChanged = new FakeEventHandlers(context, () => ({ sheetId: this.must().id }), "1.7");
  }

  /**
   * Undefined when the loaded office.js predates notes (as the npm package's 2022 build does), whatever
   * the host supports: the member comes from the library, the requirement set from the host.
   * https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn
   */
  get notes(): FakeAnnotationCollection {
    return this.host.libraryHas("Worksheet", "notes") ? this.noteCollection : (undefined as unknown as FakeAnnotationCollection);
  }

  protected override scalarNames() {
    return ["name", "id", "position"] as const;
  }
  protected override readScalar(t: SheetState, name: string): unknown {
    if (name === "name") return t.name;
    if (name === "id") return t.id;
    if (name === "position") return this.host.doc.sheets.indexOf(t);
    return super.readScalar(t, name);
  }
  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === "protection") return this.protection;
    return undefined;
  }

  get name(): string {
    return this.get("name");
  }
  get id(): string {
    return this.get("id");
  }

  private range(resolveRect: (sheet: SheetState) => Rect | null, orNull = false): FakeRange {
    const range = new FakeRange(
      this.context,
      () => {
        const sheet = this.resolve();
        if (sheet === null) return null;
        const rect = resolveRect(sheet);
        return rect ? { sheet, rect } : null;
      },
      orNull,
    );
    this.context.enqueue(() => range.resolve());
    return range;
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.context.enqueue(() => this.host.require("1.4", "Worksheet.getUsedRangeOrNullObject"));
    return this.range((sheet) => sheet.usedRect(valuesOnly), true);
  }

  getRange(address?: string): FakeRange {
    return this.range(() => parseRect(address === undefined || address === "" ? "A:XFD" : splitSheet(address).ref));
  }

  getRanges(address = ""): FakeRangeAreas {
    const areas = new FakeRangeAreas(this.context, () => {
      this.host.require("1.9", "Worksheet.getRanges");
      const sheet = this.must();
      return { sheet, rects: parseRectList(address).map((p) => p.rect) };
    });
    this.context.enqueue(() => areas.resolve());
    return areas;
  }

  activate(): void {
    this.queue((sheet) => {
      this.host.doc.activeId = sheet.id;
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Ranges

export interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}

function cellValue(sheet: SheetState, row: number, col: number): HostValue {
  const v = sheet.peek(row, col)?.value;
  return v === null || v === undefined ? "" : v;
}

/**
 * Excel refuses to get the cells of a range of more than 5,000,000 cells, on every platform (Excel on
 * the web's 5 MB response cap comes on top: FakeExcel.payload).
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 */
export const MAX_GET_CELLS = 5_000_000;

function grid<V>(rect: Rect, read: (row: number, col: number) => V): V[][] {
  if (cellCount(rect) > MAX_GET_CELLS) {
    throw new FakeOfficeError("GeneralException", `A get of ${cellCount(rect)} cells is over Excel's limit of ${MAX_GET_CELLS}.`);
  }
  const out: V[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const line: V[] = [];
    for (let c = rect.left; c <= rect.right; c++) line.push(read(r, c));
    out.push(line);
  }
  return out;
}

export class FakeRangeFill extends FakeClientObject<RangeTarget> implements HostRangeFill {
  protected override scalarNames() {
    return ["color"] as const;
  }
  protected override readScalar(t: RangeTarget, name: string): unknown {
    if (name !== "color") return super.readScalar(t, name);
    const colors = new Set<string>();
    for (let r = t.rect.top; r <= t.rect.bottom; r++) {
      for (let c = t.rect.left; c <= t.rect.right; c++) colors.add(t.sheet.formatAt(r, c).fill ?? "#FFFFFF");
    }
    // Excel reports "no fill" as white, and null when the cells differ.
    return colors.size === 1 ? [...colors][0] : null;
  }
  get color(): string {
    return this.get("color");
  }
  set color(value: string) {
    this.queue((t) => this.host.doc.setFill(t.sheet, t.rect, value));
  }
  clear(): void {
    this.queue((t) => this.host.doc.setFill(t.sheet, t.rect, null));
  }
}

export class FakeRangeFormat extends FakeClientObject<RangeTarget> implements HostRangeFormat {
  readonly fill: FakeRangeFill;
  protected override scalarNames() {
    return ["columnWidth"] as const;
  }
  // The width of every column in the range, in points; null when they differ.
  // https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-columnwidth-member
  protected override readScalar(t: RangeTarget, name: string): unknown {
    if (name !== "columnWidth") return super.readScalar(t, name);
    const widths = new Set<number>();
    for (let c = t.rect.left; c <= t.rect.right; c++) widths.add(t.sheet.columnWidthAt(c));
    return widths.size === 1 ? [...widths][0] : null;
  }
  get columnWidth(): number | null {
    return this.get("columnWidth");
  }
  constructor(context: FakeRequestContext, resolver: () => RangeTarget | null, orNull: boolean) {
    super(context, resolver, orNull);
    this.fill = new FakeRangeFill(context, () => this.resolve(), orNull);
  }
  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === "fill" ? this.fill : undefined;
  }
}

const RANGE_SCALARS = ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "cellCount", "values", "formulas", "numberFormat"] as const;

export class FakeRange extends FakeClientObject<RangeTarget> implements HostRange {
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(context: FakeRequestContext, resolver: () => RangeTarget | null, orNull = false) {
    super(context, resolver, orNull);
    this.format = new FakeRangeFormat(context, () => this.resolve(), orNull);
    this.conditionalFormats = new FakeConditionalFormatCollection(context, () => {
      const t = this.resolve();
      return t && { sheet: t.sheet, rects: [t.rect] };
    });
  }

  protected override scalarNames(): readonly string[] {
    return RANGE_SCALARS;
  }

  protected override readScalar(t: RangeTarget, name: string): unknown {
    const { sheet, rect } = t;
    switch (name) {
      case "address":
        return `${quoteSheet(sheet.name)}!${rectName(rect)}`;
      case "rowIndex":
        return rect.top;
      case "columnIndex":
        return rect.left;
      case "rowCount":
        return rect.bottom - rect.top + 1;
      case "columnCount":
        return rect.right - rect.left + 1;
      case "cellCount":
        return cellCount(rect);
      case "values":
        return grid(rect, (r, c) => cellValue(sheet, r, c));
      case "formulas":
        return grid(rect, (r, c) => sheet.peek(r, c)?.formula ?? cellValue(sheet, r, c));
      case "numberFormat":
        return grid(rect, (r, c) => sheet.formatAt(r, c).numberFormat);
      default:
        return super.readScalar(t, name);
    }
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === "format") return this.format;
    return undefined;
  }

  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  get values(): HostValue[][] {
    return this.get("values");
  }
  set values(data: HostValue[][]) {
    this.queue((t) => this.host.doc.enter(t.sheet, t.rect, data as CellValue[][], true));
  }
  get formulas(): HostValue[][] {
    return this.get("formulas");
  }
  set formulas(data: HostValue[][]) {
    this.queue((t) => this.host.doc.enter(t.sheet, t.rect, data as CellValue[][], true));
  }
  get numberFormat(): HostValue[][] {
    return this.get("numberFormat");
  }
  set numberFormat(data: HostValue[][]) {
    this.queue((t) => this.host.doc.setNumberFormats(t.sheet, t.rect, data as CellValue[][]));
  }

  /**
   * The bounding rectangle of the used cells inside this range; a null object when there are none.
   * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getusedrangeornullobject-member(1)
   */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const range = new FakeRange(
      this.context,
      () => {
        const t = this.resolve();
        if (t === null) return null;
        const used = t.sheet.usedRect(valuesOnly, t.rect);
        return used ? { sheet: t.sheet, rect: used } : null;
      },
      true,
    );
    this.context.enqueue(() => range.resolve());
    return range;
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    const areas = new FakeRangeAreas(
      this.context,
      () => {
        this.host.require("1.13", "Range.getMergedAreasOrNullObject");
        const t = this.resolve();
        if (t === null) return null;
        // As in Excel: only areas whose top-left cell is inside the range (office-js#3611).
        const found = t.sheet.merges.filter((m) => m.top >= t.rect.top && m.top <= t.rect.bottom && m.left >= t.rect.left && m.left <= t.rect.right);
        // "If the merged areas count in this range is more than 512, the API will fail to return the result."
        // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)
        if (found.length > 512) throw new FakeOfficeError("GeneralException", "The range holds more than 512 merged areas.");
        return found.length ? { sheet: t.sheet, rects: found.map((m) => ({ ...m })) } : null;
      },
      true,
    );
    this.context.enqueue(() => areas.resolve());
    return areas;
  }

  getSpecialCellsOrNullObject(cellType: "Formulas"): FakeRangeAreas {
    const areas = new FakeRangeAreas(
      this.context,
      () => {
        this.host.require("1.9", "Range.getSpecialCellsOrNullObject");
        const t = this.resolve();
        if (t === null || cellType !== "Formulas") return null;
        const rects: Rect[] = [];
        for (const { row, col, cell } of t.sheet.entries()) {
          if (cell.formula && row >= t.rect.top && row <= t.rect.bottom && col >= t.rect.left && col <= t.rect.right) {
            rects.push({ top: row, bottom: row, left: col, right: col });
          }
        }
        return rects.length ? { sheet: t.sheet, rects: rects.sort((a, b) => a.top - b.top || a.left - b.left) } : null;
      },
      true,
    );
    this.context.enqueue(() => areas.resolve());
    return areas;
  }

  insert(shift: "Down"): FakeRange {
    let inserted: RangeTarget | null = null;
    this.queue((t) => {
      if (shift !== "Down") throw new Error("fake-excel: only Down insertion is modelled");
      this.host.doc.insertRows(t.sheet, t.rect, true);
      inserted = t;
    });
    return new FakeRange(this.context, () => inserted);
  }

  copyFrom(sourceRange: HostRange | HostRangeAreas | string, copyType?: "Formats"): void {
    this.queue((t) => {
      this.host.require("1.9", "Range.copyFrom");
      if (copyType !== "Formats") throw new Error("fake-excel: only copyFrom(…, Formats) is modelled");
      let src: RangeTarget;
      if (typeof sourceRange === "string") {
        const { sheet, ref } = splitSheet(sourceRange);
        const srcSheet = sheet ? this.host.doc.sheetByName(sheet) : t.sheet;
        if (!srcSheet) throw notFound(sourceRange);
        src = { sheet: srcSheet, rect: parseRect(ref) };
      } else if (sourceRange instanceof FakeRange) {
        src = sourceRange.must();
      } else {
        throw new Error("fake-excel: copyFrom a RangeAreas is not modelled");
      }
      this.host.doc.copyFormats(t.sheet, t.rect, src.sheet, src.rect);
    });
  }

  clear(applyTo?: "Contents"): void {
    this.queue((t) => {
      if (applyTo !== "Contents") throw new Error("fake-excel: only clear(Contents) is modelled");
      this.host.doc.clearContents(t.sheet, t.rect, true);
    });
  }

  select(): void {
    this.queue((t) => {
      if (t.sheet.id !== this.host.doc.activeId) {
        throw new FakeOfficeError("InvalidSelection", "Only a range on the active sheet can be selected.");
      }
      this.host.doc.selection = { sheetId: t.sheet.id, rect: { ...t.rect } };
    });
  }
}

export interface AreasTarget {
  sheet: SheetState;
  rects: Rect[];
}

export class FakeRangeCollection extends FakeCollection<RangeTarget, FakeRange> implements HostRangeCollection {
  protected itemProxy(target: RangeTarget): FakeRange {
    return new FakeRange(this.context, () => target);
  }
}

export class FakeRangeAreas extends FakeClientObject<AreasTarget> implements HostRangeAreas {
  readonly areas: FakeRangeCollection;
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(context: FakeRequestContext, resolver: () => AreasTarget | null, orNull = false) {
    super(context, resolver, orNull);
    let ranges: RangeTarget[] | null = null;
    this.areas = new FakeRangeCollection(
      context,
      () => {
        const t = this.resolve();
        if (t === null) return null;
        ranges ??= t.rects.map((rect) => ({ sheet: t.sheet, rect }));
        return ranges;
      },
      orNull,
    );
    this.conditionalFormats = new FakeConditionalFormatCollection(context, () => this.resolve());
  }

  protected override scalarNames() {
    return ["address", "areaCount", "cellCount"] as const;
  }
  protected override readScalar(t: AreasTarget, name: string): unknown {
    switch (name) {
      case "address":
        return t.rects.map((r) => `${quoteSheet(t.sheet.name)}!${rectName(r)}`).join(", ");
      case "areaCount":
        return t.rects.length;
      case "cellCount":
        return t.rects.reduce((n, r) => n + cellCount(r), 0);
      default:
        return super.readScalar(t, name);
    }
  }
  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === "areas" ? this.areas : undefined;
  }

  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
}

// ---------------------------------------------------------------------------------------------
// Conditional formats

interface FormatTarget {
  sheet: SheetState;
  cf: ConditionalFormatState;
}

export class FakeConditionalFormatRule extends FakeClientObject<FormatTarget> implements HostConditionalFormatRule {
  protected override scalarNames() {
    return ["formula"] as const;
  }
  protected override readScalar(t: FormatTarget, name: string): unknown {
    return name === "formula" ? t.cf.formula : super.readScalar(t, name);
  }
  get formula(): string {
    return this.get("formula");
  }
  set formula(value: string) {
    this.queue((t) => {
      if (t.sheet.protected) throw new FakeOfficeError("AccessDenied", "protected sheet");
      t.cf.formula = value;
    });
  }
}

export class FakeConditionalRangeFill extends FakeClientObject<FormatTarget> implements HostConditionalRangeFill {
  protected override scalarNames() {
    return ["color"] as const;
  }
  protected override readScalar(t: FormatTarget, name: string): unknown {
    return name === "color" ? t.cf.fill : super.readScalar(t, name);
  }
  get color(): string {
    return this.get("color");
  }
  set color(value: string) {
    this.queue((t) => {
      if (t.sheet.protected) throw new FakeOfficeError("AccessDenied", "protected sheet");
      t.cf.fill = value.toUpperCase();
    });
  }
}

export class FakeConditionalRangeFormat extends FakeClientObject<FormatTarget> implements HostConditionalRangeFormat {
  readonly fill: FakeConditionalRangeFill;
  constructor(context: FakeRequestContext, resolver: () => FormatTarget | null, orNull: boolean) {
    super(context, resolver, orNull);
    this.fill = new FakeConditionalRangeFill(context, () => this.resolve(), orNull);
  }
  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === "fill" ? this.fill : undefined;
  }
}

export class FakeCustomConditionalFormat extends FakeClientObject<FormatTarget> implements HostCustomConditionalFormat {
  readonly rule: FakeConditionalFormatRule;
  readonly format: FakeConditionalRangeFormat;
  constructor(context: FakeRequestContext, resolver: () => FormatTarget | null, orNull: boolean) {
    super(context, resolver, orNull);
    this.rule = new FakeConditionalFormatRule(context, () => this.resolve(), orNull);
    this.format = new FakeConditionalRangeFormat(context, () => this.resolve(), orNull);
  }
  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === "rule") return this.rule;
    if (name === "format") return this.format;
    return undefined;
  }
}

export class FakeConditionalFormat extends FakeClientObject<FormatTarget> implements HostConditionalFormat {
  readonly custom: FakeCustomConditionalFormat;
  readonly customOrNullObject: FakeCustomConditionalFormat;

  constructor(context: FakeRequestContext, resolver: () => FormatTarget | null) {
    super(context, resolver);
    const asCustom = (): FormatTarget | null => {
      const t = this.must();
      return t.cf.type === "Custom" ? t : null;
    };
    this.custom = new FakeCustomConditionalFormat(context, () => {
      const t = asCustom();
      if (!t) throw new FakeOfficeError("InvalidOperation", "This conditional format is not a custom one.");
      return t;
    }, false);
    this.customOrNullObject = new FakeCustomConditionalFormat(context, asCustom, true);
  }

  protected override scalarNames() {
    return ["type", "id", "priority"] as const;
  }
  protected override readScalar(t: FormatTarget, name: string): unknown {
    if (name === "type") return t.cf.type;
    if (name === "id") return t.cf.id;
    if (name === "priority") return t.sheet.conditionalFormats.indexOf(t.cf);
    return super.readScalar(t, name);
  }
  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === "custom") return this.custom;
    if (name === "customOrNullObject") return this.customOrNullObject;
    return undefined;
  }

  get type(): string {
    return this.get("type");
  }

  delete(): void {
    this.queue((t) => this.host.doc.deleteConditionalFormat(t.sheet, t.cf));
  }

  getRanges(): FakeRangeAreas {
    const areas = new FakeRangeAreas(this.context, () => {
      this.host.require("1.9", "ConditionalFormat.getRanges");
      const t = this.must();
      return { sheet: t.sheet, rects: t.cf.ranges.map((r) => ({ ...r })) };
    });
    this.context.enqueue(() => areas.resolve());
    return areas;
  }

  getRangeOrNullObject(): FakeRange {
    const range = new FakeRange(
      this.context,
      () => {
        const t = this.must();
        return t.cf.ranges.length === 1 ? { sheet: t.sheet, rect: { ...t.cf.ranges[0] } } : null;
      },
      true,
    );
    this.context.enqueue(() => range.resolve());
    return range;
  }
}

export class FakeConditionalFormatCollection
  extends FakeCollection<FormatTarget, FakeConditionalFormat>
  implements HostConditionalFormatCollection
{
  private readonly targets = new Map<ConditionalFormatState, FormatTarget>();

  constructor(
    context: FakeRequestContext,
    private readonly area: () => AreasTarget | null,
  ) {
    super(context, null);
  }

  protected override resolveTarget(): FormatTarget[] | null {
    this.host.require("1.6", "conditionalFormats");
    const a = this.area();
    if (a === null) return null;
    // Every conditional format that intersects the range, in priority order.
    return a.sheet.conditionalFormats
      .filter((cf) => cf.ranges.some((r) => a.rects.some((x) => intersects(r, x))))
      .map((cf) => this.targetFor(a.sheet, cf));
  }
  private targetFor(sheet: SheetState, cf: ConditionalFormatState): FormatTarget {
    let t = this.targets.get(cf);
    if (!t) {
      t = { sheet, cf };
      this.targets.set(cf, t);
    }
    return t;
  }

  protected itemProxy(target: FormatTarget): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, () => (target.cf.deleted ? null : target));
  }

  add(type: "Custom"): FakeConditionalFormat {
    let created: FormatTarget | null = null;
    this.context.enqueue(() => {
      this.host.require("1.6", "ConditionalFormatCollection.add");
      if (type !== "Custom") throw new Error("fake-excel: only custom conditional formats are modelled");
      const a = this.area();
      if (a === null) throw notFound("range");
      created = { sheet: a.sheet, cf: this.host.doc.addConditionalFormat(a.sheet, a.rects) };
    }, true);
    return new FakeConditionalFormat(this.context, () => created);
  }
}

// ---------------------------------------------------------------------------------------------
// Notes and threaded comments

interface AnnotationTarget {
  sheet: SheetState;
  a: AnnotationState;
}

/** A thread's replies (ExcelApi 1.10); only their ids are modelled. */
export class FakeReplyCollection extends FakeCollection<{ id: string }, FakeReply> {
  protected itemProxy(target: { id: string }): FakeReply {
    return new FakeReply(this.context, () => target);
  }
}

export class FakeReply extends FakeClientObject<{ id: string }> {
  protected override scalarNames() {
    return ["id"] as const;
  }
  protected override readScalar(t: { id: string }, name: string): unknown {
    return name === "id" ? t.id : super.readScalar(t, name);
  }
}

export class FakeAnnotation extends FakeClientObject<AnnotationTarget> implements HostComment {
  /** Threaded comments only: a note has no replies, and loading them fails as Office.js has no such property. */
  readonly replies: FakeReplyCollection;

  constructor(context: FakeRequestContext, resolver: () => AnnotationTarget | null) {
    super(context, resolver);
    this.replies = new FakeReplyCollection(context, () => {
      const t = this.must();
      if (t.a.kind !== "comment") throw new FakeOfficeError("InvalidArgument", "A note has no replies.");
      return t.a.replies.map((content, i) => ({ id: `${t.a.id}/${i}`, content }));
    });
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === "replies" ? this.replies : undefined;
  }

  protected override scalarNames() {
    return ["content", "authorName", "id"] as const;
  }
  protected override readScalar(t: AnnotationTarget, name: string): unknown {
    if (name === "content") return t.a.content;
    if (name === "authorName") return t.a.author;
    if (name === "id") return t.a.id;
    return super.readScalar(t, name);
  }
  get content(): string {
    return this.get("content");
  }
  set content(value: string) {
    this.queue((t) => {
      if (t.sheet.protected) throw new FakeOfficeError("AccessDenied", "protected sheet");
      t.a.content = value;
    });
  }
  get authorName(): string {
    return this.get("authorName");
  }
  delete(): void {
    this.queue((t) => this.host.doc.deleteAnnotation(t.sheet, t.a));
  }
  getLocation(): FakeRange {
    const range = new FakeRange(this.context, () => {
      const t = this.must();
      return { sheet: t.sheet, rect: { top: t.a.row, bottom: t.a.row, left: t.a.col, right: t.a.col } };
    });
    this.context.enqueue(() => range.resolve());
    return range;
  }
}

export class FakeAnnotationCollection
  extends FakeCollection<AnnotationTarget, FakeAnnotation>
  implements HostCommentCollection, HostNoteCollection
{
  private readonly targets = new Map<AnnotationState, AnnotationTarget>();

  constructor(
    context: FakeRequestContext,
    private readonly worksheet: FakeWorksheet,
    private readonly kind: AnnotationKind,
  ) {
    super(context, null);
  }

  protected override resolveTarget(): AnnotationTarget[] {
    this.resolveKind();
    const sheet = this.worksheet.must();
    return sheet.annotations.filter((a) => a.kind === this.kind).map((a) => this.targetFor(sheet, a));
  }

  private targetFor(sheet: SheetState, a: AnnotationState): AnnotationTarget {
    let t = this.targets.get(a);
    if (!t) {
      t = { sheet, a };
      this.targets.set(a, t);
    }
    return t;
  }

  protected itemProxy(target: AnnotationTarget): FakeAnnotation {
    return new FakeAnnotation(this.context, () => (target.a.deleted ? null : target));
  }

  private cellOf(sheet: SheetState, cellAddress: HostRange | string): Rect {
    if (typeof cellAddress === "string") {
      const { sheet: name, ref } = splitSheet(cellAddress);
      if (name !== undefined && name.toLowerCase() !== sheet.name.toLowerCase()) throw notFound(cellAddress);
      return parseRect(ref);
    }
    if (!(cellAddress instanceof FakeRange)) throw new Error("fake-excel: a cell must be a fake Range");
    const t = cellAddress.must();
    if (t.sheet !== sheet) throw new FakeOfficeError("InvalidArgument", "The cell is on another sheet.");
    return t.rect;
  }

  add(cellAddress: HostRange | string, content: string): FakeAnnotation {
    let created: AnnotationTarget | null = null;
    this.context.enqueue(() => {
      const sheet = this.worksheet.must();
      this.resolveKind();
      const rect = this.cellOf(sheet, cellAddress);
      created = this.targetFor(sheet, this.host.doc.addAnnotation(sheet, this.kind, rect, content, this.host.author));
    }, true);
    return new FakeAnnotation(this.context, () => created);
  }

  private resolveKind(): void {
    this.host.require(this.kind === "note" ? "1.18" : "1.10", this.kind === "note" ? "NoteCollection" : "CommentCollection");
  }

  private byCell(cellAddress: HostRange | string): FakeAnnotation {
    const item = new FakeAnnotation(this.context, () => {
      this.resolveKind();
      const sheet = this.worksheet.must();
      const rect = this.cellOf(sheet, cellAddress);
      const a = sheet.annotationAt(rect.top, rect.left);
      if (!a || a.kind !== this.kind) throw notFound(`${this.kind} at ${rectName(rect)}`);
      return this.targetFor(sheet, a);
    });
    this.context.enqueue(() => item.resolve());
    return item;
  }

  /** Comments (1.10): the thread on a cell; ItemNotFound when there is none. */
  getItemByCell(cellAddress: HostRange | string): FakeAnnotation {
    return this.byCell(cellAddress);
  }

  /** Notes (1.18): the note on a cell, by address. */
  getItem(key: string): FakeAnnotation {
    return this.byCell(key);
  }
}

// ---------------------------------------------------------------------------------------------
// Events

export class FakeEventHandlerResult implements HostEventHandlerResult {
  id: number | null = null;
  constructor(
    readonly context: FakeRequestContext,
  ) {}
  remove(): void {
    this.context.enqueue(() => {
      if (this.id !== null) this.context.host.removeHandler(this.id);
      this.id = null;
    });
  }
}

export class FakeEventHandlers implements HostEventHandlers<HostChangedEventArgs> {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly scope: () => HandlerScope,
    private readonly version: string,
  ) {}

  add(handler: ChangeHandler): FakeEventHandlerResult {
    const result = new FakeEventHandlerResult(this.context);
    this.context.enqueue(() => {
      this.context.host.require(this.version, "onChanged");
      result.id = this.context.host.addHandler(this.scope(), handler);
    });
    return result;
  }
}
