/**
 * The pane's reader thread: a Web Worker bundled on its own (startReadWorker), holding the file reader and the
 * checks, never Office.js or React. It answers the messages of readProtocol through serveReads.
 */
import type { ReadReply, ReadRequest } from "./readProtocol";
import { serveReads } from "./serveReads";

/** The little of a dedicated worker's global scope used here (the project's types are the page's, not a worker's). */
interface ReaderScope {
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
  postMessage(reply: ReadReply): void;
}

const scope = self as unknown as ReaderScope;
const serve = serveReads((reply) => scope.postMessage(reply));
scope.onmessage = (event) => void serve(event.data);
