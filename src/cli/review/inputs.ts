/**
 * The inputs of a run: files as given, and directories walked for their workbooks (.xlsx, .xls, .et). The walk
 * skips Office's `~$` lock files and hidden files and directories (also ziping's own temporary
 * files, which start with a dot) and lists each directory in code-unit order, so every machine and
 * every run sees the same files in the same order.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type { Lang } from "../../core/model";
import { problem } from "../../core/problem";
import { problemText } from "../problems";

export type ExpandedInputs = { files: string[] } | { error: string };

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * What a reviewer's inbox holds: .xlsx and .xls are checked; WPS's .et is listed too, so its row
 * in the report says how to make it checkable instead of the file being silently left out.
 */
function isWorkbookName(name: string): boolean {
  return /\.(xlsx|xls|et)$/i.test(name) && !name.startsWith("~$") && !name.startsWith(".");
}

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isDirectory();
  } catch {
    // Missing or unreadable: kept as a file argument, so the check says why it cannot be read.
    return false;
  }
}

async function walk(dir: string, visited: Set<string>, out: string[]): Promise<void> {
  // A directory linked into itself would be walked forever.
  const real = await fs.realpath(dir);
  if (visited.has(real)) return;
  visited.add(real);
  const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => byCodeUnits(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const p = path.join(dir, entry.name);
    const directory = entry.isDirectory() || (entry.isSymbolicLink() && (await isDirectory(p)));
    if (directory) await walk(p, visited, out);
    else if (isWorkbookName(entry.name)) out.push(p);
  }
}

/**
 * Files given stay as given (also a missing file or a .txt: the check reports why it cannot be
 * read); a directory becomes its workbooks. `exclude` are paths the run writes (the review report),
 * which a walk must not pick up as inputs. A directory without workbooks is an error: a reviewer
 * who typed the wrong path should hear so rather than get an empty report.
 */
export async function expandInputs(args: string[], lang: Lang, exclude: string[] = []): Promise<ExpandedInputs> {
  const skip = new Set(exclude.map((p) => path.resolve(p)));
  const seen = new Set<string>();
  const files: string[] = [];
  for (const arg of args) {
    if (!(await isDirectory(arg))) {
      files.push(arg);
      seen.add(path.resolve(arg));
      continue;
    }
    const found: string[] = [];
    try {
      await walk(arg, new Set(), found);
    } catch (error) {
      return { error: `${arg}: ${error instanceof Error ? error.message : String(error)}` };
    }
    const fresh = found.filter((f) => !skip.has(path.resolve(f)));
    if (fresh.length === 0) return { error: problemText(problem("no-workbooks-in", { dir: arg }), lang) };
    for (const f of fresh) {
      const resolved = path.resolve(f);
      if (seen.has(resolved)) continue; // also named on the command line or under another argument
      seen.add(resolved);
      files.push(f);
    }
  }
  return { files };
}
