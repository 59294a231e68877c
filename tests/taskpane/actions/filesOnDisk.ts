/** Files on disk handed to the pane's actions as the browser hands chosen files over, and a run nobody cancels. */
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import type { ChosenFile } from "../../../src/taskpane/actions/types";
import type { OperationContext } from "../../../src/taskpane/common/useOperation";

/** In the command line's order (a folder's files sorted by name), so the two list files and findings alike. */
export function chosenFromDisk(paths: string[]): ChosenFile[] {
  return [...paths].sort().map((path) => ({
    name: basename(path),
    size: statSync(path).size,
    lastModified: statSync(path).mtimeMs,
    arrayBuffer: async () => new Uint8Array(readFileSync(path)).buffer as ArrayBuffer,
  }));
}

export function uncancelled(): OperationContext {
  return { signal: new AbortController().signal, progress: () => undefined };
}
