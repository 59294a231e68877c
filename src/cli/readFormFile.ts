import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { checkFileRead, type CheckedFile, type FileRead } from "../domain/consolidation/consolidateFiles";
import type { Unit } from "../domain/catalog/types";
import { validationContextOf, type CheckContext } from "../domain/run/checkContext";
import { fileReceipt, withFileReceipt } from "../workbook/xlsx/fileReceipt";
import { refuseBySize } from "../workbook/xlsx/inspectFile";
import { readFileForConsolidation } from "../workbook/xlsx/readSubmittedFile";

export type { CheckContext };

/**
 * One file on disk read as a unit's form (or as a workbook of units' forms, one read each); the time its workbook
 * was last saved, else its modification time, stands for when it was received.
 */
export async function readFormFile(path: string, units: Unit[]): Promise<FileRead[]> {
  const info = await stat(path);
  const file = basename(path);
  // A huge attachment is refused from its size alone, before it is loaded into memory.
  const refused = refuseBySize(info.size, file);
  if (refused && !refused.ok) return [{ file, ...fileReceipt(info.mtime), finding: refused.finding }];
  const bytes = await readFile(path);
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return withFileReceipt(await readFileForConsolidation(view, file, info.mtime.toISOString(), units), info.mtime, view);
}

/** One file on disk read and checked at once, so its submissions can be let go as soon as they are checked. */
export async function checkFormFile(path: string, context: CheckContext): Promise<CheckedFile[]> {
  const validation = validationContextOf(context);
  return (await readFormFile(path, context.catalog.units)).map((read) => checkFileRead(read, validation));
}
