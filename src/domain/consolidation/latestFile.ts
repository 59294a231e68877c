/** Which of several files came last: by received time, then by file name so equal times still give one answer. */
import type { FileOutcome } from "./types";

export function compareArrival(a: FileOutcome, b: FileOutcome): number {
  if (a.receivedAt !== b.receivedAt) return a.receivedAt < b.receivedAt ? -1 : 1;
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

export function latestFile(files: FileOutcome[]): FileOutcome | undefined {
  return [...files].sort(compareArrival).pop();
}
