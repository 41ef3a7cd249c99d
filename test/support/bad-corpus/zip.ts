/**
 * A small zip writer for the bad-input corpus: packages exceljs would never write — parts that lie
 * about their size, parts sharing one compressed body (an overlapping zip bomb), and bombs built from
 * one deflated block repeated, so a gigabyte of expansion costs a megabyte and milliseconds to make.
 */
import { crc32, constants, deflateRawSync, inflateRawSync } from "zlib";

export interface ZipItem {
  name: string;
  /** The part's bytes (deflated here), or… */
  data?: Buffer;
  /** …its raw deflate stream, with the size and CRC of what it inflates to. */
  deflated?: { bytes: Buffer; size: number; crc: number };
  /** Store instead of deflate. */
  stored?: boolean;
  /** Write this uncompressed size instead of the true one (a lie). */
  declaredSize?: number;
  /** Point this part's directory entry at another part's local header and body (overlap). */
  sameBodyAs?: string;
}

/** DOS time of 2022-01-01 00:00: fixed, so the corpus is byte-reproducible. */
const DOS_TIME = 0;
const DOS_DATE = ((2022 - 1980) << 9) | (1 << 5) | 1;

interface Body {
  method: 0 | 8;
  bytes: Buffer;
  size: number;
  crc: number;
}

function bodyOf(item: ZipItem): Body {
  if (item.deflated) return { method: 8, bytes: item.deflated.bytes, size: item.deflated.size, crc: item.deflated.crc };
  const data = item.data ?? Buffer.alloc(0);
  const crc = crc32(data);
  if (item.stored) return { method: 0, bytes: data, size: data.length, crc };
  return { method: 8, bytes: deflateRawSync(data, { level: 9 }), size: data.length, crc };
}

export interface ZipOptions {
  /**
   * Write the directory the zip64 way: every entry's sizes and offset as 0xFFFFFFFF with the real
   * values in a zip64 extra field, and a zip64 end record — as some writers do even for small files.
   */
  zip64?: boolean;
}

export function zipArchive(items: ZipItem[], options: ZipOptions = {}): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  const placed = new Map<string, { offset: number; body: Body }>();
  let offset = 0;
  for (const item of items) {
    const name = Buffer.from(item.name, "utf8");
    const flags = /^[\x20-\x7e]*$/.test(item.name) ? 0 : 0x0800; // bit 11: the name is UTF-8
    let at: { offset: number; body: Body };
    if (item.sameBodyAs !== undefined) {
      const shared = placed.get(item.sameBodyAs);
      if (!shared) throw new Error(`zipArchive: ${item.sameBodyAs} must come before ${item.name}`);
      at = shared;
    } else {
      const body = bodyOf(item);
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(flags, 6);
      local.writeUInt16LE(body.method, 8);
      local.writeUInt16LE(DOS_TIME, 10);
      local.writeUInt16LE(DOS_DATE, 12);
      local.writeUInt32LE(body.crc >>> 0, 14);
      local.writeUInt32LE(body.bytes.length, 18);
      local.writeUInt32LE(Math.min(item.declaredSize ?? body.size, 0xffffffff), 22);
      local.writeUInt16LE(name.length, 26);
      local.writeUInt16LE(0, 28);
      at = { offset, body };
      chunks.push(local, name, body.bytes);
      offset += local.length + name.length + body.bytes.length;
    }
    placed.set(item.name, at);
    const usize = item.declaredSize ?? at.body.size;
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(options.zip64 ? 45 : 20, 4);
    entry.writeUInt16LE(options.zip64 ? 45 : 20, 6);
    entry.writeUInt16LE(flags, 8);
    entry.writeUInt16LE(at.body.method, 10);
    entry.writeUInt16LE(DOS_TIME, 12);
    entry.writeUInt16LE(DOS_DATE, 14);
    entry.writeUInt32LE(at.body.crc >>> 0, 16);
    entry.writeUInt16LE(name.length, 28);
    if (options.zip64) {
      const extra = Buffer.alloc(28);
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(usize), 4);
      extra.writeBigUInt64LE(BigInt(at.body.bytes.length), 12);
      extra.writeBigUInt64LE(BigInt(at.offset), 20);
      entry.writeUInt32LE(0xffffffff, 20);
      entry.writeUInt32LE(0xffffffff, 24);
      entry.writeUInt16LE(extra.length, 30);
      entry.writeUInt32LE(0xffffffff, 42);
      central.push(entry, name, extra);
    } else {
      entry.writeUInt32LE(at.body.bytes.length, 20);
      entry.writeUInt32LE(usize, 24);
      entry.writeUInt32LE(at.offset, 42);
      central.push(entry, name);
    }
  }
  const directory = Buffer.concat(central);
  const tail: Buffer[] = [];
  if (options.zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4); // size of the rest of the record
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(items.length), 24);
    record.writeBigUInt64LE(BigInt(items.length), 32);
    record.writeBigUInt64LE(BigInt(directory.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(options.zip64 ? 0xffff : items.length, 8);
  end.writeUInt16LE(options.zip64 ? 0xffff : items.length, 10);
  end.writeUInt32LE(options.zip64 ? 0xffffffff : directory.length, 12);
  end.writeUInt32LE(options.zip64 ? 0xffffffff : offset, 16);
  return Buffer.concat([...chunks, directory, ...tail, end]);
}

/** Every part of a zip, inflated (for rewriting a package exceljs wrote). */
export function unzipAll(zip: Buffer): { name: string; data: Buffer }[] {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error("unzipAll: not a zip");
  const count = zip.readUInt16LE(eocd + 10);
  const out: { name: string; data: Buffer }[] = [];
  let p = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < count; n++) {
    const method = zip.readUInt16LE(p + 10);
    const size = zip.readUInt32LE(p + 20);
    const nameLength = zip.readUInt16LE(p + 28);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.subarray(p + 46, p + 46 + nameLength).toString("utf8");
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + size);
    out.push({ name, data: method === 8 ? inflateRawSync(raw) : Buffer.from(raw) });
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return out;
}

/**
 * `head` + `chunk` × `times` + `tail` as one raw deflate stream, built from three small deflates:
 * a block flushed with Z_SYNC_FLUSH ends byte-aligned and refers only to its own bytes, so copies
 * of it can be concatenated and the stream is still valid.
 */
export function repeatedDeflate(head: Buffer, chunk: Buffer, times: number, tail: Buffer): { bytes: Buffer; size: number; crc: number } {
  const flush = { finishFlush: constants.Z_SYNC_FLUSH, level: 9 };
  const headBlock = deflateRawSync(head, flush);
  const chunkBlock = deflateRawSync(chunk, flush);
  const tailBlock = deflateRawSync(tail, { level: 9 });
  const parts: Buffer[] = [headBlock];
  let crc = crc32(head);
  for (let i = 0; i < times; i++) {
    parts.push(chunkBlock);
    crc = crc32(chunk, crc);
  }
  parts.push(tailBlock);
  crc = crc32(tail, crc);
  return { bytes: Buffer.concat(parts), size: head.length + chunk.length * times + tail.length, crc };
}
