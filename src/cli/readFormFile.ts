import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import type { FileRead } from "../domain/consolidation/consolidateFiles";
import { refuseBySize } from "../workbook/xlsx/inspectFile";
import { readFileForConsolidation } from "../workbook/xlsx/readSubmittedFile";

/** One file on disk read as a unit's form; its modification time stands for when it was received. */
export async function readFormFile(path: string): Promise<FileRead> {
  const info = await stat(path);
  const file = basename(path);
  const receivedAt = info.mtime.toISOString();
  // A huge attachment is refused from its size alone, before it is loaded into memory.
  const refused = refuseBySize(info.size, file);
  if (refused && !refused.ok) return { file, receivedAt, finding: refused.finding };
  const bytes = await readFile(path);
  return readFileForConsolidation(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), file, receivedAt);
}
