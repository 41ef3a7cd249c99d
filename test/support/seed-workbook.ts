/** A fake Excel workbook holding a sample form, and the adapter over it. */
import type { Lang } from "../../src/core/model";
import { createExcelPort, type WorkbookPort } from "../../src/excel";
import { seedSpec } from "../../tools/samples/seed-shenzhen-2021";
import { toGridData, type SheetSpec } from "../../tools/samples/sheet-spec";
import { FakeExcel, type FakeExcelOptions, type SheetSetup } from "./fake-excel";

export const SEED_SHEET = "自评表";

export interface SeedWorkbook {
  fake: FakeExcel;
  port: WorkbookPort;
  sheet: string;
}

export function seedWorkbook(
  options: { spec?: SheetSpec; setup?: Omit<SheetSetup, "grid">; host?: FakeExcelOptions; lang?: Lang } = {},
): SeedWorkbook {
  const fake = new FakeExcel(options.host);
  const spec = options.spec ?? seedSpec;
  fake.addSheet(spec.name, { ...options.setup, grid: toGridData(spec) });
  const lang = options.lang ?? "zh-CN";
  const port = createExcelPort(fake.run, { supports: fake.supports, libraryHas: fake.libraryHas, displayLanguage: () => lang });
  return { fake, port, sheet: spec.name };
}
