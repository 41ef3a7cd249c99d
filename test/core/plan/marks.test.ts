import { NOTE_PREFIX, type Finding } from "../../../src/core/model";
import { marksFromFindings } from "../../../src/core/plan/marks";

const finding = (rule: string, severity: Finding["severity"], cells: string[], zh: string): Finding => ({
  rule,
  messageId: "m",
  data: {},
  severity,
  cells,
  message: { "zh-CN": zh, "en-US": `en: ${zh}` },
  expected: null,
  actual: null,
});

describe("marksFromFindings", () => {
  it("gives one mark per cell with the most severe colour and every message in the note", () => {
    const marks = marksFromFindings(
      [
        finding("indicator-far-exceeded", "info", ["G17"], "远超"),
        finding("indicator-unmet", "error", ["G17", "E17"], "未达到"),
        finding("total-mismatch", "error", ["H10"], "合计不符"),
      ],
      "zh-CN",
    );
    expect(marks.map((m) => [m.address, m.severity])).toEqual([
      ["H10", "error"],
      ["E17", "error"],
      ["G17", "error"],
    ]);
    expect(marks[2].note).toBe(`${NOTE_PREFIX}远超\n未达到`);
    expect(marks[0]).toMatchObject({ row: 9, col: 7 });
  });

  it("writes notes in the requested language", () => {
    const [mark] = marksFromFindings([finding("x", "warning", ["A1"], "甲")], "en-US");
    expect(mark.note).toBe(`${NOTE_PREFIX}en: 甲`);
  });

});
