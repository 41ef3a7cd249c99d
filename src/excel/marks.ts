/**
 * Which marks to delete and which to add so the sheet shows exactly the plan's marks, touching
 * only what changed. The workbook is the only record of what is on the sheet: the ribbon's check runs
 * in a runtime of its own, another copy of the pane may have written, and Ctrl+Z takes ziping's writes
 * back (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities), so
 * nothing a runtime remembers describes the sheet. Office.js cannot tell, in the read's single sync,
 * which cells a conditional format covers or where a note sits (both come from methods on items that
 * exist only after that sync), so every format ziping writes carries a stamp in its hidden tag
 * (formatStamp): a fingerprint of its severity's rules, its place among them, and a fingerprint of the
 * whole mark state — the notes' cells and texts and the layout. The read sees the stamps; a guess of
 * where the notes are (the marks this check wants, or what this runtime last wrote) is trusted only
 * when its fingerprint is the sheet's. Otherwise the notes are located with one extra sync.
 */
import { parseRange, rangeA1, type GridData } from "../core/grid";
import type { Guard, Mark, Severity } from "../core/model";
import { formatRules, moveCondition } from "../core/plan";
import { addressChunks, cellSetKey, rectangles, shiftAddress } from "./addresses";
import type { AnnotationKind } from "./capabilities";
import type { HostAnnotation, HostConditionalFormat } from "./host";
import type { ExistingAnnotation, SheetState, TaggedFormat } from "./read-sheet";
import { fingerprint, stampFormula } from "./stamp";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface NoteLedger {
  /** The grid's layout when written: after rows or columns move, the addresses below mean nothing. */
  shape: string;
  ours: Map<string, { content: string; kind: AnnotationKind }>;
  /** Cells holding the user's own note or thread (text kept to notice when one is added or removed). */
  user: Map<string, string>;
}

/**
 * What one write left on a sheet: a guess for the next check, used only while the sheet's stamps say
 * the sheet still shows it (another runtime's write or Ctrl+Z changes the stamps).
 */
export interface MarkLedger {
  /** The stamps this write left per severity (null: no formats), to tell whether the sheet still shows it. */
  stamps: SheetStamps;
  /** Absent when ziping does not know where the user's notes are. */
  notes?: NoteLedger;
  /** Cells carrying a mark (guards aside). */
  marked: number;
  /** The live marks written, and the layout they were written for (a live re-check keeps them). */
  live?: { shape: string; marks: Mark[] };
}

/** A note or comment with its cell, from a locate sync or vouched for by the ledger. */
export interface LocatedAnnotation {
  address: string;
  kind: AnnotationKind;
  content: string;
  ours: boolean;
  item?: HostAnnotation;
}

export type AnnotationRef = { item: HostAnnotation } | { address: string; kind: AnnotationKind };

export interface FormatAdd {
  severity: Severity;
  /** One conditional format per entry: an address list for getRanges. */
  address: string;
  /** En-US, with `=`; relative references read from the top-left cell of `address`'s first area. */
  formula: string;
}

export interface MarkDiff {
  deleteFormats: HostConditionalFormat[];
  addFormats: FormatAdd[];
  /** Pre-write coordinates (deleted before any row is inserted). */
  deleteAnnotations: AnnotationRef[];
  /** Post-write coordinates. */
  addAnnotations: { address: string; content: string }[];
  /** Marked cells whose message stays in the pane only: the user's own note or thread is there. */
  userAnnotated: string[];
  /** True when nothing needs writing. */
  unchanged: boolean;
  /** The ledger once this diff is written. */
  ledger: MarkLedger;
}

export interface DiffInput {
  /** The plan's marks, in post-write coordinates. */
  marks: Mark[];
  /** The plan's guards (live conditions on cells without a mark), in post-write coordinates. */
  guards?: Guard[];
  state: Pick<SheetState, "formats" | "annotations">;
  ledger?: MarkLedger;
  /** Where every note on the sheet is, when a locate sync ran. */
  located?: LocatedAnnotation[];
  /** The plan inserts a row here: existing marks at or below it move down one row. */
  insertedRow?: number;
  /** What ziping writes messages as. */
  kind: AnnotationKind;
  shapeBefore: string;
  shapeAfter: string;
}

/** Layout fingerprint: where values are and which cells are merged. */
export function gridShape(grid: GridData): string {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  grid.values.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null || v === undefined || v === "") return;
      const r = grid.origin.row + i;
      const c = grid.origin.col + j;
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }),
  );
  const merges = grid.merges
    .map(rangeA1)
    .sort()
    .join(" ");
  return bottom < 0 ? `empty|${merges}` : `${top},${left},${bottom},${right}|${merges}`;
}

function sameTexts(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const x = [...a].sort();
  const y = [...b].sort();
  return x.every((v, i) => v === y[i]);
}

/** Our annotations' and the user's texts as the read found them equal those of a guess. */
function sameAnnotations(guess: LocatedAnnotation[], existing: ExistingAnnotation[]): boolean {
  const text = (a: { kind: AnnotationKind; content: string }): string => `${a.kind}\u0000${a.content}`;
  return (
    sameTexts(existing.filter((a) => a.ours).map(text), guess.filter((a) => a.ours).map(text)) &&
    // The kind of a user's annotation does not matter: ziping never deletes it.
    sameTexts(existing.filter((a) => !a.ours).map((a) => a.content), guess.filter((a) => !a.ours).map((a) => a.content))
  );
}

/** Fingerprint of the notes ziping keeps on one severity's cells: their cells, kinds and texts. */
function notesFingerprint(kind: AnnotationKind, notes: [string, { content: string; kind: AnnotationKind }][]): string {
  const lines = notes.map(([address, o]) => `${address}\t${o.kind}\t${o.content}`).sort();
  return fingerprint([kind, ...lines].join("\n"));
}

/** Per severity, the fingerprint of the notes on its marks' cells: what its formats' stamps carry. */
function notesPrints(kind: AnnotationKind, notes: [string, { content: string; kind: AnnotationKind }][], severityAt: Map<string, Severity>): Record<Severity, string> {
  const prints = {} as Record<Severity, string>;
  for (const severity of SEVERITIES) prints[severity] = notesFingerprint(kind, notes.filter(([address]) => severityAt.get(address) === severity));
  return prints;
}

/** Per severity, what its formats' stamps say: null without formats, "?" when they disagree or carry none. */
export type SheetStamps = Record<Severity, { rules: string; notes: string } | null | "?">;

export function sheetStamps(formats: TaggedFormat[]): SheetStamps {
  const out: SheetStamps = { error: null, warning: null, info: null };
  for (const severity of SEVERITIES) {
    const mine = formats.filter((f) => f.severity === severity);
    if (mine.length === 0) continue;
    const keys = new Set(mine.map((f) => (f.stamp ? `${f.stamp.rules}.${f.stamp.state}` : "?")));
    const [only] = mine;
    out[severity] = keys.size === 1 && only.stamp ? { rules: only.stamp.rules, notes: only.stamp.state } : "?";
  }
  return out;
}

export const sameStamps = (a: SheetStamps, b: SheetStamps): boolean =>
  SEVERITIES.every((s) => JSON.stringify(a[s]) === JSON.stringify(b[s]));

/**
 * Where the notes are, when a guess of it carries the sheet's own fingerprints: what this runtime last
 * wrote (the ledger), else the notes this check wants where they want to be. Null when neither holds.
 */
function vouchedNotes(input: DiffInput, desired: Map<string, string>, severityAt: Map<string, Severity>): LocatedAnnotation[] | null {
  const { state, ledger, kind, shapeBefore } = input;
  const onSheet = sheetStamps(state.formats);
  const existing = state.annotations;
  const notes = ledger?.notes;
  // The layout check: after rows move, the notes moved with their cells, and the ledger's cells are stale.
  if (notes && sameStamps(ledger.stamps, onSheet) && notes.shape === shapeBefore) {
    const guess: LocatedAnnotation[] = [
      ...[...notes.ours].map(([address, o]) => ({ address, kind: o.kind, content: o.content, ours: true })),
      ...[...notes.user].map(([address, content]) => ({ address, kind: "note" as const, content, ours: false })),
    ];
    if (sameAnnotations(guess, existing)) return guess;
  }
  // The check's own marks as a guess: only where no user's note could be in their way, and with no
  // row inserted (the guess is in the sheet's coordinates now).
  if (input.insertedRow !== undefined || existing.some((a) => !a.ours)) return null;
  const ours = [...desired].map(([address, content]) => [address, { content, kind }] as [string, { content: string; kind: AnnotationKind }]);
  const prints = notesPrints(kind, ours, severityAt);
  for (const severity of SEVERITIES) {
    const stamp = onSheet[severity];
    if (stamp === null && !ours.some(([address]) => severityAt.get(address) === severity)) continue;
    if (stamp === null || stamp === "?" || stamp.notes !== prints[severity]) return null;
  }
  const guess = ours.map(([address, o]) => ({ address, kind: o.kind, content: o.content, ours: true }));
  return sameAnnotations(guess, existing) ? guess : null;
}

/** The severity's rules as one comparable text: each rule's cells and formula. */
function rulesKey(rules: ReturnType<typeof formatRules>): string {
  return rules.map((r) => `${cellSetKey(r.cells)}|${r.formula}`).join("\n");
}

/** Whether the sheet's formats of one severity are exactly the ones a write with these stamps leaves. */
function formatsHold(existing: TaggedFormat[], rules: string, count: number, state: string): boolean {
  // Index and count: a format deleted by hand, or one left twice by a write cut short, shows.
  if (existing.length !== count) return false;
  const seen = new Set<number>();
  for (const { stamp } of existing) {
    if (!stamp || stamp.rules !== rules || stamp.count !== count || stamp.state !== state || stamp.index >= count) return false;
    seen.add(stamp.index);
  }
  return seen.size === count;
}

/**
 * Formats are kept per severity when their stamps say they are the plan's. Each severity's formats
 * also carry the fingerprint of the notes on its cells, so a severity whose notes change is written
 * again with them (in the same sync), and the stamps always describe the notes.
 */
function diffFormats(input: DiffInput, out: MarkDiff, notesPrints: Record<Severity, string>): void {
  const { insertedRow } = input;
  const rules = formatRules(input.marks, input.guards);
  // A tag without a readable severity is stale whatever the plan says.
  for (const f of input.state.formats) if (f.severity === null) out.deleteFormats.push(f.format);
  for (const severity of SEVERITIES) {
    const mine = rules.filter((r) => r.severity === severity);
    const key = rulesKey(mine);
    const existing = input.state.formats.filter((f) => f.severity === severity);
    const chunks = mine.map((rule) => ({ rule, addresses: addressChunks(rectangles(rule.cells)) }));
    const count = chunks.reduce((n, c) => n + c.addresses.length, 0);
    const rulesPrint = fingerprint(key);
    const state = notesPrints[severity];
    // An inserted row can stretch a format's rectangles over the new row, so formats are rewritten then.
    if (insertedRow === undefined && key !== "" && formatsHold(existing, rulesPrint, count, state)) {
      out.ledger.stamps[severity] = { rules: rulesPrint, notes: state };
      continue;
    }
    out.deleteFormats.push(...existing.map((f) => f.format));
    if (key === "") continue;
    out.ledger.stamps[severity] = { rules: rulesPrint, notes: state };
    let index = 0;
    for (const { rule, addresses } of chunks) {
      const anchor = rule.cells[0];
      for (const address of addresses) {
        // A chunk of a long rule starts lower down: its formula is the rule's, read from its own first cell.
        const first = parseRange(address.split(",")[0]);
        const moved = moveCondition(rule.formula, first.top - anchor.row, first.left - anchor.col);
        const formula = stampFormula(moved, severity, { rules: rulesPrint, index: index++, count, state });
        out.addFormats.push({ severity, address, formula });
      }
    }
  }
}

/**
 * Null when the notes cannot be brought up to date without knowing where the notes on the sheet
 * are: the caller locates every annotation (one sync) and diffs again with `located`.
 */
function diffAnnotations(input: DiffInput, out: MarkDiff, severityAt: Map<string, Severity>): boolean {
  const { state, kind, insertedRow } = input;
  const desired = new Map<string, string>();
  for (const m of input.marks) desired.set(m.address, m.note);
  const existing = state.annotations;

  let known: LocatedAnnotation[] | null = input.located ?? null;
  if (!known && existing.length === 0) known = [];
  if (!known) known = vouchedNotes(input, desired, severityAt);
  if (!known) {
    // Rewriting notes that may already be right would put needless writes on the user's undo stack:
    // unless there is nothing to write, the notes are located first.
    if (desired.size > 0) return false;
    for (const a of existing) if (a.ours) out.deleteAnnotations.push({ item: a.item });
    out.ledger.notes = undefined;
    return true;
  }

  const ours = new Map<string, LocatedAnnotation>();
  const user = new Map<string, string>();
  for (const a of known) {
    const address = shiftAddress(a.address, insertedRow);
    if (a.ours) ours.set(address, a);
    else user.set(address, a.content);
  }
  const ledgerOurs: NoteLedger["ours"] = new Map();
  for (const [address, a] of ours) {
    if (desired.get(address) === a.content && a.kind === kind) {
      ledgerOurs.set(address, { content: a.content, kind });
      continue;
    }
    out.deleteAnnotations.push(a.item ? { item: a.item } : { address: a.address, kind: a.kind });
  }
  for (const [address, content] of desired) {
    if (ledgerOurs.has(address)) continue;
    if (user.has(address)) {
      out.userAnnotated.push(address);
      continue;
    }
    out.addAnnotations.push({ address, content });
    ledgerOurs.set(address, { content, kind });
  }
  out.ledger.notes = { shape: input.shapeAfter, ours: ledgerOurs, user };
  return true;
}

/** The writes that bring the sheet's marks to `input.marks`; null when annotations must be located first. */
export function diffMarks(input: DiffInput): MarkDiff | null {
  const out: MarkDiff = {
    deleteFormats: [],
    addFormats: [],
    deleteAnnotations: [],
    addAnnotations: [],
    userAnnotated: [],
    unchanged: false,
    ledger: { stamps: { error: null, warning: null, info: null }, marked: new Set(input.marks.map((m) => m.address)).size },
  };
  const severityAt = new Map(input.marks.map((m) => [m.address, m.severity]));
  if (!diffAnnotations(input, out, severityAt)) return null;
  // Without known notes (nothing desired, the user's notes unlocated) ziping keeps no notes.
  diffFormats(input, out, notesPrints(input.kind, [...(out.ledger.notes?.ours ?? [])], severityAt));
  const live = input.marks.filter((m) => m.condition !== undefined);
  if (live.length > 0) out.ledger.live = { shape: input.shapeAfter, marks: live };
  out.unchanged =
    out.deleteFormats.length === 0 &&
    out.addFormats.length === 0 &&
    out.deleteAnnotations.length === 0 &&
    out.addAnnotations.length === 0;
  return out;
}
