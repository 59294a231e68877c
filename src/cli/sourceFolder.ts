import { stat } from "node:fs/promises";
import { dirname, relative, resolve, sep } from "node:path";

/**
 * The folder of the units' files as the summary at `out` reaches it ("/"-separated, "" beside it), when every input
 * is that one folder or a file in it; undefined otherwise, and the summary's findings then carry no links.
 */
export async function sourceFolder(inputs: string[], out: string): Promise<string | undefined> {
  const folders = new Set<string>();
  for (const input of inputs) {
    folders.add((await stat(input)).isDirectory() ? resolve(input) : dirname(resolve(input)));
  }
  if (folders.size !== 1) return undefined;
  const [folder] = folders;
  return relative(dirname(resolve(out)), folder)
    .split(sep)
    .join("/");
}
