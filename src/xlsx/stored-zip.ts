/**
 * The same package with every part stored rather than deflated. The bounds check has already
 * inflated each part with Node's zlib; handing exceljs this copy means JSZip does not inflate them
 * all again in JavaScript (pako): a tenth of the command's CPU over 200 small forms.
 *
 * Names, timestamps and CRCs are copied from the original central directory, byte for byte. A part
 * in a compression method zlib does not read is copied as it was, and fails in exceljs as it would
 * have. A package too large for a plain (non-zip64) directory is returned unchanged.
 */
import { CENTRAL, EOCD, LOCAL, MAX16, MAX32, storedBytes, type InflatedPart } from "./zip-bounds";

/** General-purpose flag bit 11: the name is UTF-8. The only flag that still means anything here. */
const UTF8_NAMES = 0x0800;
const VERSION = 20;

interface Entry {
  name: Buffer;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  data: Buffer;
  uncompressedSize: number;
  offset: number;
}

/** The run of fields a local and a central header share, from "version needed" to the name's length. */
function writeSharedFields(out: Buffer, at: number, e: Entry): void {
  out.writeUInt16LE(VERSION, at);
  out.writeUInt16LE(e.flags, at + 2);
  out.writeUInt16LE(e.method, at + 4);
  out.writeUInt16LE(e.time, at + 6);
  out.writeUInt16LE(e.date, at + 8);
  out.writeUInt32LE(e.crc, at + 10);
  out.writeUInt32LE(e.data.length, at + 14);
  out.writeUInt32LE(e.uncompressedSize, at + 18);
  out.writeUInt16LE(e.name.length, at + 22);
}

export function storedZip(zip: Buffer, parts: readonly InflatedPart[]): Buffer {
  if (parts.length >= MAX16) return zip;
  const entries: Entry[] = [];
  let offset = 0;
  for (const part of parts) {
    const c = part.central;
    const stored = part.data !== null;
    const data = part.data ?? storedBytes(zip, part);
    const entry: Entry = {
      name: zip.subarray(c + 46, c + 46 + zip.readUInt16LE(c + 28)),
      flags: zip.readUInt16LE(c + 8) & UTF8_NAMES,
      method: stored ? 0 : part.method,
      time: zip.readUInt16LE(c + 12),
      date: zip.readUInt16LE(c + 14),
      crc: zip.readUInt32LE(c + 16),
      data,
      uncompressedSize: stored ? data.length : part.uncompressedSize,
      offset,
    };
    offset += 30 + entry.name.length + data.length;
    if (offset >= MAX32 || entry.uncompressedSize >= MAX32) return zip;
    entries.push(entry);
  }
  const directorySize = entries.reduce((n, e) => n + 46 + e.name.length, 0);
  const out = Buffer.allocUnsafe(offset + directorySize + 22);
  let p = 0;
  for (const e of entries) {
    out.writeUInt32LE(LOCAL, p);
    writeSharedFields(out, p + 4, e);
    out.writeUInt16LE(0, p + 28); // extra
    p += 30;
    p += e.name.copy(out, p);
    p += e.data.copy(out, p);
  }
  for (const e of entries) {
    out.writeUInt32LE(CENTRAL, p);
    out.writeUInt16LE(VERSION, p + 4); // made by
    writeSharedFields(out, p + 6, e);
    out.fill(0, p + 30, p + 42); // extra, comment, disk, attributes
    out.writeUInt32LE(e.offset, p + 42);
    p += 46;
    p += e.name.copy(out, p);
  }
  out.writeUInt32LE(EOCD, p);
  out.fill(0, p + 4, p + 8); // disk numbers
  out.writeUInt16LE(entries.length, p + 8);
  out.writeUInt16LE(entries.length, p + 10);
  out.writeUInt32LE(directorySize, p + 12);
  out.writeUInt32LE(offset, p + 16);
  out.writeUInt16LE(0, p + 20);
  return out;
}
