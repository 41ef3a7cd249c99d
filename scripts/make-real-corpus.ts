/**
 * `npx tsx scripts/make-real-corpus.ts`: write the real-form corpus (test/fixtures/real) — one
 * workbook per transcribed form, from its `<slug>.sheet.ts`. The files are committed; fixed
 * timestamps make a regeneration byte-identical unless a transcription changed, and
 * test/scripts/make-real-corpus.test.ts fails when a committed workbook is stale.
 *
 *   --out DIR   write somewhere else
 */
import { mkdirSync, writeFileSync } from "fs";
import * as path from "path";
import { REAL_FORMS } from "../test/fixtures/real";
import { sampleBytes } from "./make-samples";

export const REAL_DIR = path.join(__dirname, "..", "test", "fixtures", "real");

async function main(argv: string[]): Promise<void> {
  const at = argv.indexOf("--out");
  const dir = at >= 0 ? path.resolve(argv[at + 1]) : REAL_DIR;
  mkdirSync(dir, { recursive: true });
  for (const form of REAL_FORMS) {
    const target = path.join(dir, `${form.slug}.xlsx`);
    writeFileSync(target, await sampleBytes(form.specs));
    process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
