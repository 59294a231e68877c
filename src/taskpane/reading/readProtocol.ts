/** The messages between the pane and its reader threads (Web Workers): plain data, the files' bytes transferred. */
import type { CheckContext } from "../../domain/run/checkContext";
import type { CheckedFile } from "../../domain/consolidation/checkFileRead";

/** The first message to a reader: what every file it is sent afterwards is checked against. */
export interface CheckAgainst {
  kind: "context";
  context: CheckContext;
}

/** One chosen file: its bytes (moved to the reader, not copied), its name, and its time as the browser gives it. */
export interface FileToCheck {
  kind: "file";
  /** The file's place among the files chosen: the reply names it, so results go back in the officer's order. */
  index: number;
  name: string;
  /** Milliseconds since 1970. */
  lastModified: number;
  bytes: ArrayBuffer;
}

export type ReadRequest = CheckAgainst | FileToCheck;

/**
 * A file's checked reads (one per form in it), or why the reader itself failed on it; a bad file is not a failure
 * but a finding among its checked reads.
 */
export type ReadReply = { index: number; checked: CheckedFile[] } | { index: number; error: string };
