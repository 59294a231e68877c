/**
 * The one door for a file a unit sent: inspected first (what it is, whether it is safe to open), then read as
 * a form only when it is an .xlsx workbook. Whatever the bytes, the answer is a result, never an exception.
 */
import type ExcelJS from "exceljs";
import type { Unit } from "../../domain/catalog/types";
import type { Submission } from "../../domain/submission/types";
import type { FileRead } from "../../domain/consolidation/consolidateFiles";
import type { Finding } from "../../domain/validation/types";
import { inspectTexts } from "../../domain/texts/inspect";
import { readFormSheets } from "../reading/readFormSheets";
import { excelJsGrid } from "./excelJsGrid";
import { inspectFile } from "./inspectFile";
import {
  hasFormIdentity,
  openWorkbook,
  readLoadedForm,
  type OpenedWorkbook,
  type ReadFormResult,
  type Refusal,
} from "./readForm";

export type { ReadFormResult } from "./readForm";

/** A unit's form read, with the workbook it was read from. */
export type WorkbookRead = (Extract<ReadFormResult, { ok: true }> & { workbook: ExcelJS.Workbook }) | Refusal;

function unreadable(file: string): Refusal {
  const finding: Finding = {
    file,
    severity: "error",
    code: "unreadable_file",
    message: inspectTexts.excelCannotOpen(file),
    fix: inspectTexts.resendFix,
  };
  return { ok: false, finding };
}

type Read = { submission: Submission; notes: Finding[] };

/** The inspection ran before the unit was known: its notes get the unit the form names. */
function withInspectionNotes<T extends ReadFormResult | FileRead>(read: T, notes: Finding[]): T {
  if (!("submission" in read) || notes.length === 0) return read;
  const { submission, notes: own } = read as T & Read;
  return { ...read, notes: [...notes.map((note) => ({ ...note, unit: submission.unitId })), ...own] };
}

function fileRead(result: ReadFormResult, file: string, receivedAt: string): FileRead {
  return result.ok
    ? { file, receivedAt, submission: result.submission, notes: result.notes }
    : { file, receivedAt, finding: result.finding };
}

/**
 * Inspects, opens (`whole`: every part kept) and reads: `read` gets the opened workbook; ExcelJS throws on
 * malformed XML inside a well-formed zip, and such a file is refused like any unreadable one.
 */
async function inspectAndRead<T>(
  bytes: Uint8Array,
  file: string,
  read: (opened: OpenedWorkbook, notes: Finding[]) => T,
  refused: (refusal: Refusal) => T,
  whole = false,
): Promise<T> {
  const inspected = inspectFile(bytes, file);
  if (!inspected.ok) return refused(inspected);
  try {
    return read(await openWorkbook(bytes, file, whole), inspected.notes);
  } catch {
    return refused(unreadable(file));
  }
}

/** One unit's form file → its submission, or the one finding saying why it is not one. */
export function readSubmittedFile(bytes: Uint8Array, file: string, receivedAt: string): Promise<ReadFormResult> {
  return inspectAndRead<ReadFormResult>(
    bytes,
    file,
    (opened, notes) =>
      opened.ok ? withInspectionNotes(readLoadedForm(opened.workbook, file, receivedAt), notes) : opened,
    (refusal) => refusal,
  );
}

/**
 * The same read of a unit's form file, with the workbook loaded whole (validation lists, formatting rules,
 * page setup kept) when it is one, for a caller that writes the form on elsewhere.
 */
export function readSubmittedWorkbook(bytes: Uint8Array, file: string, receivedAt: string): Promise<WorkbookRead> {
  return inspectAndRead<WorkbookRead>(
    bytes,
    file,
    (opened, notes) => {
      if (!opened.ok) return opened;
      const result = withInspectionNotes(readLoadedForm(opened.workbook, file, receivedAt), notes);
      return result.ok ? { ...result, workbook: opened.workbook } : result;
    },
    (refusal) => refusal,
    true,
  );
}

/**
 * A file as consolidation takes it: one unit's form, or a workbook the officer collected units' forms in as
 * sheets (copied or imported), which gives one read per form found in it, each received when the file was.
 */
export function readFileForConsolidation(
  bytes: Uint8Array,
  file: string,
  receivedAt: string,
  units: Unit[],
): Promise<FileRead[]> {
  return inspectAndRead<FileRead[]>(
    bytes,
    file,
    (opened, notes) => {
      if (!opened.ok) return [fileRead(opened, file, receivedAt)];
      const { workbook } = opened;
      const fromSheets = hasFormIdentity(workbook)
        ? []
        : readFormSheets({
            workbookName: file,
            grids: workbook.worksheets.map((sheet) => excelJsGrid(sheet)),
            units,
            receivedAt: () => receivedAt,
          });
      // Not a form and no form inside: the form reader says why.
      const reads =
        fromSheets.length > 0 ? fromSheets : [fileRead(readLoadedForm(workbook, file, receivedAt), file, receivedAt)];
      return reads.map((read) => withInspectionNotes(read, notes));
    },
    (refusal) => [fileRead(refusal, file, receivedAt)],
  );
}
