/**
 * Measuring a zip package before anything else inflates it. The central directory at the end of the
 * file declares every part's uncompressed size; their sum is what exceljs would hold in memory, so a
 * package declaring more than the limit is refused unread. A package can also lie — declare a few
 * kilobytes and inflate to gigabytes — so each deflated part is inflated once here with its declared
 * size as a hard cap on the output: a lie stops at the cap instead of filling memory. The inflated
 * parts are handed back, so nothing has to inflate them a second time (see stored-zip.ts).
 */
import { inflateRawSync } from "zlib";
import { fail, ProblemError, type Damage } from "../core/problem";
import type { ReadLimits } from "./limits";

/** Record signatures and the field maxima that mean "see the zip64 record" (stored-zip.ts writes them too). */
export const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
export const CENTRAL = 0x02014b50;
export const LOCAL = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
export const MAX32 = 0xffffffff;
export const MAX16 = 0xffff;

export interface ZipPart {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the part's local header. */
  local: number;
  /** Offset of the part's central directory header. */
  central: number;
}

/** A part with its contents: inflated, as stored, or null for a compression method zlib does not read. */
export interface InflatedPart extends ZipPart {
  data: Buffer | null;
}

/** The technical fact behind a "corrupted" refusal, kept as its cause for --debug style output. */
class ZipStructureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZipStructureError";
  }
}

function corrupted(damage: Damage, technical: string): ProblemError {
  return fail("corrupted", damage, new ZipStructureError(technical));
}

function u64(buf: Buffer, at: number): number {
  const n = buf.readBigUInt64LE(at);
  // Beyond 2^53 nothing is exact, and nothing that large passes the limits anyway.
  return n > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(n);
}

function findEocd(zip: Buffer): number {
  // 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - MAX16); i--) {
    if (zip.readUInt32LE(i) === EOCD) return i;
  }
  throw corrupted(
    { damage: "zip-end-missing" },
    `no end-of-central-directory signature in the last ${Math.min(zip.length, 22 + MAX16)} of ${zip.length} bytes`,
  );
}

/** Where the central directory starts and how many entries it has, zip64 included. */
function directory(zip: Buffer): { offset: number; count: number } {
  const eocd = findEocd(zip);
  let count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  if (count === MAX16 || offset === MAX32) {
    const locator = eocd - 20;
    if (locator < 0 || zip.readUInt32LE(locator) !== ZIP64_LOCATOR) {
      throw corrupted({ damage: "zip64-record-missing" }, "a zip64 package without its zip64 directory record");
    }
    const record = u64(zip, locator + 8);
    if (record + 56 > zip.length || zip.readUInt32LE(record) !== ZIP64_EOCD) {
      throw corrupted({ damage: "zip64-record-malformed" }, "the zip64 directory record is malformed");
    }
    count = u64(zip, record + 32);
    offset = u64(zip, record + 48);
  }
  return { offset, count };
}

/** The zip64 extra field supplies, in order, whichever of these the fixed fields set to 0xFFFFFFFF. */
function zip64Sizes(extra: Buffer, part: { uncompressedSize: number; compressedSize: number; local: number }): void {
  for (let p = 0; p + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(p);
    const size = extra.readUInt16LE(p + 2);
    if (id === ZIP64_EXTRA) {
      let q = p + 4;
      const end = q + size;
      const next = (): number | null => {
        if (q + 8 > end || q + 8 > extra.length) return null;
        const v = u64(extra, q);
        q += 8;
        return v;
      };
      if (part.uncompressedSize === MAX32) part.uncompressedSize = next() ?? MAX32;
      if (part.compressedSize === MAX32) part.compressedSize = next() ?? MAX32;
      if (part.local === MAX32) part.local = next() ?? MAX32;
      return;
    }
    p += 4 + size;
  }
}

/** The parts of a zip package as its central directory declares them. */
export function zipParts(zip: Buffer, maxEntries = Infinity): ZipPart[] {
  const { offset, count } = directory(zip);
  if (count > maxEntries) {
    throw fail("too-large", { limit: "parts", count, max: maxEntries });
  }
  const parts: ZipPart[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > zip.length || zip.readUInt32LE(p) !== CENTRAL) {
      throw corrupted({ damage: "zip-entry-malformed", entry: n + 1, count }, `zip directory entry ${n + 1} of ${count} is malformed`);
    }
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    const part: ZipPart = {
      name: zip.subarray(p + 46, p + 46 + nameLength).toString("utf8"),
      method: zip.readUInt16LE(p + 10),
      compressedSize: zip.readUInt32LE(p + 20),
      uncompressedSize: zip.readUInt32LE(p + 24),
      local: zip.readUInt32LE(p + 42),
      central: p,
    };
    if (part.uncompressedSize === MAX32 || part.compressedSize === MAX32 || part.local === MAX32) {
      zip64Sizes(zip.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength), part);
    }
    parts.push(part);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}

/** The bytes of a part as stored (still compressed), located through its local header. */
export function storedBytes(zip: Buffer, part: ZipPart): Buffer {
  const at = part.local;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL) {
    throw corrupted({ damage: "part-header-missing", part: part.name }, `the header of part ${part.name} is missing`);
  }
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const end = start + part.compressedSize;
  if (end > zip.length) {
    throw corrupted({ damage: "part-truncated", part: part.name }, `part ${part.name} runs past the end of the file`);
  }
  return zip.subarray(start, end);
}

/**
 * Refuse a package that would inflate past `limits` (declared sizes), or whose deflated parts
 * inflate past what they declare. Returns every part with its contents.
 */
export function checkZipBounds(zip: Buffer, limits: Pick<ReadLimits, "entries" | "uncompressedBytes">): InflatedPart[] {
  const parts = zipParts(zip, limits.entries);
  let total = 0;
  for (const part of parts) total += part.uncompressedSize;
  if (total > limits.uncompressedBytes) {
    throw fail("too-large", { limit: "unpacked", bytes: total, max: limits.uncompressedBytes });
  }
  return parts.map((part) => ({ ...part, data: contents(zip, part) }));
}

function contents(zip: Buffer, part: ZipPart): Buffer | null {
  // Stored parts are as large as they are; other methods fail in exceljs.
  if (part.method === 0) return storedBytes(zip, part);
  if (part.method !== 8) return null;
  const bomb = (): ProblemError =>
    corrupted(
      { damage: "part-bomb", part: part.name, declared: part.uncompressedSize },
      `part ${part.name} inflates to more than the ${part.uncompressedSize} bytes it declares`,
    );
  let inflated: Buffer;
  try {
    // Node rejects a cap of 0; one byte more than declared is still a lie, caught below.
    inflated = inflateRawSync(storedBytes(zip, part), { maxOutputLength: Math.max(1, part.uncompressedSize) });
  } catch (error) {
    if (error instanceof ProblemError) throw error;
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw bomb();
    throw fail("corrupted", { damage: "part-not-inflatable", part: part.name }, error);
  }
  if (inflated.length > part.uncompressedSize) throw bomb();
  return inflated;
}
