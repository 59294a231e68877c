/**
 * A unit's form file read as a form, then loaded whole by ExcelJS (validation lists, formatting rules, page
 * setup kept) for a caller that writes the form on elsewhere. Apart from readSubmittedFile so that reading
 * alone (the command line, its worker threads) never loads ExcelJS.
 */
import ExcelJS from "exceljs";
import { success, type Result } from "../../domain/result";
import type { Finding } from "../../domain/validation/types";
import type { FormRead } from "./readForm";
import { cannotOpen, readSubmittedFile } from "./readSubmittedFile";

/** A unit's form read, with the workbook it was read from. */
export type WorkbookRead = Result<FormRead & { workbook: ExcelJS.Workbook }, { finding: Finding }>;

export async function readSubmittedWorkbook(
  bytes: Uint8Array,
  file: string,
  receivedAt: string,
): Promise<WorkbookRead> {
  const read = await readSubmittedFile(bytes, file, receivedAt);
  if (!read.ok) return read;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    return cannotOpen(file);
  }
  return success({ ...read.value, workbook });
}
