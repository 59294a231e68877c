/** Starts a reader thread; loaded only where the browser has Web Workers (webpack bundles readWorker.ts apart). */
import type { ReadWorker } from "./checkInWorkers";
import type { ReadReply, ReadRequest } from "./readProtocol";

export function startReadWorker(): ReadWorker {
  const worker = new Worker(new URL("./readWorker.ts", import.meta.url));
  return {
    post: (request: ReadRequest, transfer: ArrayBuffer[]) => worker.postMessage(request, transfer),
    listen(onReply, onStopped) {
      worker.onmessage = (event: MessageEvent<ReadReply>) => onReply(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        onStopped(event.message);
      };
      worker.onmessageerror = () => onStopped("a reply could not be received");
    },
    terminate: () => worker.terminate(),
  };
}
