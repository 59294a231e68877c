/**
 * The one door for a file a unit sent: inspected first (what it is, whether it is safe to open), then read as
 * a form only when it is an .xlsx workbook. Whatever the bytes, the answer is a result, never an exception.
 */
import type { Unit } from "../../domain/catalog/types";
import { success } from "../../domain/result";
import type { FileRead } from "../../domain/consolidation/checkFileRead";
import type { Finding } from "../../domain/validation/types";
import { inspectTexts } from "../../domain/texts/inspect";
import { readFormSheets } from "../reading/readFormSheets";
import { inspectFile } from "./inspectFile";
import {
  FORM_SHEET_NAMES,
  hasFormIdentity,
  readLoadedForm,
  xlsxRefusal,
  type FormRead,
  type ReadFormResult,
  type Refusal,
} from "./readForm";
import { readXlsx, type XlsxBook } from "./readXlsx";

export type { ReadFormResult } from "./readForm";

/** The inspection ran before the unit was known: its notes get the unit the form names. */
function withInspectionNotes<T extends FormRead | FileRead>(read: T, notes: Finding[]): T {
  if (!("submission" in read) || notes.length === 0) return read;
  const { submission, notes: own } = read as T & FormRead;
  return { ...read, notes: [...notes.map((note) => ({ ...note, unit: submission.unitId })), ...own] };
}

function fileRead(result: ReadFormResult, file: string, receivedAt: string): FileRead {
  return result.ok
    ? { file, receivedAt, submission: result.value.submission, notes: result.value.notes }
    : { file, receivedAt, finding: result.finding };
}

/** A form's own sheets when the workbook is a unit's form; else what `otherwise` names. */
function formSheetsOr(otherwise: (names: string[]) => string[]) {
  return (names: string[]) => (hasFormIdentity(names) ? FORM_SHEET_NAMES : otherwise(names));
}

/** The file could not be opened as a workbook, for a reason the reader cannot name. */
export function cannotOpen(file: string): Refusal {
  const finding: Finding = {
    file,
    severity: "error",
    code: "unreadable_file",
    message: inspectTexts.excelCannotOpen(file),
    fix: inspectTexts.resendFix,
  };
  return { ok: false, finding };
}

/**
 * Inspects, then reads the sheets `chooseSheets` names; `read` gets them with the inspection's notes. A fault
 * of the reader itself on a strange file is that file's refusal, never an exception that stops the run.
 */
function inspectAndRead<T>(
  bytes: Uint8Array,
  file: string,
  chooseSheets: (names: string[]) => string[],
  read: (book: XlsxBook, notes: Finding[]) => T,
  refused: (refusal: Refusal) => T,
): T {
  const inspected = inspectFile(bytes, file);
  if (!inspected.ok) return refused(inspected);
  try {
    const opened = readXlsx(bytes, chooseSheets);
    return opened.ok ? read(opened.value, inspected.value) : refused(xlsxRefusal(file, opened.problem));
  } catch {
    return refused(cannotOpen(file));
  }
}

function readBookAsForm(book: XlsxBook, file: string, receivedAt: string, notes: Finding[]): ReadFormResult {
  const read = readLoadedForm((name) => book.grids.get(name), file, receivedAt);
  return read.ok ? success(withInspectionNotes(read.value, notes)) : read;
}

/** One unit's form file → its submission, or the one finding saying why it is not one. */
export async function readSubmittedFile(bytes: Uint8Array, file: string, receivedAt: string): Promise<ReadFormResult> {
  return inspectAndRead<ReadFormResult>(
    bytes,
    file,
    formSheetsOr(() => []),
    (book, notes) => readBookAsForm(book, file, receivedAt, notes),
    (refused) => refused,
  );
}

/**
 * A file as consolidation takes it: one unit's form, or a workbook the officer collected units' forms in as
 * sheets (copied or imported), which gives one read per form found in it, each received when the file was.
 */
export async function readFileForConsolidation(
  bytes: Uint8Array,
  file: string,
  receivedAt: string,
  units: Unit[],
): Promise<FileRead[]> {
  return inspectAndRead<FileRead[]>(
    bytes,
    file,
    formSheetsOr((names) => names),
    (book, notes) => {
      const fromSheets = hasFormIdentity(book.sheetNames)
        ? []
        : readFormSheets({
            workbookName: file,
            grids: book.sheetNames.flatMap((name) => book.grids.get(name) ?? []),
            units,
            receipt: () => ({ receivedAt }),
          });
      // Not a form and no form inside: the form reader says why.
      const reads =
        fromSheets.length > 0 ? fromSheets : [fileRead(readBookAsForm(book, file, receivedAt, []), file, receivedAt)];
      return reads.map((read) => withInspectionNotes(read, notes));
    },
    (refused) => [fileRead(refused, file, receivedAt)],
  );
}
