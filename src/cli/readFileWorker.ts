/**
 * A worker thread of readFilesInParallel: reads the files it is given, one at a time, in the order given, and
 * checks each read when it was started with a context to check against (built once, from its workerData).
 */
import { parentPort, workerData } from "node:worker_threads";
import type { CheckedFile, FileRead } from "../domain/consolidation/consolidateFiles";
import type { ReadJob, ReadReply, ReaderData } from "./readFilesInParallel";
import { checkFormFile, readFormFile } from "./readFormFile";

const { context } = workerData as ReaderData;
const readOne: (path: string) => Promise<FileRead | CheckedFile> = context
  ? (path) => checkFormFile(path, context)
  : readFormFile;

async function answer({ index, path }: ReadJob): Promise<ReadReply<FileRead | CheckedFile>> {
  try {
    return { index, read: await readOne(path) };
  } catch (error) {
    return { index, error: error instanceof Error ? error.message : String(error) };
  }
}

let queue = Promise.resolve();
parentPort?.on("message", (job: ReadJob) => {
  queue = queue.then(async () => parentPort?.postMessage(await answer(job)));
});
