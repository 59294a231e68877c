/**
 * A worker thread of checkFilesInParallel: reads the files it is given, one at a time, in the order given, and
 * checks each read against the context it was started with (built once, from its workerData). Importing this
 * module does nothing: the compiled command line holds it in its one bundle, which the main thread loads too.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { CheckedFile } from "../domain/consolidation/checkFileRead";
import type { ReadJob, ReadReply, ReaderData } from "./readFilesInParallel";
import { checkFormFile, type CheckContext } from "./readFormFile";

async function answer({ index, path }: ReadJob, context: CheckContext): Promise<ReadReply<CheckedFile[]>> {
  try {
    return { index, read: await checkFormFile(path, context) };
  } catch (error) {
    return { index, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Called first thing in a reader thread (readFilesInParallel's bootstrap): answers the jobs it is sent, in turn. */
export function serveFileReads(): void {
  const { context } = workerData as ReaderData;
  let queue = Promise.resolve();
  parentPort?.on("message", (job: ReadJob) => {
    queue = queue.then(async () => parentPort?.postMessage(await answer(job, context)));
  });
}
