/**
 * Walking a zip's central directory: the entry names of an .xlsx package, the offsets of their
 * headers, and one entry's text. Shared by the timestamp fixer and the check for parts exceljs drops.
 */
import { inflateRawSync } from "zlib";

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;

export interface ZipEntry {
  name: string;
  /** Offset of the entry's central directory header. */
  central: number;
  /** Offset of the entry's local file header. */
  local: number;
}

function findEndOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
    if (zip.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  }
  throw new Error("not a zip archive: no end-of-central-directory record");
}

export function zipEntries(zip: Buffer): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(zip);
  const count = zip.readUInt16LE(eocd + 10);
  const entries: ZipEntry[] = [];
  let p = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < count; n++) {
    if (p + 46 > zip.length || zip.readUInt32LE(p) !== CENTRAL_SIGNATURE) {
      throw new Error(`zip central directory entry ${n} is malformed`);
    }
    const nameLength = zip.readUInt16LE(p + 28);
    entries.push({ name: zip.subarray(p + 46, p + 46 + nameLength).toString("utf8"), central: p, local: zip.readUInt32LE(p + 42) });
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return entries;
}

/** The text of one entry (stored or deflated), or null when the package has no such entry. */
export function zipEntryText(zip: Buffer, name: string): string | null {
  const entry = zipEntries(zip).find((e) => e.name === name);
  if (!entry) return null;
  const method = zip.readUInt16LE(entry.central + 10);
  const size = zip.readUInt32LE(entry.central + 20);
  const start = entry.local + 30 + zip.readUInt16LE(entry.local + 26) + zip.readUInt16LE(entry.local + 28);
  const data = zip.subarray(start, start + size);
  if (method === 0) return data.toString("utf8");
  if (method === 8) return inflateRawSync(data).toString("utf8");
  throw new Error(`zip entry ${name} uses compression method ${method}`);
}
