import { checkFileRead, type CheckedFile } from "../../domain/consolidation/checkFileRead";
import type { ValidationContext } from "../../domain/validation/validationContext";
import { withFileReceipt } from "../../workbook/xlsx/fileReceipt";
import { readFileForConsolidation } from "../../workbook/xlsx/readSubmittedFile";

/**
 * One chosen file's bytes read (one read per form in it), each with the file's receipt (its workbook's last save,
 * else `lastModified`), and checked at once: the same work on the page and in a reader thread.
 */
export async function checkFileBytes(
  bytes: Uint8Array,
  name: string,
  lastModified: number,
  context: ValidationContext,
): Promise<CheckedFile[]> {
  const fileTime = new Date(lastModified);
  const reads = await readFileForConsolidation(bytes, name, fileTime.toISOString(), context.catalog.units);
  return withFileReceipt(reads, fileTime, bytes).map((read) => checkFileRead(read, context));
}
