/** Starts a reader thread; loaded only where the browser has Web Workers (webpack bundles readWorker.ts apart). */
import type { ReadWorker } from "./checkInWorkers";
import type { ReadReply, ReadRequest } from "./readProtocol";

export function startReadWorker(): ReadWorker {
  const worker = new Worker(new URL("./readWorker.ts", import.meta.url));
  let onReply: (reply: ReadReply) => void = () => {};
  // A reader kept idle may die before anyone listens (its script failed to load): the next listener hears of it.
  let stopped: string | undefined;
  let onStopped = (reason: string) => {
    stopped = reason;
  };
  worker.onmessage = (event: MessageEvent<ReadReply>) => onReply(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    onStopped(event.message || "the reader's script failed");
  };
  worker.onmessageerror = () => onStopped("a reply could not be received");
  return {
    post: (request: ReadRequest, transfer: ArrayBuffer[]) => worker.postMessage(request, transfer),
    listen(reply, stop) {
      onReply = reply;
      onStopped = (reason) => {
        stopped = reason;
        stop(reason);
      };
      const reason = stopped;
      if (reason !== undefined) queueMicrotask(() => stop(reason));
    },
    terminate: () => worker.terminate(),
  };
}
