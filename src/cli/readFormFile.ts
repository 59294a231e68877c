import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import type { CheckedFile, FileRead } from "../domain/consolidation/checkFileRead";
import type { Unit } from "../domain/catalog/types";
import { validationContextOf, type CheckContext } from "../domain/run/checkContext";
import { checkIncomingFile, readIncomingFile } from "../workbook/xlsx/readIncomingFile";
import type { IncomingFile } from "../workbook/xlsx/incomingFile";

export type { CheckContext };

/** A file on disk as the pane's chosen files are given: its size and time from a stat, its bytes read on demand. */
async function incomingFileOnDisk(path: string): Promise<IncomingFile> {
  const info = await stat(path);
  return {
    name: basename(path),
    size: info.size,
    lastModified: info.mtime.getTime(),
    arrayBuffer: async () => new Uint8Array(await readFile(path)).buffer,
  };
}

/**
 * One file on disk read as a unit's form (or as a workbook of units' forms, one read each); the time its workbook
 * was last saved, else its modification time, stands for when it was received.
 */
export async function readFormFile(path: string, units: Unit[]): Promise<FileRead[]> {
  return readIncomingFile(await incomingFileOnDisk(path), units);
}

/** One file on disk read and checked at once, so its submissions can be let go as soon as they are checked. */
export async function checkFormFile(path: string, context: CheckContext): Promise<CheckedFile[]> {
  return checkIncomingFile(await incomingFileOnDisk(path), validationContextOf(context));
}
