/**
 * A file a unit sent, as the command line and the pane know it before reading it, and the first step of its
 * intake (readIncomingFile): its size checked before its bytes are loaded. Light: a pane that reads in reader threads
 * loads this on its page, never the reader.
 */
import type { FileRead } from "../../domain/consolidation/checkFileRead";
import type { Finding } from "../../domain/validation/types";
import { fileReceipt } from "./fileReceipt";
import { refuseBySize } from "./inspectFile";

/**
 * An incoming file as its caller knows it before reading it: what a browser's File gives, which the command line
 * builds from a stat of the file on disk. Its bytes are loaded only on demand.
 */
export interface IncomingFile {
  name: string;
  /** In bytes, as known without reading the file. */
  size: number;
  /** Milliseconds since 1970: when the officer saved the attachment. */
  lastModified: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** A file refused without reading it: its one finding. */
export type RefusedFile = Extract<FileRead, { finding: Finding }>;

/**
 * The refusal a file earns by its size alone (empty, or too large to load), received at the file's time; undefined
 * when it may be read. A caller that loads the bytes elsewhere (a reader thread) asks first, never loading a huge one.
 */
export function refusedBySize(file: IncomingFile): RefusedFile | undefined {
  const refused = refuseBySize(file.size, file.name);
  if (!refused || refused.ok) return undefined;
  return { file: file.name, ...fileReceipt(new Date(file.lastModified)), finding: refused.finding };
}
