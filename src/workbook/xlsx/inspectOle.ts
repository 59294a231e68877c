/**
 * What an OLE compound file (the container of .xls 97–2003 and of password-protected .xlsx) holds, told by
 * the names of its streams. Directory entries are 128-byte records aligned on 128 bytes after the 512-byte
 * header; each starts with its name in UTF-16LE and gives the name's byte length at offset 64.
 */

export type OleKind = "encrypted_workbook" | "legacy_workbook" | "other";

const HEADER_LENGTH = 512;
const ENTRY_LENGTH = 128;
const NAME_LENGTH_AT = 64;
const OBJECT_TYPE_AT = 66;
/** Storage, stream and root storage: the only object types a directory entry may have. */
const OBJECT_TYPES = new Set([1, 2, 5]);
const MAX_NAME_CHARS = 31;

/** Excel's agile and standard encryption keep the real .xlsx in this stream. */
const ENCRYPTED_PACKAGE = "EncryptedPackage";
/** BIFF8 (Excel 97–2003) and BIFF5 (Excel 5/95) workbook streams. */
const WORKBOOK_STREAMS = ["Workbook", "Book"];

function entryName(bytes: Uint8Array, at: number): string | undefined {
  const byteLength = bytes[at + NAME_LENGTH_AT] | (bytes[at + NAME_LENGTH_AT + 1] << 8);
  if (byteLength < 4 || byteLength % 2 !== 0 || byteLength > (MAX_NAME_CHARS + 1) * 2) return undefined;
  if (!OBJECT_TYPES.has(bytes[at + OBJECT_TYPE_AT])) return undefined;
  const chars: number[] = [];
  for (let i = 0; i < byteLength - 2; i += 2) chars.push(bytes[at + i] | (bytes[at + i + 1] << 8));
  const terminated = bytes[at + byteLength - 2] === 0 && bytes[at + byteLength - 1] === 0;
  return terminated && chars.every((code) => code >= 0x20) ? String.fromCharCode(...chars) : undefined;
}

/** Every directory entry name found; sectors are not followed, so a damaged chain still gives its names. */
function oleStreamNames(bytes: Uint8Array): Set<string> {
  const found = new Set<string>();
  for (let at = HEADER_LENGTH; at + ENTRY_LENGTH <= bytes.length; at += ENTRY_LENGTH) {
    const name = entryName(bytes, at);
    if (name !== undefined) found.add(name);
  }
  return found;
}

export function oleKind(bytes: Uint8Array): OleKind {
  const streams = oleStreamNames(bytes);
  if (streams.has(ENCRYPTED_PACKAGE)) return "encrypted_workbook";
  if (WORKBOOK_STREAMS.some((name) => streams.has(name))) return "legacy_workbook";
  return "other";
}
