import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { FileRead } from "../domain/consolidation/consolidateFiles";
import { readFilesInParallel } from "./readFilesInParallel";

/** Files a folder holds that are not submissions: our own indexes and hidden files. */
function isCandidate(name: string): boolean {
  return !name.startsWith(".") && !name.endsWith(".json");
}

/** Every file named, and every file inside every folder named (sorted, not recursive). */
export async function collectFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if ((await stat(path)).isDirectory()) {
      const names = (await readdir(path, { withFileTypes: true }))
        .filter((entry) => entry.isFile() && isCandidate(entry.name))
        .map((entry) => entry.name)
        .sort();
      files.push(...names.map((name) => join(path, name)));
    } else {
      files.push(path);
    }
  }
  return files;
}

/** Reads each file as a unit's form, on every core when there are many, the reads in the order of `files`. */
export function readSubmittedFiles(
  files: string[],
  onProgress: (done: number, total: number) => void,
): Promise<FileRead[]> {
  return readFilesInParallel(files, onProgress);
}
