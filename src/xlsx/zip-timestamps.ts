/**
 * exceljs zips a workbook with every entry stamped "now", so two writes of the same workbook differ
 * byte for byte. For files kept in git (assets/samples) the stamps are set to one fixed time by
 * rewriting the DOS date/time fields of the local and central headers in place.
 */
import { LOCAL } from "./zip-bounds";
import { zipEntries } from "./zip-entries";

function dosDateTime(date: Date): { time: number; date: number } {
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  return { time, date: day };
}

/** A copy of `zip` whose entries all carry `when` as their modification time. */
export function withFixedTimestamps(zip: Buffer, when: Date): Buffer {
  const out = Buffer.from(zip);
  const { time, date } = dosDateTime(when);
  for (const entry of zipEntries(out)) {
    out.writeUInt16LE(time, entry.central + 12);
    out.writeUInt16LE(date, entry.central + 14);
    if (out.readUInt32LE(entry.local) !== LOCAL) throw new Error(`zip local header of ${entry.name} is malformed`);
    out.writeUInt16LE(time, entry.local + 10);
    out.writeUInt16LE(date, entry.local + 12);
  }
  return out;
}
