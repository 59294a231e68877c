/**
 * The zip's own table of contents (end record and central directory), read from the bytes without inflating
 * anything: names and sizes as the archive declares them, so a zip bomb is judged before it can expand.
 * Every offset is checked against the bytes, so a damaged or crafted archive gives an answer, never a throw.
 */
import { success, type Result } from "../../domain/result";

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** Zip-level password (flag bit 0), which Excel never uses but a password-protected .zip does. */
  encrypted: boolean;
  /** Where the entry's central header starts. */
  headerAt: number;
  /** Where its local header starts; undefined when only a ZIP64 record holds it (never in a file we write). */
  localHeaderAt?: number;
  /** 0 stored, 8 deflated; the only two methods an .xlsx uses. */
  method: number;
  /** The CRC-32 the archive declares for the inflated bytes. */
  crc32: number;
}

export type CentralDirectory = Result<
  ZipEntry[],
  { problem: "truncated" | "damaged" } | { problem: "too_many_entries"; count: number }
>;

const END_RECORD = 0x06054b50;
const END_RECORD_LENGTH = 22;
const MAX_COMMENT_LENGTH = 0xffff;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_LOCATOR_LENGTH = 20;
const ZIP64_END_RECORD = 0x06064b50;
const ZIP64_END_RECORD_LENGTH = 56;
const CENTRAL_HEADER = 0x02014b50;
const CENTRAL_HEADER_LENGTH = 46;
const ZIP64_EXTRA_ID = 0x0001;
/** A 16- or 32-bit field holding all ones means "see the ZIP64 record". */
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;

/** Bounds-checked little-endian reads: undefined past the end instead of a RangeError. */
class Reader {
  private readonly view: DataView;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  fits(at: number, length: number): boolean {
    return Number.isSafeInteger(at) && at >= 0 && at + length <= this.bytes.length;
  }

  u16(at: number): number | undefined {
    return this.fits(at, 2) ? this.view.getUint16(at, true) : undefined;
  }

  u32(at: number): number | undefined {
    return this.fits(at, 4) ? this.view.getUint32(at, true) : undefined;
  }

  /** Exact below 2^53, which covers every size a file can declare that we would ever compare. */
  u64(at: number): number | undefined {
    const low = this.u32(at);
    const high = this.u32(at + 4);
    return low === undefined || high === undefined ? undefined : high * 2 ** 32 + low;
  }
}

interface EndRecord {
  entries: number;
  directoryOffset: number;
  directorySize: number;
}

/** The end record is the last thing in a zip, followed only by its comment; a cut file has lost it. */
function findEndRecord(reader: Reader): number | undefined {
  const lowest = Math.max(0, reader.bytes.length - END_RECORD_LENGTH - MAX_COMMENT_LENGTH);
  for (let at = reader.bytes.length - END_RECORD_LENGTH; at >= lowest; at--) {
    if (reader.u32(at) !== END_RECORD) continue;
    const commentLength = reader.u16(at + 20) ?? 0;
    if (at + END_RECORD_LENGTH + commentLength <= reader.bytes.length) return at;
  }
  return undefined;
}

function readEndRecord(reader: Reader, at: number): EndRecord | undefined {
  const entries = reader.u16(at + 10);
  const directorySize = reader.u32(at + 12);
  const directoryOffset = reader.u32(at + 16);
  if (entries === undefined || directorySize === undefined || directoryOffset === undefined) return undefined;
  if (entries !== U16_MAX && directorySize !== U32_MAX && directoryOffset !== U32_MAX) {
    return { entries, directoryOffset, directorySize };
  }
  return readZip64EndRecord(reader, at);
}

function readZip64EndRecord(reader: Reader, endRecordAt: number): EndRecord | undefined {
  const locatorAt = endRecordAt - ZIP64_LOCATOR_LENGTH;
  if (reader.u32(locatorAt) !== ZIP64_LOCATOR) return undefined;
  const recordAt = reader.u64(locatorAt + 8);
  if (recordAt === undefined || !reader.fits(recordAt, ZIP64_END_RECORD_LENGTH)) return undefined;
  if (reader.u32(recordAt) !== ZIP64_END_RECORD) return undefined;
  const entries = reader.u64(recordAt + 32);
  const directorySize = reader.u64(recordAt + 40);
  const directoryOffset = reader.u64(recordAt + 48);
  if (entries === undefined || directorySize === undefined || directoryOffset === undefined) return undefined;
  return { entries, directoryOffset, directorySize };
}

/** The ZIP64 extra field holds, in order, only the sizes whose 32-bit fields are all ones. */
function zip64Sizes(
  reader: Reader,
  extraAt: number,
  extraLength: number,
  declared: { uncompressedSize: number; compressedSize: number },
): { uncompressedSize: number; compressedSize: number } | undefined {
  let at = extraAt;
  while (at + 4 <= extraAt + extraLength) {
    const id = reader.u16(at) as number;
    const length = reader.u16(at + 2) as number;
    if (id === ZIP64_EXTRA_ID) {
      let field = at + 4;
      const next = (): number | undefined => {
        const value = field + 8 <= at + 4 + length ? reader.u64(field) : undefined;
        field += 8;
        return value;
      };
      const uncompressedSize = declared.uncompressedSize === U32_MAX ? next() : declared.uncompressedSize;
      const compressedSize = declared.compressedSize === U32_MAX ? next() : declared.compressedSize;
      if (uncompressedSize === undefined || compressedSize === undefined) return undefined;
      return { uncompressedSize, compressedSize };
    }
    at += 4 + length;
  }
  return undefined;
}

const names = new TextDecoder("utf-8");

/** One central header at `at` (within `end`), and where the next one starts. */
function readCentralHeader(reader: Reader, at: number, end: number): { entry: ZipEntry; next: number } | undefined {
  if (at + CENTRAL_HEADER_LENGTH > end || reader.u32(at) !== CENTRAL_HEADER) return undefined;
  const flags = reader.u16(at + 8) as number;
  const compressedSize = reader.u32(at + 20) as number;
  const uncompressedSize = reader.u32(at + 24) as number;
  const nameLength = reader.u16(at + 28) as number;
  const extraLength = reader.u16(at + 30) as number;
  const commentLength = reader.u16(at + 32) as number;
  const nameAt = at + CENTRAL_HEADER_LENGTH;
  const next = nameAt + nameLength + extraLength + commentLength;
  if (next > end) return undefined;
  const declared = { uncompressedSize, compressedSize };
  const sizes =
    uncompressedSize === U32_MAX || compressedSize === U32_MAX
      ? zip64Sizes(reader, nameAt + nameLength, extraLength, declared)
      : declared;
  if (!sizes) return undefined;
  // Names are ASCII paths in any workbook; UTF-8 (flag bit 11) and CP437 agree on those.
  const name = names.decode(reader.bytes.subarray(nameAt, nameAt + nameLength));
  const localHeaderAt = reader.u32(at + 42) as number;
  const method = reader.u16(at + 10) as number;
  const crc32 = reader.u32(at + 16) as number;
  const entry: ZipEntry = { name, ...sizes, encrypted: (flags & 1) === 1, headerAt: at, method, crc32 };
  if (localHeaderAt !== U32_MAX) entry.localHeaderAt = localHeaderAt;
  return { entry, next };
}

/** Reads at most `maxEntries` headers: a declared count above it is refused before any header is read. */
export function readCentralDirectory(bytes: Uint8Array, maxEntries: number): CentralDirectory {
  const reader = new Reader(bytes);
  const endAt = findEndRecord(reader);
  if (endAt === undefined) return { ok: false, problem: "truncated" };
  const end = readEndRecord(reader, endAt);
  if (!end || !reader.fits(end.directoryOffset, end.directorySize)) return { ok: false, problem: "damaged" };
  if (end.entries > maxEntries) return { ok: false, problem: "too_many_entries", count: end.entries };
  const entries: ZipEntry[] = [];
  const directoryEnd = end.directoryOffset + end.directorySize;
  let at = end.directoryOffset;
  for (let i = 0; i < end.entries; i++) {
    const header = readCentralHeader(reader, at, directoryEnd);
    if (!header) return { ok: false, problem: "damaged" };
    entries.push(header.entry);
    at = header.next;
  }
  return success(entries);
}
