import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import type { FileRead } from "../domain/consolidation/consolidateFiles";
import { readForm } from "../workbook/xlsx/readForm";

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

/** Reads each file as a unit's form; the file's modification time stands for when it was received. */
export async function readSubmittedFiles(
  files: string[],
  onProgress: (done: number, total: number) => void,
): Promise<FileRead[]> {
  const reads: FileRead[] = [];
  for (const [index, path] of files.entries()) {
    const [bytes, info] = await Promise.all([readFile(path), stat(path)]);
    const file = basename(path);
    const receivedAt = info.mtime.toISOString();
    const result = await readForm(new Uint8Array(bytes), file, receivedAt);
    reads.push(
      result.ok
        ? { file, receivedAt, submission: result.submission, notes: result.notes }
        : { file, receivedAt, finding: result.finding },
    );
    onProgress(index + 1, files.length);
  }
  return reads;
}
