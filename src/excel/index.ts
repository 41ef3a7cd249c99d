/**
 * The Office.js adapter with the real engine: `createExcelPort()` inside Office, or
 * `createExcelPort(fake.run, { supports: fake.supports })` over the fake host.
 */
import { checkGrid } from "../core/engine";
import { applyPlanToGrid, cellsOf, liveChecks, marksFromFindings, planWrites } from "../core/plan";
import { createPort, type Engine, type ExcelPortOptions } from "./excel-port";
import type { HostRun } from "./host";
import type { WorkbookPort } from "./port";

const engine: Engine = {
  check: checkGrid,
  plan: planWrites,
  applyToGrid: applyPlanToGrid,
  marks: (findings, lang, form, options) => marksFromFindings(findings, lang, liveChecks(form ?? null, options, cellsOf(findings))),
};

export function createExcelPort(run: HostRun = Excel.run, options: ExcelPortOptions = {}): WorkbookPort {
  return createPort(engine, run, options);
}

export { createPort, type Engine } from "./excel-port";
export type { HostRun } from "./host";
export type { ReadProgress, SheetCheck, WorkbookPort } from "./port";
