/**
 * JSZip (inside ExcelJS) stamps every zip entry with the time of writing; we restamp them with
 * the model's date so the same model always gives the same bytes.
 */
import { readCentralDirectory } from "./inspectZipDirectory";

const LOCAL_FILE_HEADER = 0x04034b50;

interface DosDateTime {
  time: number;
  date: number;
}

/** MS-DOS stamps count from 1980 with two-second precision. */
function toDosDateTime(when: Date): DosDateTime {
  const year = Math.max(1980, when.getUTCFullYear());
  return {
    time: (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | Math.floor(when.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate(),
  };
}

export function withFixedZipDates(zip: Uint8Array, when: Date): Uint8Array {
  const directory = readCentralDirectory(zip, Number.MAX_SAFE_INTEGER);
  if (!directory.ok) throw new Error("The archive ExcelJS wrote has no readable central directory");
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stamp = toDosDateTime(when);
  for (const { headerAt, localHeaderAt } of directory.value) {
    view.setUint16(headerAt + 12, stamp.time, true);
    view.setUint16(headerAt + 14, stamp.date, true);
    if (localHeaderAt === undefined || view.getUint32(localHeaderAt, true) !== LOCAL_FILE_HEADER) {
      throw new Error("Corrupt zip local header");
    }
    view.setUint16(localHeaderAt + 10, stamp.time, true);
    view.setUint16(localHeaderAt + 12, stamp.date, true);
  }
  return bytes;
}
