/**
 * Reading and checking a form (unzip, XML, the rules) keeps one core busy, so the files are shared among one reader
 * per core: this thread and worker threads. Each reader takes the next file from disk when it is free, reads and
 * checks it, and workers post back plain data (the checked files); the results are put back in the files' order.
 */
import { availableParallelism } from "node:os";
import { extname, join } from "node:path";
import { Worker } from "node:worker_threads";
import type { CheckedFile } from "../domain/consolidation/checkFileRead";
import { checkFormFile, type CheckContext } from "./readFormFile";
import { shareStrings } from "./shareStrings";

export interface ReadJob {
  index: number;
  path: string;
}

export type ReadReply<T> = { index: number; read: T } | { index: number; error: string };

/** What a worker is started with: its entry file, and the context to check each read against. */
export interface ReaderData {
  entry: string;
  context: CheckContext;
}

/** Files given to a worker ahead of the one it reads, so it never waits for this busy thread to send the next. */
const JOBS_IN_FLIGHT = 2;

/**
 * A worker must start, load the bundle's reading code and warm up before it reads as fast as this thread, and two
 * threads reading at once each read slower than one alone; on 2 cores, 150 files read faster on one thread, 300 on
 * two (83 files: the same time on two, with 16% more CPU). So one reader per this many files.
 */
const FILES_PER_READER = 200;

/** One reader per core when there are enough files to pay for it, and always one. */
export function readerCount(files: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores, Math.floor(files / FILES_PER_READER)));
}

/**
 * The file a reader thread starts from. Compiled, the command line is one bundle (scripts/cli.cjs builds it) that
 * holds this code and exports serveFileReads, so a thread loads that same bundle; from the TypeScript sources (tests,
 * scripts under tsx) it loads readFileWorker.ts, after registering tsx's require hook, which a worker thread does
 * not inherit (found from the entry file, wherever the command was started).
 */
function readerEntry(): string {
  return extname(__filename) === ".ts" ? join(__dirname, "readFileWorker.ts") : __filename;
}

const BOOTSTRAP = `
const { workerData } = require("node:worker_threads");
const { createRequire } = require("node:module");
if (workerData.entry.endsWith(".ts")) createRequire(workerData.entry)("tsx/cjs/api").register();
require(workerData.entry).serveFileReads();
`;

function startWorker(context: CheckContext): Worker {
  const workerData: ReaderData = { entry: readerEntry(), context };
  return new Worker(BOOTSTRAP, { eval: true, workerData, execArgv: [] });
}

/** The shared queue of files and the results collected so far. */
interface Round<T> {
  files: string[];
  /** The index of the next file to read, or undefined when every file has been handed out. */
  take(): number | undefined;
  store(index: number, read: T): void;
}

/** A turn of the event loop, in which the workers' answers are heard and their next files sent. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function readHere<T>(round: Round<T>, readOne: (path: string) => Promise<T>): Promise<void> {
  for (let index = round.take(); index !== undefined; index = round.take()) {
    round.store(index, await readOne(round.files[index]));
    // A file is read without waiting on anything, so without this the workers would wait for this thread's last.
    await nextTurn();
  }
}

/** Keeps `worker` busy until the queue is empty; settles once its last answer is in. */
function readOnWorker<T>(worker: Worker, round: Round<T>): Promise<void> {
  return new Promise((resolve, reject) => {
    let inFlight = 0;
    const give = () => {
      const index = round.take();
      if (index === undefined) {
        if (inFlight === 0) resolve();
        return;
      }
      inFlight++;
      worker.postMessage({ index, path: round.files[index] } satisfies ReadJob);
    };
    worker.on("message", (reply: ReadReply<T>) => {
      inFlight--;
      if ("error" in reply) {
        reject(new Error(`${round.files[reply.index]}: ${reply.error}`));
        return;
      }
      round.store(reply.index, reply.read);
      give();
    });
    worker.on("error", reject);
    worker.on("exit", (code) => reject(new Error(`A file reader stopped early (exit code ${code}).`)));
    for (let i = 0; i < JOBS_IN_FLIGHT; i++) give();
  });
}

/** Runs `readOne` (this thread) or the workers' equivalent on every file, the results in the order of `files`. */
async function readAll<T>(
  files: string[],
  onProgress: (done: number, total: number) => void,
  readers: number,
  readOne: (path: string) => Promise<T>,
  context: CheckContext,
): Promise<T[]> {
  const results = new Array<T>(files.length);
  let next = 0;
  let done = 0;
  const strings = new Map<string, string>();
  const round: Round<T> = {
    files,
    take: () => (next < files.length ? next++ : undefined),
    store: (index, result) => {
      results[index] = shareStrings(result, strings);
      onProgress(++done, files.length);
    },
  };
  const workers = Array.from({ length: Math.max(0, Math.min(readers, files.length) - 1) }, () => startWorker(context));
  try {
    await Promise.all([...workers.map((worker) => readOnWorker(worker, round)), readHere(round, readOne)]);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}

/**
 * Reads and checks `files` on `readers` threads (this one included, never more threads than files), each reader
 * validating a file as soon as it has read it, so the validation is shared among the threads too and no
 * submission outlives its check. The results come back in the order of `files` (a workbook of several units'
 * forms gives several, in its order); `onProgress` hears of each file as it is done.
 */
export async function checkFilesInParallel(
  files: string[],
  context: CheckContext,
  onProgress: (done: number, total: number) => void,
  readers = readerCount(files.length),
): Promise<CheckedFile[]> {
  // Only plain data can be posted to a worker: a caller's full ValidationContext may carry a callback.
  const { catalog, period, asOf, previousFigures } = context;
  const plain: CheckContext = { catalog, period, asOf, ...(previousFigures ? { previousFigures } : {}) };
  return (await readAll(files, onProgress, readers, (path) => checkFormFile(path, plain), plain)).flat();
}
