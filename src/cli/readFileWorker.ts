/**
 * A worker thread of checkFilesInParallel: reads the files it is given, one at a time, in the order given, and
 * checks each read against the context it was started with (built once, from its workerData).
 */
import { parentPort, workerData } from "node:worker_threads";
import type { CheckedFile } from "../domain/consolidation/consolidateFiles";
import type { ReadJob, ReadReply, ReaderData } from "./readFilesInParallel";
import { checkFormFile } from "./readFormFile";

const { context } = workerData as ReaderData;

async function answer({ index, path }: ReadJob): Promise<ReadReply<CheckedFile[]>> {
  try {
    return { index, read: await checkFormFile(path, context) };
  } catch (error) {
    return { index, error: error instanceof Error ? error.message : String(error) };
  }
}

let queue = Promise.resolve();
parentPort?.on("message", (job: ReadJob) => {
  queue = queue.then(async () => parentPort?.postMessage(await answer(job)));
});
