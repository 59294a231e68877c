import { rename, rm, writeFile } from "node:fs/promises";

/** Writes beside the target, then renames: a run that fails half-way leaves the previous file as it was. */
export async function writeFileAtomically(path: string, bytes: Uint8Array | string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
