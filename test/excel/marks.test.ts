/** The mark diff: what to delete and add so the sheet shows exactly the plan's marks. */
import type { Mark, Severity } from "../../src/core/model";
import { NOTE_PREFIX } from "../../src/core/model";
import { parseA1 } from "../../src/core/grid";
import type { HostAnnotation, HostConditionalFormat } from "../../src/excel/host";
import { diffMarks, type DiffInput, type MarkLedger } from "../../src/excel/marks";
import type { ExistingAnnotation, TaggedFormat } from "../../src/excel/read-sheet";

const mark = (address: string, severity: Severity, text = address): Mark => ({ address, ...parseA1(address), severity, note: NOTE_PREFIX + text });
/** Stand-ins for the read's format proxies, told apart by identity. */
const format = (severity: Severity | null): TaggedFormat => ({ severity, format: { type: "Custom" } as HostConditionalFormat });
const note = (content: string, ours = content.startsWith(NOTE_PREFIX)): ExistingAnnotation => ({
  kind: "note",
  item: { content } as HostAnnotation,
  content,
  ours,
});

function input(overrides: Partial<DiffInput>): DiffInput {
  return {
    marks: [],
    state: { formats: [], annotations: [] },
    kind: "note",
    shapeBefore: "s",
    shapeAfter: "s",
    ...overrides,
  };
}

/** The ledger a first write of `marks` leaves. */
function written(marks: Mark[]): { ledger: MarkLedger; formats: TaggedFormat[]; annotations: ExistingAnnotation[] } {
  const diff = diffMarks(input({ marks }))!;
  return {
    ledger: diff.ledger,
    formats: diff.addFormats.map((f) => format(f.severity)),
    annotations: diff.addAnnotations.map((a) => note(a.content)),
  };
}

describe("diffMarks", () => {
  const marks = [mark("G14", "warning"), mark("G17", "info"), mark("G25", "error"), mark("E10", "error")];

  it("adds one format per severity over its cells and one note per cell on a clean sheet", () => {
    const diff = diffMarks(input({ marks }))!;
    expect(diff.addFormats).toEqual([
      { severity: "error", address: "E10, G25" },
      { severity: "warning", address: "G14" },
      { severity: "info", address: "G17" },
    ]);
    expect(diff.addAnnotations.map((a) => a.address)).toEqual(["G14", "G17", "G25", "E10"]);
    expect(diff.unchanged).toBe(false);
  });

  it("changes nothing when the ledger vouches for what the read found", () => {
    const { ledger, formats, annotations } = written(marks);
    const diff = diffMarks(input({ marks, ledger, state: { formats, annotations } }))!;
    expect(diff.unchanged).toBe(true);
  });

  it("rewrites only the severity whose cells changed and only the notes that changed", () => {
    const { ledger, formats, annotations } = written(marks);
    const next = marks.filter((m) => m.address !== "G25");
    const diff = diffMarks(input({ marks: next, ledger, state: { formats, annotations } }))!;
    expect(diff.deleteFormats).toHaveLength(1);
    expect(diff.deleteFormats[0]).toBe(formats.find((f) => f.severity === "error")!.format);
    expect(diff.addFormats).toEqual([{ severity: "error", address: "E10" }]);
    expect(diff.deleteAnnotations).toEqual([{ address: "G25", kind: "note" }]);
    expect(diff.addAnnotations).toEqual([]);
  });

  it("does not trust the ledger after the layout changed: notes are replaced, not located, when no user note is in the way", () => {
    const { ledger, formats, annotations } = written(marks);
    const diff = diffMarks(input({ marks, ledger, state: { formats, annotations }, shapeBefore: "moved" }))!;
    expect(diff.deleteAnnotations).toHaveLength(4);
    expect(diff.addAnnotations).toHaveLength(4);
  });

  it("asks for locations when a user's note could be on a cell it must annotate", () => {
    const annotations = [note("用户的备注")];
    expect(diffMarks(input({ marks, state: { formats: [], annotations } }))).toBeNull();
    const located = [{ address: "G25", kind: "note" as const, content: "用户的备注", ours: false }];
    const diff = diffMarks(input({ marks, state: { formats: [], annotations }, located }))!;
    expect(diff.userAnnotated).toEqual(["G25"]);
    expect(diff.addAnnotations.map((a) => a.address)).toEqual(["G14", "G17", "E10"]);
    expect(diff.deleteAnnotations).toEqual([]);
  });

  it("removes every mark when the plan has none, without locating anything", () => {
    const { formats, annotations } = written(marks);
    const user = note("用户的备注");
    const diff = diffMarks(input({ marks: [], state: { formats, annotations: [...annotations, user] } }))!;
    expect(diff.deleteFormats).toHaveLength(3);
    expect(diff.deleteAnnotations).toHaveLength(4);
    expect(diff.ledger.notes).toBeUndefined();
  });

  it("rewrites formats across an inserted row and moves known notes with their rows", () => {
    const { ledger, formats, annotations } = written(marks);
    const shifted = marks.map((m) => (m.row >= 9 ? mark(`${m.address[0]}${m.row + 2}`, m.severity, m.address) : m));
    const diff = diffMarks(input({ marks: shifted, ledger, state: { formats, annotations }, insertedRow: 9 }))!;
    expect(diff.deleteFormats).toHaveLength(3);
    expect(diff.addFormats.map((f) => f.address)).toEqual(["E11, G26", "G15", "G18"]);
    // Same texts one row down: nothing to delete or add.
    expect(diff.deleteAnnotations).toEqual([]);
    expect(diff.addAnnotations).toEqual([]);
    expect([...diff.ledger.notes!.ours.keys()].sort()).toEqual(["E11", "G15", "G18", "G26"]);
  });

  it("deletes a tagged format whose severity cannot be read", () => {
    const stale = format(null);
    const diff = diffMarks(input({ state: { formats: [stale], annotations: [] } }))!;
    expect(diff.deleteFormats).toEqual([stale.format]);
  });
});
