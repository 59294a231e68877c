/**
 * JSZip (inside ExcelJS) stamps every zip entry with the time of writing; we restamp them with
 * the model's date so the same model always gives the same bytes.
 */
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const END_RECORD_MIN_LENGTH = 22;

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

function findEndOfCentralDirectory(view: DataView): number {
  for (let at = view.byteLength - END_RECORD_MIN_LENGTH; at >= 0; at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new Error("The archive ExcelJS wrote has no end of central directory record");
}

export function withFixedZipDates(zip: Uint8Array, when: Date): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stamp = toDosDateTime(when);
  const end = findEndOfCentralDirectory(view);
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(at, true) !== CENTRAL_DIRECTORY_ENTRY) throw new Error("Corrupt zip central directory");
    view.setUint16(at + 12, stamp.time, true);
    view.setUint16(at + 14, stamp.date, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL_FILE_HEADER) throw new Error("Corrupt zip local header");
    view.setUint16(local + 10, stamp.time, true);
    view.setUint16(local + 12, stamp.date, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return bytes;
}
