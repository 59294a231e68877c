/**
 * A unit's form file reduced to what goes into the officer's workbook: its "Chỉ tiêu", "Nhiệm vụ" (and "Văn bản") sheets
 * and its hidden identity, renamed for that unit (Excel's insertWorksheetsFromBase64 cannot rename, and the
 * workbook may already hold other units' "Chỉ tiêu"). The cover stays out: the register shows the contact.
 * Everything else of the sheets (formats, validation lists, protection, page setup) goes through ExcelJS.
 */
import type ExcelJS from "exceljs";
import type { ImportedSheetNames } from "../imports/importedSheetNames";
import { FORM_SHEETS } from "../templates/formLayout";

/** `workbook`: the unit's form loaded whole (readSubmittedWorkbook); it is changed in place and written. */
export async function formSheetsForImport(workbook: ExcelJS.Workbook, names: ImportedSheetNames): Promise<Uint8Array> {
  const renames = new Map<string, string>([
    [FORM_SHEETS.indicators, names.indicators],
    [FORM_SHEETS.tasks, names.tasks],
    [FORM_SHEETS.documents, names.documents],
    [FORM_SHEETS.identity, names.identity],
  ]);
  for (const sheet of [...workbook.worksheets]) {
    const name = renames.get(sheet.name);
    if (name === undefined) workbook.removeWorksheet(sheet.id);
    else sheet.name = name;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
