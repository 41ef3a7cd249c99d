/** The mark diff: what to delete and add so the sheet shows exactly the plan's marks. */
import type { Mark, Severity } from "../../src/core/model";
import { NOTE_PREFIX, markFormula } from "../../src/core/model";
import { parseA1 } from "../../src/core/grid";
import type { HostAnnotation, HostConditionalFormat } from "../../src/excel/host";
import { diffMarks, type DiffInput, type MarkLedger } from "../../src/excel/marks";
import type { ExistingAnnotation, TaggedFormat } from "../../src/excel/read-sheet";
import { readStamp } from "../../src/excel/stamp";

const mark = (address: string, severity: Severity, text = address): Mark => ({ address, ...parseA1(address), severity, note: NOTE_PREFIX + text });
/** Stand-ins for the read's format proxies, told apart by identity. */
const format = (severity: Severity | null, formula?: string): TaggedFormat => ({
  severity,
  format: { type: "Custom" } as HostConditionalFormat,
  stamp: readStamp(formula),
});
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

/** A format as the core writes it, without the adapter's stamp (stamp.ts). */
const bare = <T extends { formula: string }>(f: T): T => ({ ...f, formula: f.formula.replace(/(ziping:(?:error|warning|info))[^"]*"/, '$1"') });

/** The ledger a first write of `marks` leaves. */
function written(marks: Mark[]): { ledger: MarkLedger; formats: TaggedFormat[]; annotations: ExistingAnnotation[] } {
  const diff = diffMarks(input({ marks }))!;
  return {
    ledger: diff.ledger,
    formats: diff.addFormats.map((f) => format(f.severity, f.formula)),
    annotations: diff.addAnnotations.map((a) => note(a.content)),
  };
}

describe("diffMarks", () => {
  const marks = [mark("G14", "warning"), mark("G17", "info"), mark("G25", "error"), mark("E10", "error")];

  it("adds one format per severity over its cells and one note per cell on a clean sheet", () => {
    const diff = diffMarks(input({ marks }))!;
    expect(diff.addFormats.map(bare)).toEqual([
      { severity: "error", address: "E10, G25", formula: markFormula("error") },
      { severity: "warning", address: "G14", formula: markFormula("warning") },
      { severity: "info", address: "G17", formula: markFormula("info") },
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
    expect(diff.addFormats.map(bare)).toEqual([{ severity: "error", address: "E10", formula: markFormula("error") }]);
    expect(diff.deleteAnnotations).toEqual([{ address: "G25", kind: "note" }]);
    expect(diff.addAnnotations).toEqual([]);
  });

  it("after the layout changed the ledger is not trusted, but the sheet's stamps vouch for the marks this check wants", () => {
    const { ledger, formats, annotations } = written(marks);
    const diff = diffMarks(input({ marks, ledger, state: { formats, annotations }, shapeBefore: "moved" }))!;
    expect(diff.unchanged).toBe(true);
  });

  it("a runtime that did not write the marks reads them from the stamps: nothing is rewritten", () => {
    const { formats, annotations } = written(marks);
    expect(diffMarks(input({ marks, state: { formats, annotations } }))!.unchanged).toBe(true);
  });

  it("a ledger whose stamps the sheet no longer shows is not trusted: the notes are located first", () => {
    const { ledger } = written(marks);
    // Another runtime marked G23 instead of G25 (same texts): the sheet's stamps are that write's.
    const other = marks.map((m) => (m.address === "G25" ? mark("G23", "error", "G25") : m));
    const { formats, annotations } = written(other);
    expect(diffMarks(input({ marks, ledger, state: { formats, annotations } }))).toBeNull();
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

  it("writes a live mark's condition, one format per column and condition, and rewrites it when the condition changes", () => {
    const live = (address: string, condition: string): Mark => ({ ...mark(address, "error"), condition });
    const first = [live("G5", "G5>E5"), live("G6", "G6>E6"), live("G25", "G25<=50")];
    const diff = diffMarks(input({ marks: first }))!;
    expect(diff.addFormats.map(bare)).toEqual([
      { severity: "error", address: "G5:G6", formula: '=AND(G5>E5,N("ziping:error")=0)' },
      { severity: "error", address: "G25", formula: '=AND(G25<=50,N("ziping:error")=0)' },
    ]);
    const formats = diff.addFormats.map((f) => format(f.severity, f.formula));
    const annotations = diff.addAnnotations.map((a) => note(a.content));
    expect(diffMarks(input({ marks: first, ledger: diff.ledger, state: { formats, annotations } }))!.unchanged).toBe(true);
    const changed = [...first.slice(0, 2), live("G25", "G25<=60")];
    const again = diffMarks(input({ marks: changed, ledger: diff.ledger, state: { formats, annotations } }))!;
    expect(again.deleteFormats).toHaveLength(2);
    expect(again.addFormats.map((f) => bare(f).formula)).toEqual(['=AND(G5>E5,N("ziping:error")=0)', '=AND(G25<=60,N("ziping:error")=0)']);
  });

  it("writes each chunk of a long shared live rule for its own first cell", () => {
    const live = (row: number): Mark => ({ ...mark(`G${row}`, "warning"), condition: `G${row}>E${row}` });
    // Every other row: one rectangle per cell, more than one getRanges address list holds.
    const marks = Array.from({ length: 400 }, (_, i) => live(5 + 2 * i));
    const diff = diffMarks(input({ marks }))!;
    expect(diff.addFormats.length).toBeGreaterThan(1);
    for (const f of diff.addFormats) {
      const first = /^G(\d+)/.exec(f.address)![1];
      expect(bare(f).formula).toBe(`=AND(G${first}>E${first},N("ziping:warning")=0)`);
    }
  });

  it("deletes a tagged format whose severity cannot be read", () => {
    const stale = format(null);
    const diff = diffMarks(input({ state: { formats: [stale], annotations: [] } }))!;
    expect(diff.deleteFormats).toEqual([stale.format]);
  });
});
