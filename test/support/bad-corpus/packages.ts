/**
 * Byte-level packages for the corpus: a minimal .xlsx written by hand (for sheets too large or too
 * hostile to build with exceljs), Excel's encrypted-package container, a legacy BIFF8 .xls container,
 * and bombs. Everything is derived from a fixed seed: regenerating gives the same bytes.
 */
import { writeCfb } from "./cfb";
import { repeatedDeflate, unzipAll, zipArchive, type ZipItem } from "./zip";
import { seededRandom } from "../../../tools/samples/random";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';


export function seededBytes(length: number, seed: number): Buffer {
  const next = seededRandom(seed);
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i++) out[i] = Math.floor(next() * 256);
  return out;
}

/** The package parts every .xlsx needs around its worksheets. */
function packageParts(sheetNames: string[]): ZipItem[] {
  const overrides = sheetNames
    .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
    .join("");
  const sheets = sheetNames.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  const rels = sheetNames
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join("");
  return [
    {
      name: "[Content_Types].xml",
      data: Buffer.from(
        `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}</Types>`,
      ),
    },
    {
      name: "_rels/.rels",
      data: Buffer.from(`${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    },
    {
      name: "xl/workbook.xml",
      data: Buffer.from(`${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${sheets}</sheets></workbook>`),
    },
    { name: "xl/_rels/workbook.xml.rels", data: Buffer.from(`${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${rels}</Relationships>`) },
  ];
}

const SHEET_HEAD = `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData>`;
const SHEET_TAIL = "</sheetData></worksheet>";

/** One row of inline cells (numbers, or text as inline strings) in sheet XML. */
export function rowXml(row: number, cells: (string | number)[]): string {
  const letters = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : letters(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26)));
  const body = cells
    .map((v, i) =>
      typeof v === "number"
        ? `<c r="${letters(i)}${row}"><v>${v}</v></c>`
        : `<c r="${letters(i)}${row}" t="inlineStr"><is><t>${v.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</t></is></c>`,
    )
    .join("");
  return `<row r="${row}">${body}</row>`;
}

/**
 * Replace (or add) one worksheet's XML in a package exceljs wrote, keeping every other part: a sheet
 * of 100,000 rows written as text in milliseconds, beside a form exceljs laid out.
 */
export function withSheetXml(xlsx: Buffer, sheetIndex: number, rows: string[]): Buffer {
  const name = `xl/worksheets/sheet${sheetIndex}.xml`;
  const parts = unzipAll(xlsx);
  if (!parts.some((p) => p.name === name)) throw new Error(`withSheetXml: the package has no ${name}`);
  const sheet = Buffer.from(SHEET_HEAD + rows.join("") + SHEET_TAIL);
  return zipArchive(parts.map((p) => (p.name === name ? { name, data: sheet } : { name: p.name, data: p.data })));
}

const MiB = 1024 * 1024;

/**
 * A well-formed one-sheet .xlsx whose sheet is `mib` MiB of blanks between its tags: a gigabyte of
 * XML in about a megabyte of file. `declare` writes a smaller uncompressed size than the truth.
 */
export function bombXlsx(mib: number, declare?: number): Buffer {
  const sheet = repeatedDeflate(Buffer.from(SHEET_HEAD), Buffer.alloc(MiB, 0x20), mib, Buffer.from(SHEET_TAIL));
  return zipArchive([
    ...packageParts(["Sheet1"]),
    { name: "xl/worksheets/sheet1.xml", deflated: sheet, ...(declare !== undefined ? { declaredSize: declare } : {}) },
  ]);
}

/**
 * A non-recursive zip bomb after Fifield's construction, simplified: `copies` directory entries
 * share one compressed body of `mib` MiB, so a file of a few kilobytes per hundred entries declares
 * `copies × mib` MiB.
 */
export function overlapBombXlsx(mib: number, copies: number): Buffer {
  const body = repeatedDeflate(Buffer.alloc(0), Buffer.alloc(MiB, 0x20), mib, Buffer.alloc(0));
  const items: ZipItem[] = [...packageParts(["Sheet1"]), { name: "xl/worksheets/sheet1.xml", deflated: body }];
  for (let i = 1; i < copies; i++) items.push({ name: `xl/media/blank${i}.bin`, sameBodyAs: "xl/worksheets/sheet1.xml" });
  return zipArchive(items);
}

/** A zip holding a Word document's parts: a zip, but not a workbook (a .docx renamed). */
export function docxPackage(): Buffer {
  return zipArchive([
    {
      name: "[Content_Types].xml",
      data: Buffer.from(
        `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
      ),
    },
    {
      name: "_rels/.rels",
      data: Buffer.from(`${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="word/document.xml"/></Relationships>`),
    },
    {
      name: "word/document.xml",
      data: Buffer.from(
        `${XML_HEAD}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>部门整体支出绩效自评报告</w:t></w:r></w:p></w:body></w:document>`,
      ),
    },
  ]);
}

// ---------------------------------------------------------------------------------------------
// Compound files

/** `Microsoft.Container.DataSpaces` version stream, as [MS-OFFCRYPTO] 2.1.5 lays it out. */
function dataSpacesVersion(): Buffer {
  const name = Buffer.from("Microsoft.Container.DataSpaces", "utf16le");
  const head = Buffer.alloc(4);
  head.writeUInt32LE(name.length, 0);
  const versions = Buffer.from([1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0]); // reader, updater, writer 1.0
  return Buffer.concat([head, name, versions]);
}

/**
 * What Excel writes for an .xlsx with a password to open (agile encryption, [MS-OFFCRYPTO] 2.3.4.10):
 * a compound file with EncryptionInfo (version 4.4 and its XML descriptor), EncryptedPackage (the
 * package's size, then ciphertext) and the \u0006DataSpaces storage. The ciphertext is seeded noise:
 * no password opens it, which is the point.
 */
export function encryptedXlsx(): Buffer {
  const b64 = (n: number, seed: number): string => seededBytes(n, seed).toString("base64");
  const xml =
    `${XML_HEAD}<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">` +
    `<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="${b64(16, 1)}"/>` +
    `<dataIntegrity encryptedHmacKey="${b64(64, 2)}" encryptedHmacValue="${b64(64, 3)}"/>` +
    `<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">` +
    `<p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="${b64(16, 4)}" encryptedVerifierHashInput="${b64(16, 5)}" encryptedVerifierHashValue="${b64(64, 6)}" encryptedKeyValue="${b64(32, 7)}"/>` +
    `</keyEncryptor></keyEncryptors></encryption>`;
  const infoHead = Buffer.alloc(8);
  infoHead.writeUInt16LE(4, 0); // major
  infoHead.writeUInt16LE(4, 2); // minor
  infoHead.writeUInt32LE(0x40, 4); // fAgile
  const packageSize = 10_342;
  const sizeField = Buffer.alloc(8);
  sizeField.writeUInt32LE(packageSize, 0);
  const ciphertext = seededBytes(Math.ceil(packageSize / 16) * 16, 8);
  return writeCfb([
    { name: "EncryptionInfo", data: Buffer.concat([infoHead, Buffer.from(xml, "utf8")]) },
    { name: "EncryptedPackage", data: Buffer.concat([sizeField, ciphertext]) },
    {
      name: "\u0006DataSpaces",
      children: [
        { name: "Version", data: dataSpacesVersion() },
        { name: "DataSpaceMap", data: seededBytes(112, 9) },
        { name: "DataSpaceInfo", children: [{ name: "StrongEncryptionDataSpace", data: seededBytes(64, 10) }] },
        { name: "TransformInfo", children: [{ name: "StrongEncryptionTransform", children: [{ name: "\u0006Primary", data: seededBytes(200, 11) }] }] },
      ],
    },
  ]);
}

/** A BIFF8 record: type, length, body. */
function record(type: number, body: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt16LE(type, 0);
  head.writeUInt16LE(body.length, 2);
  return Buffer.concat([head, body]);
}

/**
 * A legacy .xls (Excel 97-2003): a compound file whose Workbook stream starts with a BIFF8 BOF
 * record. Excel pads the stream to 4,096 bytes so it stays out of the mini stream; so does this.
 */
export function legacyXls(): Buffer {
  const bof = Buffer.alloc(16);
  bof.writeUInt16LE(0x0600, 0); // BIFF8
  bof.writeUInt16LE(0x0005, 2); // workbook globals
  bof.writeUInt16LE(0x2775, 4); // build
  bof.writeUInt16LE(0x07cd, 6); // year
  const sheetName = Buffer.from("自评表", "utf16le");
  const boundSheet = Buffer.concat([Buffer.from([0, 0, 0, 0, 0, 0, 3, 1]), sheetName]); // offset, visible/worksheet, length 3, UTF-16
  const stream = Buffer.concat([record(0x0809, bof), record(0x0085, boundSheet), record(0x000a, Buffer.alloc(0))]);
  const workbook = Buffer.alloc(4096);
  stream.copy(workbook);
  return writeCfb([
    { name: "Workbook", data: workbook },
    { name: "\u0005SummaryInformation", data: seededBytes(180, 12) },
    { name: "\u0005DocumentSummaryInformation", data: seededBytes(120, 13) },
  ]);
}
