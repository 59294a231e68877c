/**
 * Chosen files read and checked on reader threads (Web Workers), off the page's thread: each reader is sent the
 * check context, then files one by one as it answers, a few ahead so it never waits for the page.
 */
import type { CheckContext } from "../../domain/run/checkContext";
import type { CheckedFile } from "../../domain/consolidation/checkFileRead";
import type { IncomingFile } from "../../workbook/xlsx/incomingFile";
import type { ReadReply, ReadRequest } from "./readProtocol";

/** A reader thread as the pool uses it; startReadWorker makes one of a Web Worker. */
export interface ReadWorker {
  post(request: ReadRequest, transfer: ArrayBuffer[]): void;
  /** `onStopped`: the reader died (its script failed to load, or it crashed) and will answer nothing more. */
  listen(onReply: (reply: ReadReply) => void, onStopped: (reason: string) => void): void;
  terminate(): void;
}

/** A file waiting to be read, at its place among the files chosen; its bytes are loaded only when it is sent. */
export interface FileJob {
  index: number;
  file: IncomingFile;
}

/** A reader thread stopped: the files it had not answered can still be read on the page. */
export class ReaderStopped extends Error {}

/** Files sent to a reader ahead of its answer, so that it reads the next while the page takes the last one in. */
const FILES_IN_FLIGHT = 2;

export interface ReaderPool {
  readers: ReadWorker[];
  signal: AbortSignal;
  /** Hears of each file as its answer comes, in whatever order the readers finish. */
  onChecked(index: number, checked: CheckedFile[]): void;
}

function cancelled(): DOMException {
  return new DOMException("cancelled", "AbortError");
}

/**
 * Settles when every job has its answer, the readers idle again; rejects on cancellation (AbortError), on a
 * reader's fault on a file (Error) or when a reader stops (ReaderStopped), the readers then terminated.
 */
export async function checkInWorkers(jobs: FileJob[], context: CheckContext, pool: ReaderPool): Promise<void> {
  const { readers, signal, onChecked } = pool;
  let next = 0;
  let answered = 0;
  let onAbort = () => {};
  try {
    return await new Promise<void>((resolve, reject) => {
      if (signal.aborted) throw cancelled();
      onAbort = () => reject(cancelled());
      signal.addEventListener("abort", onAbort);
      const give = async (reader: ReadWorker) => {
        const job = jobs[next++];
        if (!job) return;
        const { index, file } = job;
        const bytes = await file.arrayBuffer();
        if (signal.aborted) return;
        reader.post({ kind: "file", index, name: file.name, lastModified: file.lastModified, bytes }, [bytes]);
      };
      const failed = (error: unknown) => reject(error);
      for (const reader of readers) {
        reader.listen(
          (reply) => {
            if ("error" in reply) {
              reject(new Error(reply.error));
              return;
            }
            onChecked(reply.index, reply.checked);
            if (++answered === jobs.length) resolve();
            else give(reader).catch(failed);
          },
          (reason) => reject(new ReaderStopped(reason)),
        );
        reader.post({ kind: "context", context }, []);
        for (let i = 0; i < FILES_IN_FLIGHT; i++) give(reader).catch(failed);
      }
      if (jobs.length === 0) resolve();
    });
  } catch (error) {
    for (const reader of readers) reader.terminate();
    throw error;
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
}
