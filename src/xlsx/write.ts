/**
 * Writing workbooks to disk. An annotated copy goes to DIR/<the input's file name>, written to a
 * temporary file in DIR and renamed into place (a reader never sees half a file, a failed write
 * leaves no debris), and never over one of the inputs — however the paths are spelled.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { randomBytes } from "crypto";
import type ExcelJS from "exceljs";
import { withFixedTimestamps } from "./zip-timestamps";

export class OverwriteInputError extends Error {
  constructor(
    readonly target: string,
    readonly input: string,
  ) {
    super(`refusing to write ${target}: it is the input file ${input}`);
    this.name = "OverwriteInputError";
  }
}

export interface BytesOptions {
  /** Stamp the workbook's created/modified properties and every zip entry with this time (reproducible files). */
  fixedTime?: Date;
}

export async function workbookBytes(workbook: ExcelJS.Workbook, options: BytesOptions = {}): Promise<Buffer> {
  if (options.fixedTime) {
    workbook.created = options.fixedTime;
    workbook.modified = options.fixedTime;
  }
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return options.fixedTime ? withFixedTimestamps(bytes, options.fixedTime) : bytes;
}

/** Write `bytes` to `target` through a temporary file in the same directory. */
export async function writeFileAtomic(target: string, bytes: Buffer): Promise<void> {
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await fs.writeFile(tmp, bytes, { flag: "wx" });
    await fs.rename(tmp, target);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw error;
  }
}

/** Whether two paths name one file (the same path, or a link to the same inode). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    // Symlinks, hard links, and case-insensitive file systems all end at the same inode.
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false; // one of them does not exist, so they cannot be the same file
  }
}

/** Where the annotated copy of `input` goes in `outDir`. */
export function copyPath(input: string, outDir: string): string {
  return path.join(outDir, path.basename(input));
}

/**
 * Write the annotated copy of `input` into `outDir` (created if needed) and return its path.
 * `inputs` are all the files of the run: the copy may overwrite none of them.
 */
export async function writeAnnotatedCopy(
  workbook: ExcelJS.Workbook,
  input: string,
  outDir: string,
  inputs: string[] = [input],
): Promise<string> {
  const target = copyPath(input, outDir);
  for (const other of inputs) {
    if (await sameFile(target, other)) throw new OverwriteInputError(target, other);
  }
  await fs.mkdir(outDir, { recursive: true });
  await writeFileAtomic(target, await workbookBytes(workbook));
  return target;
}
