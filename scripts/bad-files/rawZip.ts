/**
 * A zip written byte by byte, for archives no zip library would write: a deflate stream of a gigabyte built
 * in chunks, thousands of entries, or central-directory entries that share one local file (an overlapping
 * zip bomb). Plain zip (no ZIP64): every size stays under 4 GB.
 */
import { crc32, createDeflateRaw, deflateRawSync } from "node:zlib";

export interface PackedEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: 0 | 8;
  crc: number;
  uncompressedSize: number;
  data: Uint8Array;
}

/** A central-directory entry under another name that points at the local file of `of`. */
export interface Alias {
  name: string;
  of: string;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_RECORD = 0x06054b50;
const VERSION = 20;
const UTF8_NAMES = 0x0800;
/** 1 May 2026, 08:00, in MS-DOS form: the corpus is the same bytes on every run. */
const DOS_TIME = 8 << 11;
const DOS_DATE = ((2026 - 1980) << 9) | (5 << 5) | 1;

export function stored(name: string, data: Uint8Array | string): PackedEntry {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  return { name, method: 0, crc: crc32(bytes), uncompressedSize: bytes.length, data: bytes };
}

export function deflated(name: string, data: Uint8Array | string): PackedEntry {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  return { name, method: 8, crc: crc32(bytes), uncompressedSize: bytes.length, data: deflateRawSync(bytes) };
}

/** Deflates chunks as they come, so a gigabyte of input never sits in memory; only the output is kept. */
export async function deflatedStream(name: string, chunks: Iterable<Uint8Array>, level = 9): Promise<PackedEntry> {
  const deflate = createDeflateRaw({ level });
  const output: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => output.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    deflate.on("end", resolve);
    deflate.on("error", reject);
  });
  let crc = 0;
  let size = 0;
  for (const chunk of chunks) {
    crc = crc32(chunk, crc);
    size += chunk.length;
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  deflate.end();
  await finished;
  return { name, method: 8, crc, uncompressedSize: size, data: Buffer.concat(output) };
}

function header(entry: PackedEntry, signature: number, localOffset?: number, name = entry.name): Buffer {
  const nameBytes = Buffer.from(name, "utf8");
  const central = localOffset !== undefined;
  const fixed = Buffer.alloc(central ? 46 : 30);
  let at = 0;
  const u16 = (value: number) => (at = fixed.writeUInt16LE(value, at));
  const u32 = (value: number) => (at = fixed.writeUInt32LE(value >>> 0, at));
  u32(signature);
  if (central) u16(VERSION);
  u16(VERSION);
  u16(UTF8_NAMES);
  u16(entry.method);
  u16(DOS_TIME);
  u16(DOS_DATE);
  u32(entry.crc);
  u32(entry.data.length);
  u32(entry.uncompressedSize);
  u16(nameBytes.length);
  u16(0);
  if (central) {
    u16(0); // comment
    u16(0); // disk
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(localOffset);
  }
  return Buffer.concat([fixed, nameBytes]);
}

export function writeZip(entries: PackedEntry[], aliases: Alias[] = []): Uint8Array {
  const parts: Buffer[] = [];
  const offsets = new Map<string, number>();
  let offset = 0;
  for (const entry of entries) {
    const local = header(entry, LOCAL_HEADER);
    offsets.set(entry.name, offset);
    parts.push(local, Buffer.from(entry.data));
    offset += local.length + entry.data.length;
  }
  const directoryOffset = offset;
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const central = [
    ...entries.map((entry) => header(entry, CENTRAL_HEADER, offsets.get(entry.name))),
    ...aliases.map((alias) => {
      const target = byName.get(alias.of);
      if (!target) throw new Error(`No entry ${alias.of} to alias`);
      return header(target, CENTRAL_HEADER, offsets.get(alias.of), alias.name);
    }),
  ];
  const directorySize = central.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_RECORD, 0);
  end.writeUInt16LE(central.length, 8);
  end.writeUInt16LE(central.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return new Uint8Array(Buffer.concat([...parts, ...central, end]));
}
