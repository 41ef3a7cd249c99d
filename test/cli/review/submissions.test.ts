/**
 * The review summary at scale: 500 generated submissions — both families, seeded
 * errors, unreadable files, decoys a walk must skip — checked as a reviewer would, over the
 * directory, with an xlsx and a CSV report. Every seeded error must be in its file's row, every
 * unreadable file must be there with its reason, every clean file must have no error, and the
 * report must have one row per file.
 */
import { readFileSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { cliStrings } from "../../../src/cli/strings";
import { ruleById } from "../../../src/core/rules";
import { REVIEW_COLUMNS, reviewStrings, type ReviewColumnId } from "../../../src/cli/review/strings";
import { problemText } from "../../../src/cli/problems";
import { EXAMPLES, headline } from "../../support/problems";
import { workerEntry } from "../../../src/cli/review/pool";
import { ziping, type CliRun } from "../../support/cli";
import { writeInbox, type Broken, type Inbox, type Submission } from "../../support/submissions";
import { tempDir } from "../../support/workbooks";
import { parseCsv } from "../../support/csv";

type Row = Record<ReviewColumnId, string>;

let dir: string;
let cleanup: () => void;
let inbox: Inbox;
let run: CliRun;
let csv: Row[];
let xlsx: ExcelJS.Worksheet;
const csvFile = (): string => path.join(dir, "审核", "review.csv");
const xlsxFile = (): string => path.join(dir, "审核", "review.xlsx");
const inboxDir = (): string => path.join(dir, "收件箱");

beforeAll(async () => {
  ({ dir, cleanup } = tempDir("ziping-inbox-"));
  inbox = await writeInbox(inboxDir(), { count: 500 });
  run = await ziping(["check", inboxDir(), "--report", xlsxFile(), "--report", csvFile(), "--jobs", "2"], { workers: workerEntry() });
  const text = readFileSync(csvFile(), "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header, ...records] = parseCsv(text.slice(1));
  expect(header).toEqual(REVIEW_COLUMNS.map((id) => reviewStrings["zh-CN"].headers[id]));
  csv = records.map((r) => Object.fromEntries(REVIEW_COLUMNS.map((id, i) => [id, r[i]])) as Row);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsxFile());
  xlsx = workbook.worksheets[0];
}, 180_000);
afterAll(() => cleanup());

const rowOf = (s: Submission): Row | undefined => csv.find((r) => r.file === path.join(inboxDir(), s.file));
/** The rule ids of the 问题 column: one finding a line, its rule id last in brackets. */
const rulesIn = (row: Row): string[] => (row.problems === "" ? [] : row.problems.split("\n").map((p) => /\[([a-z-]+)\]$/.exec(p)?.[1] ?? p));

function reasonText(kind: Broken): string {
  // Read as the .xls it is, whatever its name, and refused as damaged.
  return headline(problemText(EXAMPLES[kind === "damaged-xls" ? "corrupted" : kind][0], "zh-CN"));
}

describe("the review summary of 500 submissions", () => {
  it("has one row per submitted file, in walk order, and none for lock files, hidden folders or other files", () => {
    expect(inbox.submissions).toHaveLength(500);
    const expected = inbox.submissions.map((s) => s.file).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(csv.map((r) => path.relative(inboxDir(), r.file).split(path.sep).join("/"))).toEqual(expected);
    for (const decoy of inbox.decoys) expect(csv.some((r) => r.file.endsWith(path.basename(decoy)))).toBe(false);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`已写入审核汇总 ${xlsxFile()}（500 行）`);
  });

  it("lists every seeded error in its file's row", () => {
    const seeded = inbox.submissions.filter((s) => s.seeded.length > 0);
    expect(seeded.length).toBeGreaterThan(200);
    const misses: string[] = [];
    for (const s of seeded) {
      const row = rowOf(s)!;
      for (const e of s.seeded) if (!rulesIn(row).includes(e.rule)) misses.push(`${s.file}: ${e.rule} (${e.change}) not in "${row.problems}"`);
      for (const name of s.unmet) if (!row.unmet.split("；").includes(name)) misses.push(`${s.file}: unmet ${name} not in "${row.unmet}"`);
      if (Number(row.errors) < 1 || row.status !== "有错误") misses.push(`${s.file}: status ${row.status}, errors ${row.errors}`);
    }
    expect(misses).toEqual([]);
    const kinds = new Set(seeded.flatMap((s) => s.seeded.map((e) => e.rule)));
    for (const rule of ["total-mismatch", "subset-exceeds-total", "indicator-unmet", "rate-mismatch"]) expect(kinds).toContain(rule);
    // Wrong scores are seeded once the engine has the score rules.
    for (const rule of ["score-mismatch", "score-total-mismatch"]) if (ruleById(rule)) expect(kinds).toContain(rule);
  });

  it("lists every file that could not be checked, with its reason", () => {
    const broken = inbox.submissions.filter((s) => s.broken);
    expect(new Set(broken.map((s) => s.broken))).toEqual(new Set(["corrupted", "not-xlsx", "damaged-xls", "no-form"]));
    expect(new Set(broken.map((s) => s.damage?.replace(/ \(.*\)$/, "")))).toEqual(
      new Set(["truncated zip", "empty file", "a CSV named .xlsx", "a damaged .xls renamed .xlsx", "a workbook without a form"]),
    );
    for (const s of broken) {
      const row = rowOf(s)!;
      expect([s.file, row.status, row.sheet]).toEqual([s.file, "无法检查", ""]);
      expect([s.file, row.note.startsWith(reasonText(s.broken!))]).toEqual([s.file, true]);
    }
  });

  it("gives every clean file no error, with its family and totals", () => {
    const clean = inbox.submissions.filter((s) => !s.broken && s.seeded.length === 0);
    expect(clean.length).toBeGreaterThan(150);
    const dirty = clean.map((s) => ({ s, row: rowOf(s)! })).filter(({ row }) => row.errors !== "0");
    expect(dirty.map(({ s, row }) => `${s.file} (${s.layout}): ${row.problems}`)).toEqual([]);
    for (const s of clean) {
      const row = rowOf(s)!;
      expect([s.file, row.kind]).toEqual([s.file, reviewStrings["zh-CN"].formKind[s.family!]]);
      expect([s.file, row.budget]).toEqual([s.file, expect.stringMatching(/^\d+(\.\d+)?$/)]);
      expect([s.file, row.rate]).toEqual([s.file, expect.stringMatching(/^\d+\.\d\d%$/)]);
    }
    expect(new Set(clean.map((s) => s.family))).toEqual(new Set(["department", "project"]));
  });

  it("shows 总分 stated and by the rules, 等级 and the profile for forms with scores, blanks for forms without", () => {
    const scored = (s: Submission): boolean => /^(anhui|sichuan|hubei)\//.test(s.layout);
    for (const s of inbox.submissions.filter((x) => !x.broken && x.seeded.length === 0)) {
      const row = rowOf(s)!;
      const shown = [row.statedTotal, row.computedTotal, row.grade, row.profile !== ""];
      expect([s.file, ...shown]).toEqual([s.file, ...(scored(s) ? ["100", "100.00", "优", true] : ["", "", "", false])]);
    }
    const wrongTotals = inbox.submissions.filter((s) => s.seeded.some((e) => e.rule === "score-total-mismatch"));
    expect(wrongTotals.length).toBeGreaterThan(0);
    for (const s of wrongTotals) {
      const row = rowOf(s)!;
      expect([s.file, Number(row.statedTotal) === Number(row.computedTotal)]).toEqual([s.file, false]);
    }
  });

  it("holds the same rows in the workbook, numbers as numbers, error rows filled", () => {
    expect(xlsx.rowCount).toBe(501);
    expect(xlsx.autoFilter).toBe("A1:U501");
    const col = (id: ReviewColumnId): number => REVIEW_COLUMNS.indexOf(id) + 1;
    csv.forEach((row, i) => {
      const line = xlsx.getRow(i + 2);
      expect([line.getCell(col("file")).value, line.getCell(col("problems")).value ?? ""]).toEqual([row.file, row.problems]);
      if (row.status === "无法检查") return;
      expect(line.getCell(col("errors")).value).toBe(Number(row.errors));
      expect(line.getCell(col("budget")).value).toBe(Number(row.budget));
      const filled = (line.getCell(1).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
      expect([row.file, filled]).toEqual([row.file, row.errors === "0" ? undefined : "FFFFC7CE"]);
    });
  });
});
