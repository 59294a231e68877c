/** A worker thread of readFilesInParallel: reads the files it is given, one at a time, in the order given. */
import { parentPort } from "node:worker_threads";
import type { ReadJob, ReadReply } from "./readFilesInParallel";
import { readFormFile } from "./readFormFile";

async function answer({ index, path }: ReadJob): Promise<ReadReply> {
  try {
    return { index, read: await readFormFile(path) };
  } catch (error) {
    return { index, error: error instanceof Error ? error.message : String(error) };
  }
}

let queue = Promise.resolve();
parentPort?.on("message", (job: ReadJob) => {
  queue = queue.then(async () => parentPort?.postMessage(await answer(job)));
});
