/**
 * LibreOffice headless as an independent spreadsheet engine for formulas: open a workbook, recalculate
 * every formula, save it as .xlsx again, so a test reads what a real engine computes from the formulas
 * ziping wrote (libreoffice.ts reads the fills it shows). Each run gets its own profile
 * (`-env:UserInstallation`), told to recalculate OOXML files on load instead of trusting the cached
 * results a file carries — without that, a wrong formula would pass on the figure ziping cached.
 */
import { execFile } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { promisify } from "util";

export const SOFFICE = "/usr/bin/soffice";


// Calc ▸ Formula ▸ "Recalculation on file load", Excel 2007 and newer: 0 = always recalculate.
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** `input` recalculated by LibreOffice and saved as .xlsx into `outDir`; returns the new file's path. */
export async function recalculate(input: string, outDir: string): Promise<string> {
  const profile = mkdtempSync(path.join(tmpdir(), "lo-ziping-"));
  mkdirSync(path.join(profile, "user"), { recursive: true });
  writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), ALWAYS_RECALCULATE);
  try {
    await promisify(execFile)(
      SOFFICE,
      [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", outDir, input],
      { timeout: 240_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const out = path.join(outDir, `${path.basename(input, path.extname(input))}.xlsx`);
  if (!existsSync(out)) throw new Error(`LibreOffice wrote no ${out}`);
  return out;
}
