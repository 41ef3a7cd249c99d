/**
 * LibreOffice Calc, headless, as the real spreadsheet engine that shows what a workbook's conditional
 * formats colour once it is opened and recalculated. Its HTML export writes each cell's shown
 * background (conditional fills included) as `bgcolor`, so the fills can be read back per address.
 * Every run gets its own profile directory: parallel runs would otherwise share one and collide.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { a1 } from "../../src/core/grid";

export const SOFFICE = "/usr/bin/soffice";


/**
 * Convert files with LibreOffice into `format` (an extension, `html`), in one run (each start costs
 * seconds), into a fresh directory; the outputs' paths in the order given.
 */
async function convert(files: string[], format: string): Promise<string[]> {
  const outDir = mkdtempSync(path.join(tmpdir(), "ziping-lo-out-"));
  const profile = mkdtempSync(path.join(tmpdir(), "ziping-lo-profile-"));
  try {
    await new Promise<void>((resolve, reject) =>
      execFile(
        SOFFICE,
        [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--convert-to", format, "--outdir", outDir, ...files],
        { timeout: 120_000 },
        (error, _stdout, stderr) => (error ? reject(new Error(`soffice failed: ${error.message}\n${stderr}`)) : resolve()),
      ),
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return files.map((file) => {
    const out = path.join(outDir, `${path.basename(file, path.extname(file))}.${format}`);
    if (!existsSync(out)) throw new Error(`soffice wrote no ${format} for ${file}`);
    return out;
  });
}

/**
 * The background LibreOffice shows on each cell of the first sheet (upper-case `#RRGGBB`), by A1
 * address; cells without a background are absent. A merged area is reported at its top-left cell.
 */
export function fillsFromHtml(html: string): Map<string, string> {
  const table = /<table[\s\S]*?<\/table>/i.exec(html)?.[0] ?? "";
  const fills = new Map<string, string>();
  const taken = new Set<string>();
  let row = 0;
  for (const tr of table.split(/<tr\b/i).slice(1)) {
    let col = 0;
    for (const td of tr.split(/<td\b/i).slice(1)) {
      const attrs = td.slice(0, td.indexOf(">"));
      while (taken.has(`${row},${col}`)) col++;
      const colspan = Number(/colspan="?(\d+)/i.exec(attrs)?.[1] ?? 1);
      const rowspan = Number(/rowspan="?(\d+)/i.exec(attrs)?.[1] ?? 1);
      const bg = /bgcolor="(#[0-9A-Fa-f]{6})"/i.exec(attrs)?.[1];
      if (bg) fills.set(a1(row, col), bg.toUpperCase());
      for (let r = 0; r < rowspan; r++) for (let c = 0; c < colspan; c++) taken.add(`${row + r},${col + c}`);
      col += colspan;
    }
    row++;
  }
  return fills;
}

/** Open each file in LibreOffice, recalculate, and read the fills its cells show (files need distinct names). */
export async function shownFills(files: string[]): Promise<Map<string, string>[]> {
  const html = await convert(files, "html");
  try {
    return html.map((h) => fillsFromHtml(readFileSync(h, "utf8")));
  } finally {
    if (html.length > 0) rmSync(path.dirname(html[0]), { recursive: true, force: true });
  }
}
