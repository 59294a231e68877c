/**
 * The one intake of a file a unit sent, for the command line (a file on disk) and the pane (a chosen file, read
 * on the page or in a reader thread): its size checked before its bytes are loaded, then its bytes read,
 * inspected and read as forms, each read with the file's receipt.
 */
import type { Unit } from "../../domain/catalog/types";
import { checkFileRead, type CheckedFile, type FileRead } from "../../domain/consolidation/checkFileRead";
import type { ValidationContext } from "../../domain/validation/validationContext";
import { withFileReceipt } from "./fileReceipt";
import { readFileForConsolidation } from "./readSubmittedFile";
import { refusedBySize, type IncomingFile } from "./incomingFile";

/** One incoming file → one read per form in it (a refused file: its one finding), each with the file's receipt. */
export async function readIncomingFile(file: IncomingFile, units: Unit[]): Promise<FileRead[]> {
  const refused = refusedBySize(file);
  if (refused) return [refused];
  const bytes = new Uint8Array(await file.arrayBuffer());
  const fileTime = new Date(file.lastModified);
  return withFileReceipt(
    await readFileForConsolidation(bytes, file.name, fileTime.toISOString(), units),
    fileTime,
    bytes,
  );
}

/** One incoming file read and checked at once, so that its submissions can be let go as soon as they are checked. */
export async function checkIncomingFile(file: IncomingFile, context: ValidationContext): Promise<CheckedFile[]> {
  return (await readIncomingFile(file, context.catalog.units)).map((read) => checkFileRead(read, context));
}
