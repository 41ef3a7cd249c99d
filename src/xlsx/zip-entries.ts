/**
 * Walking a zip's central directory: the entry names of an .xlsx package, the offsets of their
 * headers, and one entry's text: the timestamp fixer walks them, and tests read parts exceljs does not.
 * The walk itself is zip-bounds' (zip64 directories included, which some writers use even for
 * small files and exceljs reads).
 */
import { inflateRawSync } from "zlib";
import { storedBytes, zipParts, type ZipPart } from "./zip-bounds";

export type ZipEntry = ZipPart;

export function zipEntries(zip: Buffer): ZipEntry[] {
  return zipParts(zip);
}

/** The text of one entry (stored or deflated), or null when the package has no such entry. */
export function zipEntryText(zip: Buffer, name: string): string | null {
  const entry = zipEntries(zip).find((e) => e.name === name);
  if (!entry) return null;
  const data = storedBytes(zip, entry);
  if (entry.method === 0) return data.toString("utf8");
  if (entry.method === 8) return inflateRawSync(data).toString("utf8");
  throw new Error(`zip entry ${name} uses compression method ${entry.method}`);
}
