/**
 * What live marks cost where they are read: LibreOffice Calc opening and recalculating a 2,000-row
 * annotated copy with guards against the same copy without (its CPU time, from the shell's `times`,
 * so a busy machine's waiting is left out), and how many conditional-format rules each copy holds —
 * guards share one rule per column and condition, so the count stays small however long the form.
 */
import { execFile } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";
import { pathToFileURL } from "url";
import { checkGrid } from "../src/core/engine";
import { formatRules, planWrites } from "../src/core/plan";
import { applyPlan } from "../src/xlsx/apply-plan";
import { readWorkbook } from "../src/xlsx/read";
import { SOFFICE } from "../test/support/libreoffice";
import { workbookFromSpecs } from "../tools/samples/from-spec";
import { departmentForm } from "./forms";
import { median } from "./measure";

export interface LiveMarksDetail {
  rows: number;
  /** Conditional-format rules ziping wrote, and the cells they cover. */
  plainRules: number;
  guardedRules: number;
  guardedCells: number;
  /** LibreOffice's CPU time to open, recalculate and export each copy (median, ms). */
  plainMs: number;
  guardedMs: number;
  /** guarded ÷ plain. */
  guardedVsPlain: number;
}

/** CPU time (user + system, ms) LibreOffice spends converting `file` to HTML with `profile`. */
function libreOfficeCpuMs(file: string, profile: string, outDir: string): Promise<number> {
  const convert = [SOFFICE, `-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--convert-to", "html", "--outdir", outDir, file]
    .map((a) => `'${a.replace(/'/g, "'\\''")}'`)
    .join(" ");
  return new Promise((resolve, reject) =>
    execFile("bash", ["-c", `${convert} >/dev/null 2>&1; times`], (error, stdout) => {
      if (error) return reject(error);
      // `times` prints the shell's own line, then its children's: `0m1.234s 0m0.567s`.
      const children = stdout.trim().split("\n")[1] ?? "";
      const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
      if (seconds.length !== 2) return reject(new Error(`times printed: ${stdout}`));
      resolve((seconds[0] + seconds[1]) * 1000);
    }),
  );
}

export async function measureLiveMarks(rows = 2000, reps = 3): Promise<LiveMarksDetail> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ziping-bench-live-"));
  try {
    const source = path.join(dir, "form.xlsx");
    await workbookFromSpecs([departmentForm(rows)]).xlsx.writeFile(source);
    const copies: Record<"plain" | "guarded", { file: string; rules: number; cells: number }> = {} as never;
    for (const guards of [false, true]) {
      const { workbook, sheets } = await readWorkbook(source);
      const grid = sheets[0];
      const { plan } = planWrites(checkGrid(grid), { guards }, grid);
      applyPlan(workbook, plan);
      const file = path.join(dir, guards ? "guarded.xlsx" : "plain.xlsx");
      await workbook.xlsx.writeFile(file);
      const rules = formatRules(plan.marks, plan.guards);
      copies[guards ? "guarded" : "plain"] = { file, rules: rules.length, cells: rules.reduce((n, r) => n + r.cells.length, 0) };
    }
    const profile = mkdtempSync(path.join(os.tmpdir(), "ziping-bench-lo-profile-"));
    const out = mkdtempSync(path.join(os.tmpdir(), "ziping-bench-lo-out-"));
    try {
      await libreOfficeCpuMs(copies.plain.file, profile, out); // first start builds the profile
      const plain: number[] = [];
      const guarded: number[] = [];
      // Alternated, so a change in the machine's load falls on both.
      for (let i = 0; i < reps; i++) {
        plain.push(await libreOfficeCpuMs(copies.plain.file, profile, out));
        guarded.push(await libreOfficeCpuMs(copies.guarded.file, profile, out));
      }
      const plainMs = median(plain);
      const guardedMs = median(guarded);
      return {
        rows,
        plainRules: copies.plain.rules,
        guardedRules: copies.guarded.rules,
        guardedCells: copies.guarded.cells,
        plainMs,
        guardedMs,
        guardedVsPlain: guardedMs / plainMs,
      };
    } finally {
      rmSync(profile, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
