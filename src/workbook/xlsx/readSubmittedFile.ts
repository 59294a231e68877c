/**
 * The one door for a file a unit sent: inspected first (what it is, whether it is safe to open), then read as
 * a form only when it is an .xlsx workbook. Whatever the bytes, the answer is a result, never an exception.
 */
import type { FileRead } from "../../domain/consolidation/consolidateFiles";
import type { Finding } from "../../domain/validation/types";
import { inspectFile } from "./inspectFile";
import { inspectTexts } from "../../domain/texts/inspect";
import { readForm, type ReadFormResult } from "./readForm";

export type { ReadFormResult } from "./readForm";

function unreadable(file: string): ReadFormResult {
  const finding: Finding = {
    file,
    severity: "error",
    code: "unreadable_file",
    message: inspectTexts.excelCannotOpen(file),
    fix: inspectTexts.resendFix,
  };
  return { ok: false, finding };
}

export async function readSubmittedFile(
  bytes: Uint8Array,
  fileName: string,
  receivedAt: string,
): Promise<ReadFormResult> {
  const inspected = inspectFile(bytes, fileName);
  if (!inspected.ok) return inspected;
  let read: ReadFormResult;
  try {
    read = await readForm(bytes, fileName, receivedAt);
  } catch {
    // ExcelJS throws on malformed XML inside a well-formed zip; the file is refused like any unreadable one.
    return unreadable(fileName);
  }
  if (!read.ok) return read;
  // The inspection ran before the unit was known: its notes get the unit the form names.
  const notes = inspected.notes.map((note) => ({ ...note, unit: read.submission.unitId }));
  return { ...read, notes: [...notes, ...read.notes] };
}

/** The same read in the shape consolidation takes: a submission with its notes, or the one refusal. */
export async function readFileForConsolidation(bytes: Uint8Array, file: string, receivedAt: string): Promise<FileRead> {
  const result = await readSubmittedFile(bytes, file, receivedAt);
  return result.ok
    ? { file, receivedAt, submission: result.submission, notes: result.notes }
    : { file, receivedAt, finding: result.finding };
}
