/**
 * `npx tsx scripts/make-bad-corpus.ts`: write the bad-input corpus (test/support/bad-corpus/cases.ts)
 * into test/fixtures/bad/ — the small cases as files, and a README listing every case with the
 * outcome it must have. Large and dangerous cases (a 100,000-row sheet, zip bombs) are not written
 * here: test/hardening/bad-corpus.test.ts generates them into a temp directory. Regenerating gives
 * byte-identical files unless a case changed; the test fails when the committed files are stale.
 *
 *   --out DIR   write somewhere else (the test uses this to check the committed files)
 *   --all       also write the generated-at-test-time cases (into DIR; never commit them)
 */
import { mkdirSync, writeFileSync } from "fs";
import * as path from "path";
import { BAD_CASES, type BadCase, type Expected } from "../test/support/bad-corpus/cases";

export const BAD_DIR = path.join(__dirname, "..", "test", "fixtures", "bad");

function outcome(expected: Expected): string {
  if ("refused" in expected) return `not checked: \`${expected.refused}\` (exit 2)`;
  const sheets = Object.entries(expected.sheets).map(([sheet, findings]) => {
    if (findings === null) return `${sheet}: no form`;
    return `${sheet}: ${findings.length === 0 ? "no findings" : findings.map((f) => `\`${f}\``).join(", ")}`;
  });
  return `${sheets.join("; ")} (exit ${expected.exit})`;
}

export function readme(cases: BadCase[] = BAD_CASES): string {
  const row = (c: BadCase): string => `| \`${c.file}\` | ${c.about} | ${outcome(c.expected).replace(/\|/g, "\\|")} |`;
  return [
    "# Bad-input corpus",
    "",
    "Workbooks ziping must survive without crashing, hanging or changing a number: each is built from a",
    "readable spec in `test/support/bad-corpus/cases.ts`, where its expected outcome is declared beside it,",
    "and `test/hardening/bad-corpus.test.ts` checks every outcome (findings as `rule@cell`, or the reason the",
    "file could not be checked) and, for those with a form, that the annotated copy loses nothing.",
    "",
    "Do not edit these files by hand. Regenerate them with `npx tsx scripts/make-bad-corpus.ts`; the test",
    "fails when a committed file no longer matches its spec. This README is generated too.",
    "",
    "## Committed (small)",
    "",
    "| file | what is odd | expected |",
    "|---|---|---|",
    ...cases.filter((c) => c.committed).map(row),
    "",
    "## Generated when the test runs (large or dangerous; never committed)",
    "",
    "These are written into a temporary directory and deleted afterwards: a 100,000-row sheet is 1 MB of",
    "binary that would bloat the history, and zip bombs could hurt tools that unpack whatever they find",
    "(search indexers, antivirus, `unzip -d`). `npx tsx scripts/make-bad-corpus.ts --all --out DIR` writes",
    "them to DIR for a manual look.",
    "",
    "| file | what is odd | expected |",
    "|---|---|---|",
    ...cases.filter((c) => !c.committed).map(row),
    "",
    "Bounds the reader applies (`src/xlsx/limits.ts`): file ≤ 100 MB, ≤ 10,000 zip parts, ≤ 64 MB",
    "declared uncompressed in total (checked in the central directory before exceljs inflates anything;",
    "a part that inflates past its declared size is refused as corrupted), ≤ 2,000,000 cells in one",
    "sheet's used range. Over a bound the CLI prints the reason in Chinese or English and exits 2.",
    "",
  ].join("\n");
}

export async function writeCorpus(dir: string, { all = false } = {}): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const c of BAD_CASES) {
    if (!c.committed && !all) continue;
    writeFileSync(path.join(dir, c.file), await c.build());
    written.push(c.file);
  }
  writeFileSync(path.join(dir, "README.md"), readme());
  return written;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outAt = args.indexOf("--out");
  const dir = outAt >= 0 ? path.resolve(args[outAt + 1]) : BAD_DIR;
  const written = await writeCorpus(dir, { all: args.includes("--all") });
  process.stdout.write(`wrote ${written.length} workbooks and README.md to ${path.relative(process.cwd(), dir) || "."}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
