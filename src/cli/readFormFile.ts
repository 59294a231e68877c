import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import type { FileRead } from "../domain/consolidation/consolidateFiles";
import { readForm } from "../workbook/xlsx/readForm";

/** One file on disk read as a unit's form; its modification time stands for when it was received. */
export async function readFormFile(path: string): Promise<FileRead> {
  const [bytes, info] = await Promise.all([readFile(path), stat(path)]);
  const file = basename(path);
  const receivedAt = info.mtime.toISOString();
  const result = await readForm(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), file, receivedAt);
  return result.ok
    ? { file, receivedAt, submission: result.submission, notes: result.notes }
    : { file, receivedAt, finding: result.finding };
}
