/**
 * Reader threads without threads: each fake reader runs the worker's own message handler (serveReads) in this
 * process, every message and reply passed through structuredClone as postMessage passes them, and answered on a
 * later turn as a worker's would be. The transferred bytes are detached as postMessage would detach them.
 */
import type { ReadWorker } from "../../../src/taskpane/reading/checkInWorkers";
import type { ReadReply, ReadRequest } from "../../../src/taskpane/reading/readProtocol";
import { serveReads } from "../../../src/taskpane/reading/serveReads";

export interface FakeReader extends ReadWorker {
  terminated: boolean;
  /** Files this reader was sent. */
  received: number[];
}

/** `stopAfter`: the reader dies (as a worker whose script failed) after answering this many files. */
export function fakeReader(stopAfter = Infinity): FakeReader {
  let onReply: (reply: ReadReply) => void = () => {};
  let onStopped: (reason: string) => void = () => {};
  let answered = 0;
  const serve = serveReads((reply) => {
    const copy = structuredClone(reply);
    setTimeout(() => {
      if (reader.terminated) return;
      if (answered++ >= stopAfter) onStopped("stopped");
      else onReply(copy);
    });
  });
  const reader: FakeReader = {
    terminated: false,
    received: [],
    post(request: ReadRequest, transfer: ArrayBuffer[]) {
      const copy = structuredClone(request, { transfer });
      if (copy.kind === "file") reader.received.push(copy.index);
      void serve(copy);
    },
    listen(reply, stopped) {
      onReply = reply;
      onStopped = stopped;
    },
    terminate() {
      reader.terminated = true;
    },
  };
  return reader;
}
