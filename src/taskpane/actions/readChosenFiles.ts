/** Chosen files → what the reader made of each; loaded on demand, as it brings ExcelJS. */
import type { Unit } from "../../domain/catalog/types";
import type { FileRead } from "../../domain/consolidation/consolidateFiles";
import { refuseBySize } from "../../workbook/xlsx/inspectFile";
import { readFileForConsolidation } from "../../workbook/xlsx/readSubmittedFile";

export { readFileForConsolidation };
import { throwIfCancelled } from "../common/throwIfCancelled";
import type { OperationContext } from "../common/useOperation";
import type { ChosenFile } from "./types";

/** One chosen file: refused from its size alone when huge (never loaded), else inspected and read. */
async function readChosenFile(file: ChosenFile, units: Unit[]): Promise<FileRead[]> {
  const receivedAt = new Date(file.lastModified).toISOString();
  const refused = refuseBySize(file.size, file.name);
  if (refused && !refused.ok) return [{ file: file.name, receivedAt, finding: refused.finding }];
  return readFileForConsolidation(new Uint8Array(await file.arrayBuffer()), file.name, receivedAt, units);
}

/**
 * Each file in turn, with the count of files read; the file's modification time stands for its receipt. A
 * workbook of units' forms gives one read per form in it.
 */
export async function readChosenFiles(
  files: readonly ChosenFile[],
  units: Unit[],
  context: OperationContext,
): Promise<FileRead[]> {
  const reads: FileRead[] = [];
  context.progress(0, files.length);
  for (const [index, file] of files.entries()) {
    throwIfCancelled(context.signal);
    reads.push(...(await readChosenFile(file, units)));
    context.progress(index + 1, files.length);
  }
  throwIfCancelled(context.signal);
  return reads;
}
