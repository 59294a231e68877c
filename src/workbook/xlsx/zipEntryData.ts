/**
 * One zip entry's bytes, delivered chunk by chunk as they are inflated, and checked against what the archive
 * declares: inflation stops as soon as it has produced more than the declared size (a zip whose sizes lie is
 * refused after a few megabytes, never after gigabytes), and the size and CRC-32 actually produced must match.
 */
import { Inflate, inflateSync } from "fflate";
import { Crc32 } from "./crc32";
import type { ZipEntry } from "./inspectZipDirectory";

/** Why an entry's bytes are not what the archive says they are. */
export type EntryProblem =
  /** It inflates to more (or fewer) bytes than declared. */
  | "size_mismatch"
  /** Its bytes do not have the declared CRC-32: altered or damaged after it was written. */
  | "crc_mismatch"
  /** Its header, method or deflate stream cannot be read. */
  | "damaged";

const LOCAL_HEADER = 0x04034b50;
const LOCAL_HEADER_LENGTH = 30;
const STORED = 0;
const DEFLATED = 8;
/** Compressed bytes pushed at a time: deflate expands at most ~1032:1, so one push yields at most ~2 MB. */
const PUSH_BYTES = 2 * 1024;
/**
 * An entry this small (compressed, and as declared) is inflated in one call into a buffer one byte longer
 * than declared: fflate drops what does not fit but counts it, so a longer output is seen, and the work is
 * bounded by the compressed size (at most ~16 MB of output; a form's largest part is ~10 kB compressed).
 * The streaming inflater allocates over 128 kB per call, which made it the main cost on a form's small parts.
 */
const ONE_CALL = { compressedBytes: 16 * 1024, declaredBytes: 4 * 1024 * 1024 };

/** Thrown inside fflate's callback to stop inflating; never leaves this module. */
class TooLong extends Error {}

/** Where the entry's compressed bytes are, read from its local header and checked against the file. */
function compressedBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array | undefined {
  const at = entry.localHeaderAt;
  if (at === undefined || at + LOCAL_HEADER_LENGTH > bytes.length) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(at, true) !== LOCAL_HEADER) return undefined;
  const start = at + LOCAL_HEADER_LENGTH + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  return end <= bytes.length ? bytes.subarray(start, end) : undefined;
}

/**
 * Inflates `entry`, giving each chunk to `consume` as it is produced; undefined when the entry is sound.
 * `consume` may throw (a parser's error): that propagates to the caller.
 */
export function readEntryData(
  bytes: Uint8Array,
  entry: ZipEntry,
  consume: (chunk: Uint8Array) => void,
): EntryProblem | undefined {
  const data = compressedBytes(bytes, entry);
  if (!data) return "damaged";
  const crc = new Crc32();
  let produced = 0;
  const take = (chunk: Uint8Array) => {
    produced += chunk.length;
    if (produced > entry.uncompressedSize) throw new TooLong();
    crc.update(chunk);
    consume(chunk);
  };
  if (entry.method === STORED) {
    if (data.length !== entry.uncompressedSize) return "size_mismatch";
    take(data);
  } else if (
    entry.method === DEFLATED &&
    data.length <= ONE_CALL.compressedBytes &&
    entry.uncompressedSize <= ONE_CALL.declaredBytes
  ) {
    let inflated: Uint8Array;
    try {
      inflated = inflateSync(data, { out: new Uint8Array(entry.uncompressedSize + 1) });
    } catch {
      return "damaged";
    }
    if (inflated.length !== entry.uncompressedSize) return "size_mismatch";
    take(inflated);
  } else if (entry.method === DEFLATED) {
    const inflater = new Inflate(take);
    try {
      if (data.length === 0) inflater.push(data, true);
      for (let at = 0; at < data.length; at += PUSH_BYTES) {
        const end = Math.min(at + PUSH_BYTES, data.length);
        inflater.push(data.subarray(at, end), end === data.length);
      }
    } catch (error) {
      if (error instanceof TooLong) return "size_mismatch";
      // fflate's own errors carry a numeric code; anything else came from `consume`.
      if (typeof (error as { code?: unknown }).code === "number") return "damaged";
      throw error;
    }
  } else {
    return "damaged";
  }
  if (produced !== entry.uncompressedSize) return "size_mismatch";
  return crc.value === entry.crc32 ? undefined : "crc_mismatch";
}
