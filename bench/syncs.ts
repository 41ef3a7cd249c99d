/**
 * Round trips to Excel per pane action, counted by the fake host (test/support/fake-excel) with
 * Excel on the web's 5 MB response cap: each context.sync() is a round trip, the cost that makes a
 * pane feel slow long before any computation does.
 */
import { createExcelPort, type WorkbookPort } from "../src/excel";
import { seedSpec } from "../tools/samples/seed-shenzhen-2021";
import { toGridData, type SheetSpec } from "../tools/samples/sheet-spec";
import { withoutTotalsRow } from "../tools/samples/variants";
import { FakeExcel } from "../test/support/fake-excel";
import { departmentForm } from "./forms";

export interface SyncCounts {
  check: number;
  checkNoChange: number;
  clear: number;
  insertTotals: number;
  summary: number;
  checkLarge: number;
}

/** Also shown in the table (not part of results.json): an unchanged re-check of the large form. */
export interface SyncDetail extends SyncCounts {
  checkLargeNoChange: number;
}

interface Host {
  fake: FakeExcel;
  port: WorkbookPort;
}

function host(spec: SheetSpec): Host {
  const fake = new FakeExcel();
  fake.addSheet(spec.name, { grid: toGridData(spec) });
  return { fake, port: createExcelPort(fake.run, { supports: fake.supports, displayLanguage: () => "zh-CN" }) };
}

/** Syncs one action costs, from a reset counter. */
async function syncsOf({ fake }: Host, action: () => Promise<unknown>): Promise<number> {
  fake.resetSyncCount();
  await action();
  return fake.syncCount;
}

/** The 2,000-row form of `checkLarge`: the seed's 24 other rows and 1,976 tasks. */
export const LARGE_FORM_TASKS = 1976;

export async function countSyncs(large: SheetSpec = departmentForm(LARGE_FORM_TASKS)): Promise<SyncDetail> {
  const seed = host(seedSpec);
  const check = await syncsOf(seed, () => seed.port.checkActiveSheet());
  const checkNoChange = await syncsOf(seed, () => seed.port.checkActiveSheet());
  const clear = await syncsOf(seed, () => seed.port.clearMarks());

  const noTotals = host(withoutTotalsRow(seedSpec));
  const insertTotals = await syncsOf(noTotals, () => noTotals.port.insertTotals());

  const fresh = host(seedSpec);
  const summary = await syncsOf(fresh, () => fresh.port.writeSummary("zh-CN"));

  const big = host(large);
  const checkLarge = await syncsOf(big, () => big.port.checkActiveSheet());
  const checkLargeNoChange = await syncsOf(big, () => big.port.checkActiveSheet());
  return { check, checkNoChange, clear, insertTotals, summary, checkLarge, checkLargeNoChange };
}
