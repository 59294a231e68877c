import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { CheckedFile } from "../domain/consolidation/checkFileRead";
import { checkFilesInParallel, readerCount } from "./readFilesInParallel";
import type { CheckContext } from "./readFormFile";

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

/**
 * The reading threads: BAOCAO_CDS_READERS when it is a whole number ≥ 1 (for a machine whose cores the default
 * misjudges, and for tests of the threads), else one per core when there are many files.
 */
export function readersFor(files: number, env: NodeJS.ProcessEnv = process.env): number {
  const chosen = Number(env.BAOCAO_CDS_READERS);
  return Number.isInteger(chosen) && chosen >= 1 ? chosen : readerCount(files);
}

/** Reads and checks each file against `context`, on every core when there are many, in the order of `files`. */
export function checkSubmittedFiles(
  files: string[],
  context: CheckContext,
  onProgress: (done: number, total: number) => void,
): Promise<CheckedFile[]> {
  return checkFilesInParallel(files, context, onProgress, readersFor(files.length));
}
