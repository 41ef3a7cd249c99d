/**
 * Workbooks for adapter and CLI tests: built in code (exceljs or a SheetSpec), saved to bytes or to a
 * temp directory, and read back the way the CLI reads them.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type { SheetSpec } from "../../tools/samples/sheet-spec";
import { workbookFromSpecs } from "../../tools/samples/from-spec";
import { zipEntryText as entryText } from "../../src/xlsx/zip-entries";

export async function toBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function fromBytes(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

/** Save and load again: what a workbook looks like to the next program that opens it. */
export async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return fromBytes(await toBytes(workbook));
}

export async function specBytes(...specs: SheetSpec[]): Promise<Buffer> {
  return toBytes(workbookFromSpecs(specs));
}

/** A fresh temp directory, removed by the returned cleanup. */
export function tempDir(prefix = "ziping-test-"): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function writeBytes(dir: string, name: string, bytes: Buffer | string): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** The text of one part of an .xlsx package (`xl/workbook.xml`), for what exceljs does not read back. */
export function zipEntryText(zip: Buffer, name: string): string {
  const text = entryText(zip, name);
  if (text === null) throw new Error(`no ${name} in the zip`);
  return text;
}
