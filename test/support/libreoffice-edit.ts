/**
 * A workbook edited in LibreOffice Calc itself (libreoffice-edit.py, through UNO): rows inserted and
 * cells typed by the real engine, then the fills its conditional formats show, read back by address
 * as libreoffice.ts reads them. Calc moves the formats' ranges and their formulas' references as it
 * moves cells — the behaviour a test of row insertion has to see from a real engine.
 * Needs python3-uno (Debian's python3 with LibreOffice's bridge; .ci/run installs it).
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { fillsFromHtml, SOFFICE } from "./libreoffice";

/** Debian's own python3: the one python3-uno installs its `uno` module for. */
const PYTHON = "/usr/bin/python3";
const SCRIPT = path.join(__dirname, "libreoffice-edit.py");

export type CalcEdit = { insertRows: [before: number, count: number] } | { set: [address: string, text: string] } | { setNumber: [address: string, value: number] };

/** Open `file` in Calc, apply `edits` in order, recalculate, and read the fills each cell shows. */
export async function fillsAfterEdits(file: string, edits: CalcEdit[]): Promise<Map<string, string>> {
  const dir = mkdtempSync(path.join(tmpdir(), "ziping-lo-edit-"));
  const profile = mkdtempSync(path.join(tmpdir(), "ziping-lo-profile-"));
  try {
    const ops = path.join(dir, "ops.json");
    const html = path.join(dir, "shown.html");
    writeFileSync(ops, JSON.stringify(edits));
    await promisify(execFile)(PYTHON, [SCRIPT, SOFFICE, profile, file, html, ops], { timeout: 180_000 });
    return fillsFromHtml(readFileSync(html, "utf8"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}
