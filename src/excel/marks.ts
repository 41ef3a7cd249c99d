/**
 * Which marks to delete and which to add so the sheet shows exactly the plan's marks, touching
 * only what changed. Office.js cannot tell, in the read's single sync, which cells a conditional
 * format covers or where a note sits (both come from methods on items that exist only after that
 * sync), so the adapter keeps a ledger of what it last wrote on each sheet and checks the ledger
 * against what the read saw: the tagged formats per severity, and the notes' texts. Where the
 * ledger cannot vouch for the sheet, formats are rewritten and notes are either replaced wholesale
 * (when no user note could be in the way) or located with one extra sync.
 */
import { parseRange, rangeA1, type GridData } from "../core/grid";
import type { Guard, Mark, Severity } from "../core/model";
import { formatRules, moveCondition } from "../core/plan";
import { addressChunks, cellSetKey, rectangles, shiftAddress } from "./addresses";
import type { AnnotationKind } from "./capabilities";
import type { HostAnnotation, HostConditionalFormat } from "./host";
import type { ExistingAnnotation, SheetState } from "./read-sheet";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface NoteLedger {
  /** The grid's layout when written: after rows or columns move, the addresses below mean nothing. */
  shape: string;
  ours: Map<string, { content: string; kind: AnnotationKind }>;
  /** Cells holding the user's own note or thread (text kept to notice when one is added or removed). */
  user: Map<string, string>;
}

export interface MarkLedger {
  /** Per severity: the cells and formulas of ziping's formats (rulesKey) and how many formats carry them. */
  formats: Record<Severity, { key: string; count: number }>;
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

const emptyFormats = (): MarkLedger["formats"] => ({
  error: { key: "", count: 0 },
  warning: { key: "", count: 0 },
  info: { key: "", count: 0 },
});

function sameTexts(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const x = [...a].sort();
  const y = [...b].sort();
  return x.every((v, i) => v === y[i]);
}

/** The ledger's notes, if they still describe the annotations the read found. */
function vouchedNotes(
  ledger: NoteLedger | undefined,
  existing: ExistingAnnotation[],
  shape: string,
): LocatedAnnotation[] | null {
  if (!ledger || ledger.shape !== shape) return null;
  const ours = existing.filter((a) => a.ours);
  const user = existing.filter((a) => !a.ours);
  const ledgerOurs = [...ledger.ours.values()];
  if (!sameTexts(ours.map((a) => `${a.kind}\u0000${a.content}`), ledgerOurs.map((o) => `${o.kind}\u0000${o.content}`))) return null;
  if (!sameTexts(user.map((a) => a.content), [...ledger.user.values()])) return null;
  return [
    ...[...ledger.ours].map(([address, o]) => ({ address, kind: o.kind, content: o.content, ours: true })),
    // The kind of a user's annotation does not matter: ziping never deletes it.
    ...[...ledger.user].map(([address, content]) => ({ address, kind: "note" as const, content, ours: false })),
  ];
}

/** The severity's rules as one comparable text: each rule's cells and formula. */
function rulesKey(rules: ReturnType<typeof formatRules>): string {
  return rules.map((r) => `${cellSetKey(r.cells)}|${r.formula}`).join("\n");
}

function diffFormats(input: DiffInput, out: MarkDiff): void {
  const { state, ledger, insertedRow } = input;
  const formats = emptyFormats();
  const rules = formatRules(input.marks, input.guards);
  // A tag without a readable severity is stale whatever the plan says.
  for (const f of state.formats) if (f.severity === null) out.deleteFormats.push(f.format);
  for (const severity of SEVERITIES) {
    const mine = rules.filter((r) => r.severity === severity);
    const key = rulesKey(mine);
    const existing = state.formats.filter((f) => f.severity === severity).map((f) => f.format);
    const prior = ledger?.formats[severity];
    // An inserted row can stretch a format's rectangles over the new row, so formats are rewritten then.
    const keep =
      insertedRow === undefined && key !== "" && prior !== undefined && prior.key === key && prior.count === existing.length;
    if (keep) {
      formats[severity] = prior;
      continue;
    }
    out.deleteFormats.push(...existing);
    if (key === "") continue;
    let count = 0;
    for (const rule of mine) {
      const addresses = addressChunks(rectangles(rule.cells));
      const anchor = rule.cells[0];
      for (const address of addresses) {
        // A chunk of a long rule starts lower down: its formula is the rule's, read from its own first cell.
        const first = parseRange(address.split(",")[0]);
        const formula = moveCondition(rule.formula, first.top - anchor.row, first.left - anchor.col);
        out.addFormats.push({ severity, address, formula });
      }
      count += addresses.length;
    }
    formats[severity] = { key, count };
  }
  out.ledger.formats = formats;
}

/**
 * Null when the notes cannot be brought up to date without knowing where the user's notes are:
 * the caller locates every annotation (one sync) and diffs again with `located`.
 */
function diffAnnotations(input: DiffInput, out: MarkDiff): boolean {
  const { state, kind, insertedRow } = input;
  const desired = new Map<string, string>();
  for (const m of input.marks) desired.set(m.address, m.note);
  const existing = state.annotations;

  let known: LocatedAnnotation[] | null = input.located ?? null;
  if (!known && existing.length === 0) known = [];
  if (!known) known = vouchedNotes(input.ledger?.notes, existing, input.shapeBefore);
  if (!known) {
    const userPresent = existing.some((a) => !a.ours);
    if (userPresent && desired.size > 0) return false;
    // Without user notes in the way (or with nothing to add), ours are replaced without their cells.
    for (const a of existing) if (a.ours) out.deleteAnnotations.push({ item: a.item });
    if (userPresent) {
      out.ledger.notes = undefined;
      return true;
    }
    known = [];
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
    ledger: { formats: emptyFormats(), marked: new Set(input.marks.map((m) => m.address)).size },
  };
  diffFormats(input, out);
  if (!diffAnnotations(input, out)) return null;
  const live = input.marks.filter((m) => m.condition !== undefined);
  if (live.length > 0) out.ledger.live = { shape: input.shapeAfter, marks: live };
  out.unchanged =
    out.deleteFormats.length === 0 &&
    out.addFormats.length === 0 &&
    out.deleteAnnotations.length === 0 &&
    out.addAnnotations.length === 0;
  return out;
}
