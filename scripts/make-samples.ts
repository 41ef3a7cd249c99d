/**
 * `npm run samples`: write the bundled sample workbooks from their readable specs (tools/samples).
 * The files are committed; fixed timestamps make a regeneration byte-identical unless a spec changed.
 *
 *   assets/samples/seed-shenzhen-2021.xlsx  the seed form as printed (docs/forms.md says what it gives)
 *   assets/samples/seed-no-totals.xlsx      the same without its 金额合计 row (`--insert-totals` demo)
 *   assets/samples/project-anhui-2022.xlsx  a 项目支出 form (form_1, source in tools/samples/variants.ts) with its real 年度资金总额 error
 */
import { mkdirSync, writeFileSync } from "fs";
import * as path from "path";
import { seedSpec } from "../tools/samples/seed-shenzhen-2021";
import type { SheetSpec } from "../tools/samples/sheet-spec";
import { projectSpecAnhui, withoutTotalsRow } from "../tools/samples/variants";
import { workbookFromSpecs } from "../tools/samples/from-spec";
import { workbookBytes } from "../src/xlsx/write";

export const SAMPLES_DIR = path.join(__dirname, "..", "assets", "samples");
/** The seed form's year end: a fixed, meaningful stamp instead of "now". */
const STAMP = new Date("2022-01-01T00:00:00Z");

export const samples: { file: string; specs: SheetSpec[] }[] = [
  { file: "seed-shenzhen-2021.xlsx", specs: [seedSpec] },
  { file: "seed-no-totals.xlsx", specs: [withoutTotalsRow(seedSpec)] },
  { file: "project-anhui-2022.xlsx", specs: [projectSpecAnhui()] },
];

export async function sampleBytes(specs: SheetSpec[]): Promise<Buffer> {
  const workbook = workbookFromSpecs(specs);
  workbook.creator = "ziping";
  workbook.lastModifiedBy = "ziping";
  return workbookBytes(workbook, { fixedTime: STAMP });
}

async function main(): Promise<void> {
  mkdirSync(SAMPLES_DIR, { recursive: true });
  for (const sample of samples) {
    const target = path.join(SAMPLES_DIR, sample.file);
    writeFileSync(target, await sampleBytes(sample.specs));
    process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
