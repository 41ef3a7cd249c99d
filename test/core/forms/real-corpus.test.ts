/**
 * Every published form in test/fixtures/real, checked the way the command checks it (`ziping check
 * --format json`, in process), against the expectations worked out by hand beside it: totals, 执行率,
 * the indicator count, 总分 by the rules, the findings a reviewer requires and those that must not be.
 */
import { readdirSync, readFileSync } from "fs";
import * as path from "path";
import type { JsonFile } from "../../../src/cli/format-json";
import { ziping } from "../../support/cli";
import { differences, type Expectations } from "../../support/real-corpus";

const DIR = path.join(__dirname, "../../fixtures/real");
const slugs = readdirSync(DIR)
  .filter((name) => /\.(xlsx|xls)$/.test(name))
  .map((name) => name.replace(/\.(xlsx|xls)$/, ""))
  .sort();

function expectations(slug: string): Expectations {
  return JSON.parse(readFileSync(path.join(DIR, `${slug}.expected.json`), "utf8")) as Expectations;
}

describe("the real-form corpus", () => {
  it("holds the published forms, each with its source", () => {
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs) expect([slug, expectations(slug).source]).toEqual([slug, expect.stringMatching(/^https?:\/\//)]);
  });

  it.each(slugs)("%s reads as a careful reviewer worked it out", async (slug) => {
    const file = readdirSync(DIR).find((name) => name.startsWith(`${slug}.x`))!;
    const expected = expectations(slug);
    const run = await ziping(["check", "--format", "json", path.join(DIR, file)]);
    const [report] = JSON.parse(run.stdout) as JsonFile[];
    expect(report.error).toBeNull();
    const sheet = expected.sheet !== undefined ? report.sheets.find((s) => s.sheet === expected.sheet) : report.sheets.find((s) => s.kind !== null);
    expect(sheet).toBeDefined();
    expect(differences(sheet!, expected)).toEqual([]);
  });
});

describe("holding a check against its expectations", () => {
  const sheet = {
    sheet: "S",
    kind: "project" as const,
    findings: [{ rule: "score-mismatch", severity: "error" as const, cells: ["H7", "G7"], message: "m", expected: "8.62", actual: "9" }],
    totals: { budget: "43.2", budgetFiscal: null, spent: "37.24", spentFiscal: null, executionRate: "86.20%" },
    indicators: { total: 9, met: 8, unmet: 1, exceeded: 0, manual: 0 },
    scoring: { profile: "central" as const, guessed: true, computedTotal: "97.24", statedTotal: null, grade: "优" as const, statedGrade: null },
  };

  it("finds nothing to say when everything matches (a finding matches on any of its cells)", () => {
    const wanted: Expectations = {
      source: "https://example.gov.cn/",
      kind: "project",
      totals: { budget: "43.2", executionRate: "86.20%" },
      indicatorCount: 9,
      computedTotal: "97.24",
      required: [{ rule: "score-mismatch", cell: "G7" }],
      forbidden: [{ rule: "*", cell: "C15" }, { rule: "rate-mismatch" }],
    };
    expect(differences(sheet, wanted)).toEqual([]);
  });

  it("names every difference: figures, a missing finding, a forbidden one", () => {
    const wanted: Expectations = {
      source: "https://example.gov.cn/",
      totals: { executionRate: "86.21%" },
      indicatorCount: 26,
      computedTotal: "100.00",
      required: [{ rule: "score-mismatch", cell: "H8" }],
      forbidden: [{ rule: "*", cell: "H7", why: "fine" }],
    };
    expect(differences(sheet, wanted)).toEqual([
      'totals.executionRate: expected "86.21%", got "86.20%"',
      "indicator count: expected 26, got 9",
      'computed total: expected "100.00", got "97.24"',
      "missing score-mismatch@H8",
      "forbidden *@H7 found: score-mismatch@H7,G7 error: m — fine",
    ]);
  });
});
