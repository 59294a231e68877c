/** Chosen files → what the reader made of each; loaded on demand, as it brings ExcelJS. */
import type { Unit } from "../../domain/catalog/types";
import type { FileRead } from "../../domain/consolidation/consolidateFiles";
import { fileReceipt, withFileReceipt } from "../../workbook/xlsx/fileReceipt";
import { refuseBySize } from "../../workbook/xlsx/inspectFile";
import { readFileForConsolidation } from "../../workbook/xlsx/readSubmittedFile";

export { readFileForConsolidation };
import { throwIfCancelled } from "../common/throwIfCancelled";
import type { OperationContext } from "../common/useOperation";
import type { ChosenFile, ChosenFileReads } from "./types";

/** One chosen file: refused from its size alone when huge (never loaded), else inspected and read. */
async function readChosenFile(file: ChosenFile, units: Unit[]): Promise<FileRead[]> {
  const fileTime = new Date(file.lastModified);
  const refused = refuseBySize(file.size, file.name);
  if (refused && !refused.ok) return [{ file: file.name, ...fileReceipt(fileTime), finding: refused.finding }];
  const bytes = new Uint8Array(await file.arrayBuffer());
  const reads = await readFileForConsolidation(bytes, file.name, fileTime.toISOString(), units);
  return withFileReceipt(reads, fileTime, bytes);
}

/**
 * Each file in turn, with the count of files read; the workbook's last save (else the file's time) stands for its
 * receipt. A workbook of units' forms gives one read per form in it. A file found in `cache` is not read again.
 */
export async function readChosenFiles(
  files: readonly ChosenFile[],
  units: Unit[],
  context: OperationContext,
  cache?: ChosenFileReads,
): Promise<FileRead[]> {
  const reads: FileRead[] = [];
  context.progress(0, files.length);
  for (const [index, file] of files.entries()) {
    throwIfCancelled(context.signal);
    const read = cache?.get(file) ?? (await readChosenFile(file, units));
    cache?.set(file, read);
    reads.push(...read);
    context.progress(index + 1, files.length);
  }
  throwIfCancelled(context.signal);
  return reads;
}
