/**
 * A minimal writer of OLE compound files ([MS-CFB], version 3, 512-byte sectors), the container of a
 * legacy .xls and of an .xlsx that Excel encrypted with a password to open. Streams under 4,096 bytes
 * live in the mini stream, as the format requires; the FAT, mini FAT and directory are real, so any
 * compound-file reader can walk the result (test/hardening/bad-corpus.test.ts walks it with readCfb).
 */

export type CfbNode = { name: string; data: Buffer } | { name: string; children: CfbNode[] };

const SECTOR = 512;
const MINI_SECTOR = 64;
const MINI_CUTOFF = 4096;
const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;
const SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

interface DirEntry {
  name: string;
  type: 1 | 2 | 5;
  data?: Buffer;
  children: number[];
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

/** Directory order: shorter names first, then by upper-cased code units. */
function compareNames(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  const x = a.toUpperCase();
  const y = b.toUpperCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

const sectorsFor = (bytes: number, size: number): number => Math.ceil(bytes / size);

export function writeCfb(root: CfbNode[]): Buffer {
  const entries: DirEntry[] = [
    { name: "Root Entry", type: 5, children: [], left: NOSTREAM, right: NOSTREAM, child: NOSTREAM, start: ENDOFCHAIN, size: 0 },
  ];
  const add = (nodes: CfbNode[], parent: number): void => {
    for (const node of nodes) {
      if (node.name.length > 31) throw new Error(`cfb: name too long: ${node.name}`);
      const id = entries.length;
      const stream = "data" in node;
      entries.push({
        name: node.name,
        type: stream ? 2 : 1,
        ...(stream ? { data: node.data } : {}),
        children: [],
        left: NOSTREAM,
        right: NOSTREAM,
        child: NOSTREAM,
        start: stream ? ENDOFCHAIN : 0,
        size: stream ? node.data.length : 0,
      });
      entries[parent].children.push(id);
      if (!stream) add(node.children, id);
    }
  };
  add(root, 0);

  // Each storage's children form a balanced binary search tree, all black (readers only search it).
  const tree = (ids: number[]): number => {
    if (ids.length === 0) return NOSTREAM;
    const mid = ids.length >> 1;
    const node = entries[ids[mid]];
    node.left = tree(ids.slice(0, mid));
    node.right = tree(ids.slice(mid + 1));
    return ids[mid];
  };
  for (const e of entries) {
    if (e.type === 2) continue;
    e.child = tree([...e.children].sort((a, b) => compareNames(entries[a].name, entries[b].name)));
  }

  // Small streams go into the mini stream, 64-byte sectors chained by the mini FAT.
  const miniFat: number[] = [];
  const miniParts: Buffer[] = [];
  for (const e of entries) {
    if (e.type !== 2 || e.size >= MINI_CUTOFF || e.size === 0) continue;
    const count = sectorsFor(e.size, MINI_SECTOR);
    e.start = miniFat.length;
    for (let i = 0; i < count; i++) miniFat.push(i === count - 1 ? ENDOFCHAIN : e.start + i + 1);
    const padded = Buffer.alloc(count * MINI_SECTOR);
    e.data!.copy(padded);
    miniParts.push(padded);
  }
  const miniStream = Buffer.concat(miniParts);
  const large = entries.filter((e) => e.type === 2 && e.size >= MINI_CUTOFF);

  // Regular sectors: large streams, the mini stream, the mini FAT, the directory, then the FAT.
  const dirSectors = sectorsFor(entries.length * 128, SECTOR);
  const miniFatSectors = sectorsFor(miniFat.length * 4, SECTOR);
  const dataSectors = large.reduce((n, e) => n + sectorsFor(e.size, SECTOR), 0) + sectorsFor(miniStream.length, SECTOR);
  let fatSectors = 1;
  while (fatSectors * (SECTOR / 4) < dataSectors + miniFatSectors + dirSectors + fatSectors) fatSectors++;
  if (fatSectors > 109) throw new Error("cfb: too large for a writer without DIFAT sectors");

  const fat: number[] = [];
  const body: Buffer[] = [];
  const place = (bytes: Buffer): number => {
    const count = sectorsFor(bytes.length, SECTOR);
    if (count === 0) return ENDOFCHAIN;
    const start = fat.length;
    for (let i = 0; i < count; i++) fat.push(i === count - 1 ? ENDOFCHAIN : start + i + 1);
    const padded = Buffer.alloc(count * SECTOR);
    bytes.copy(padded);
    body.push(padded);
    return start;
  };
  for (const e of large) e.start = place(e.data!);
  entries[0].start = place(miniStream);
  entries[0].size = miniStream.length;
  const miniFatBytes = Buffer.alloc(miniFatSectors * SECTOR, 0xff);
  miniFat.forEach((v, i) => miniFatBytes.writeUInt32LE(v, i * 4));
  const firstMiniFat = miniFat.length > 0 ? place(miniFatBytes) : ENDOFCHAIN;

  const dir = Buffer.alloc(dirSectors * SECTOR);
  entries.forEach((e, i) => {
    const at = i * 128;
    const name = Buffer.from(`${e.name}\0`, "utf16le");
    name.copy(dir, at);
    dir.writeUInt16LE(name.length, at + 64);
    dir.writeUInt8(e.type, at + 66);
    dir.writeUInt8(1, at + 67); // black
    dir.writeUInt32LE(e.left, at + 68);
    dir.writeUInt32LE(e.right, at + 72);
    dir.writeUInt32LE(e.child, at + 76);
    dir.writeUInt32LE(e.type === 1 ? 0 : e.start, at + 116);
    dir.writeUInt32LE(e.size, at + 120);
  });
  for (let i = entries.length; i < dirSectors * 4; i++) {
    dir.writeUInt32LE(NOSTREAM, i * 128 + 68);
    dir.writeUInt32LE(NOSTREAM, i * 128 + 72);
    dir.writeUInt32LE(NOSTREAM, i * 128 + 76);
  }
  const firstDir = place(dir);

  const firstFat = fat.length;
  for (let i = 0; i < fatSectors; i++) fat.push(FATSECT);
  const fatBytes = Buffer.alloc(fatSectors * SECTOR, 0xff);
  fat.forEach((v, i) => fatBytes.writeUInt32LE(v, i * 4));
  body.push(fatBytes);

  const header = Buffer.alloc(SECTOR);
  SIGNATURE.copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3: 512-byte sectors
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // sector shift: 2^9
  header.writeUInt16LE(6, 32); // mini sector shift: 2^6
  header.writeUInt32LE(0, 40); // directory sectors (0 in version 3)
  header.writeUInt32LE(fatSectors, 44);
  header.writeUInt32LE(firstDir, 48);
  header.writeUInt32LE(MINI_CUTOFF, 56);
  header.writeUInt32LE(firstMiniFat, 60);
  header.writeUInt32LE(miniFatSectors, 64);
  header.writeUInt32LE(ENDOFCHAIN, 68); // no DIFAT sectors
  header.writeUInt32LE(0, 72);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i < fatSectors ? firstFat + i : FREESECT, 76 + i * 4);
  return Buffer.concat([header, ...body]);
}

/** Walk a compound file: every stream by its path (`\u0006DataSpaces/Version`), read through the FAT or mini FAT. */
export function readCfb(file: Buffer): Map<string, Buffer> {
  if (!file.subarray(0, 8).equals(SIGNATURE)) throw new Error("readCfb: no compound-file signature");
  const sectorSize = 1 << file.readUInt16LE(30);
  const miniSize = 1 << file.readUInt16LE(32);
  const cutoff = file.readUInt32LE(56);
  const sector = (n: number): Buffer => file.subarray((n + 1) * sectorSize, (n + 2) * sectorSize);
  const fat: number[] = [];
  for (let i = 0; i < file.readUInt32LE(44); i++) {
    const s = sector(file.readUInt32LE(76 + i * 4));
    for (let j = 0; j < sectorSize; j += 4) fat.push(s.readUInt32LE(j));
  }
  const chain = (start: number, table: number[]): number[] => {
    const out: number[] = [];
    for (let n = start; n !== ENDOFCHAIN; n = table[n]) {
      if (n === undefined || out.length > table.length) throw new Error("readCfb: broken chain");
      out.push(n);
    }
    return out;
  };
  const read = (start: number): Buffer => Buffer.concat(chain(start, fat).map(sector));
  const dir = read(file.readUInt32LE(48));
  const miniFatBytes = file.readUInt32LE(60) === ENDOFCHAIN ? Buffer.alloc(0) : read(file.readUInt32LE(60));
  const miniFat: number[] = [];
  for (let j = 0; j + 4 <= miniFatBytes.length; j += 4) miniFat.push(miniFatBytes.readUInt32LE(j));
  const entry = (id: number) => {
    const at = id * 128;
    const nameLength = dir.readUInt16LE(at + 64);
    return {
      name: dir.subarray(at, at + Math.max(0, nameLength - 2)).toString("utf16le"),
      type: dir.readUInt8(at + 66),
      left: dir.readUInt32LE(at + 68),
      right: dir.readUInt32LE(at + 72),
      child: dir.readUInt32LE(at + 76),
      start: dir.readUInt32LE(at + 116),
      size: dir.readUInt32LE(at + 120),
    };
  };
  const root = entry(0);
  const miniStream = root.start === ENDOFCHAIN ? Buffer.alloc(0) : read(root.start);
  const streams = new Map<string, Buffer>();
  const visit = (id: number, prefix: string): void => {
    if (id === NOSTREAM) return;
    const e = entry(id);
    visit(e.left, prefix);
    visit(e.right, prefix);
    const path = prefix + e.name;
    if (e.type === 1) visit(e.child, `${path}/`);
    if (e.type !== 2) return;
    const bytes =
      e.size < cutoff
        ? Buffer.concat(chain(e.start, miniFat).map((n) => miniStream.subarray(n * miniSize, (n + 1) * miniSize)))
        : read(e.start);
    streams.set(path, bytes.subarray(0, e.size));
  };
  visit(root.child, "");
  return streams;
}
