/**
 * The committed real-form workbooks are what scripts/make-real-corpus.ts writes from their
 * transcriptions today, byte for byte, and every form has its expectations and source beside it.
 */
import { existsSync, readFileSync } from "fs";
import * as path from "path";
import { REAL_DIR } from "../../scripts/make-real-corpus";
import { sampleBytes } from "../../scripts/make-samples";
import { REAL_FORMS } from "../fixtures/real";

describe("the real-form corpus", () => {
  it.each(REAL_FORMS.map((f) => [f.slug, f] as const))("%s.xlsx is up to date (run `npx tsx scripts/make-real-corpus.ts`)", async (slug, form) => {
    const committed = readFileSync(path.join(REAL_DIR, `${slug}.xlsx`));
    expect(committed.equals(await sampleBytes(form.specs))).toBe(true);
  });

  it.each(REAL_FORMS.map((f) => [f.slug, f] as const))("%s has expectations naming the same source", (slug, form) => {
    const file = path.join(REAL_DIR, `${slug}.expected.json`);
    expect(existsSync(file)).toBe(true);
    const expected = JSON.parse(readFileSync(file, "utf8")) as { source: string };
    expect(expected.source).toBe(form.source);
    expect(form.source).toMatch(/^https?:\/\//);
  });
});
