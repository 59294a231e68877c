import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import type { CheckedFile, FileRead } from "../domain/consolidation/checkFileRead";
import type { Unit } from "../domain/catalog/types";
import { validationContextOf, type CheckContext } from "../domain/run/checkContext";
import { checkIncomingFile, readIncomingFile } from "../workbook/xlsx/readIncomingFile";
import type { IncomingFile } from "../workbook/xlsx/incomingFile";

export type { CheckContext };

/**
 * A file on disk as the pane's chosen files are given: its size and time from a stat, its bytes read on demand.
 * Read at once rather than through the thread pool: a reader has nothing else to do meanwhile, and the round trips
 * of four calls a file left it idle a tenth of the time.
 */
function incomingFileOnDisk(path: string): IncomingFile {
  const info = statSync(path);
  return {
    name: basename(path),
    size: info.size,
    lastModified: info.mtime.getTime(),
    arrayBuffer: async () => new Uint8Array(readFileSync(path)).buffer,
  };
}

/**
 * One file on disk read as a unit's form (or as a workbook of units' forms, one read each); the time its workbook
 * was last saved, else its modification time, stands for when it was received.
 */
export async function readFormFile(path: string, units: Unit[]): Promise<FileRead[]> {
  return readIncomingFile(incomingFileOnDisk(path), units);
}

/** One file on disk read and checked at once, so its submissions can be let go as soon as they are checked. */
export async function checkFormFile(path: string, context: CheckContext): Promise<CheckedFile[]> {
  return checkIncomingFile(incomingFileOnDisk(path), validationContextOf(context));
}
