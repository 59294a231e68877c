/**
 * A minimal OLE compound file (MS-CFB version 3): header, one FAT sector and the directory, with empty streams
 * of the given names. That is the container of .xls 97–2003 and of a password-protected .xlsx; the stream
 * names are what tells them apart, so empty streams are enough.
 */
const SECTOR = 512;
const ENTRY = 128;
const ENTRIES_PER_SECTOR = SECTOR / ENTRY;
const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const NO_STREAM = 0xffffffff;
const ROOT = 5;
const STREAM = 2;
const BLACK = 1;

function writeHeader(file: Buffer, directorySectors: number): void {
  Buffer.from(SIGNATURE).copy(file, 0);
  file.writeUInt16LE(0x003e, 24); // minor version
  file.writeUInt16LE(0x0003, 26); // major version 3: 512-byte sectors
  file.writeUInt16LE(0xfffe, 28); // little-endian
  file.writeUInt16LE(9, 30); // sector size 2^9
  file.writeUInt16LE(6, 32); // mini sector size 2^6
  file.writeUInt32LE(1, 44); // one FAT sector
  file.writeUInt32LE(1, 48); // the directory starts in sector 1
  file.writeUInt32LE(4096, 56); // mini stream cutoff
  file.writeUInt32LE(END_OF_CHAIN, 60); // no mini FAT
  file.writeUInt32LE(END_OF_CHAIN, 68); // no DIFAT sectors
  for (let i = 0; i < 109; i++) file.writeUInt32LE(i === 0 ? 0 : FREE, 76 + i * 4);
  const fat = SECTOR;
  for (let i = 0; i < SECTOR / 4; i++) file.writeUInt32LE(FREE, fat + i * 4);
  file.writeUInt32LE(FAT_SECTOR, fat);
  for (let s = 1; s <= directorySectors; s++)
    file.writeUInt32LE(s === directorySectors ? END_OF_CHAIN : s + 1, fat + s * 4);
}

/** Streams hang off the root as a chain of right siblings: a valid (if unbalanced) red-black tree of black nodes. */
function writeEntry(file: Buffer, at: number, name: string, type: number, child: number, right: number): void {
  file.write(`${name}\u0000`, at, "utf16le");
  file.writeUInt16LE((name.length + 1) * 2, at + 64);
  file[at + 66] = type;
  file[at + 67] = BLACK;
  file.writeUInt32LE(NO_STREAM, at + 68);
  file.writeUInt32LE(right, at + 72);
  file.writeUInt32LE(child, at + 76);
  file.writeUInt32LE(END_OF_CHAIN, at + 116);
}

export function compoundFile(streamNames: string[]): Uint8Array {
  const entries = 1 + streamNames.length;
  const directorySectors = Math.ceil(entries / ENTRIES_PER_SECTOR);
  const file = Buffer.alloc(SECTOR * (2 + directorySectors));
  writeHeader(file, directorySectors);
  const directory = SECTOR * 2;
  for (let i = entries; i < directorySectors * ENTRIES_PER_SECTOR; i++) {
    const at = directory + i * ENTRY;
    for (const field of [68, 72, 76]) file.writeUInt32LE(NO_STREAM, at + field);
  }
  writeEntry(file, directory, "Root Entry", ROOT, streamNames.length > 0 ? 1 : NO_STREAM, NO_STREAM);
  streamNames.forEach((name, i) => {
    const right = i + 2 < entries ? i + 2 : NO_STREAM;
    writeEntry(file, directory + (i + 1) * ENTRY, name, STREAM, NO_STREAM, right);
  });
  return new Uint8Array(file);
}
