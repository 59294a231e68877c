/** Chosen files → what the reader made of each; loaded on demand, as it brings ExcelJS. */
import type { FileRead } from "../../domain/consolidation/consolidateFiles";
import { readSubmittedFile } from "../../workbook/xlsx/readSubmittedFile";
import { throwIfCancelled } from "../common/throwIfCancelled";
import type { OperationContext } from "../common/useOperation";
import type { ChosenFile } from "./types";

/** One file's bytes, refused if hostile, else read as a unit's form; or the one finding that says why it is not one. */
export async function readBytes(bytes: Uint8Array, file: string, receivedAt: string): Promise<FileRead> {
  const result = await readSubmittedFile(bytes, file, receivedAt);
  return result.ok
    ? { file, receivedAt, submission: result.submission, notes: result.notes }
    : { file, receivedAt, finding: result.finding };
}

/** Each file in turn, with the count of files read; the file's modification time stands for its receipt. */
export async function readChosenFiles(files: readonly ChosenFile[], context: OperationContext): Promise<FileRead[]> {
  const reads: FileRead[] = [];
  context.progress(0, files.length);
  for (const [index, file] of files.entries()) {
    throwIfCancelled(context.signal);
    const bytes = new Uint8Array(await file.arrayBuffer());
    reads.push(await readBytes(bytes, file.name, new Date(file.lastModified).toISOString()));
    context.progress(index + 1, files.length);
  }
  throwIfCancelled(context.signal);
  return reads;
}
