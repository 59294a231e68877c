/**
 * One XML part of the zip parsed as it is inflated (saxes, chunk by chunk), so a part is never held whole
 * as text. Handlers see local names ("c", not "x:c"): some writers prefix the spreadsheet namespace. A handler
 * that has all it needs throws `PART_READ`: parsing stops there, and the rest is only inflated (for its CRC).
 */
import { SaxesParser } from "saxes";
import type { ZipEntry } from "./inspectZipDirectory";
import { readEntryData, type EntryProblem } from "./zipEntryData";

export type Attributes = Record<string, string>;

export interface XmlHandlers {
  open(name: string, attributes: Attributes): void;
  close(name: string): void;
  /** Character data (text and CDATA) wherever it appears; the handler knows which element it is in. */
  text(text: string): void;
}

class PartReadSignal extends Error {}

/**
 * Thrown by a handler once the rest of the part holds nothing it reads (validation lists, page setup…); one
 * instance, so that stopping costs no stack trace.
 */
export const PART_READ = new PartReadSignal();

/** Why a part could not be read: the zip entry's own problem, or XML that is not well formed. */
export type PartProblem = EntryProblem | "bad_xml";

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * The text as a string of its own. saxes cuts a text out of the chunk it parses, and V8 keeps a cut of 13 letters
 * or more as a slice that holds the whole chunk alive: a cell's text kept after the read (a shared string, a
 * remembered header) kept all 60 kB of its file's shared strings with it. Joined to a letter, the text is copied
 * flat, and the slice taken of the copy holds only itself.
 */
function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}

/** Parses `entry` with `handlers`; undefined when it was read to its end. */
export function parseXmlEntry(bytes: Uint8Array, entry: ZipEntry, handlers: XmlHandlers): PartProblem | undefined {
  const parser = new SaxesParser();
  parser.on("opentag", (tag) => handlers.open(localName(tag.name), tag.attributes as Attributes));
  parser.on("closetag", (tag) => handlers.close(localName(tag.name)));
  parser.on("text", (text) => handlers.text(ownCopy(text)));
  parser.on("cdata", (text) => handlers.text(ownCopy(text)));
  const decoder = new TextDecoder("utf-8");
  let parsing = true;
  /** `write` then `close` on the text, until a handler has read enough. */
  const feed = (write: () => void) => {
    if (!parsing) return;
    try {
      write();
    } catch (error) {
      if (error !== PART_READ) throw error;
      parsing = false;
    }
  };
  try {
    const problem = readEntryData(bytes, entry, (chunk) =>
      feed(() => parser.write(decoder.decode(chunk, { stream: true }))),
    );
    if (problem) return problem;
    feed(() => parser.write(decoder.decode()).close());
    return undefined;
  } catch {
    // saxes throws on the first well-formedness error.
    return "bad_xml";
  }
}
