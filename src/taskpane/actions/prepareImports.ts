/** Chosen files → the forms ready to go into the workbook, renamed per unit; loaded on demand (ExcelJS). */
import type { Catalog } from "../../domain/catalog/types";
import { success, type Result } from "../../domain/result";
import { uiTexts } from "../../domain/texts/ui";
import { toBase64 } from "../../workbook/excel/base64";
import { importedSheetNames } from "../../workbook/imports/importedSheetNames";
import { FORM_SHEETS } from "../../workbook/templates/formLayout";
import { fileReceipt } from "../../workbook/xlsx/fileReceipt";
import { formSheetsForImport } from "../../workbook/xlsx/formSheetsForImport";
import { readSubmittedWorkbook } from "../../workbook/xlsx/readSubmittedWorkbook";
import { refusedBySize } from "../../workbook/xlsx/incomingFile";
import { throwIfCancelled } from "../common/throwIfCancelled";
import type { OperationContext } from "../common/useOperation";
import type { ImportRecord } from "./importLedger";
import type { ChosenFile, ImportRefusal } from "./types";

export interface PreparedImport {
  record: ImportRecord;
  unitName: string;
  /** The form's sheets, renamed, as a workbook in base64. */
  base64: string;
}

type Prepared = Result<PreparedImport, { refusal: ImportRefusal }>;

async function prepareOne(file: ChosenFile, catalog: Catalog, taken: Set<string>): Promise<Prepared> {
  const refuse = (message: string): Prepared => ({ ok: false, refusal: { file: file.name, message } });
  const bySize = refusedBySize(file);
  if (bySize) return refuse(bySize.finding.message);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const receipt = fileReceipt(new Date(file.lastModified), bytes);
  // Loaded once, whole: read and checked as a form, then written on with only its sheets.
  const read = await readSubmittedWorkbook(bytes, file.name, receipt.receivedAt);
  if (!read.ok) return refuse(read.finding.message);
  const unit = catalog.units.find((candidate) => candidate.id === read.value.submission.unitId);
  if (!unit) return refuse(uiTexts.importing.unknownUnit(file.name, read.value.submission.unitId));
  const names = importedSheetNames(unit.name, taken);
  const sheets = {
    [FORM_SHEETS.indicators]: names.indicators,
    [FORM_SHEETS.tasks]: names.tasks,
    ...(read.value.workbook.getWorksheet(FORM_SHEETS.documents) ? { [FORM_SHEETS.documents]: names.documents } : {}),
  };
  return success({
    record: { file: file.name, ...receipt, sheets },
    unitName: unit.name,
    base64: toBase64(await formSheetsForImport(read.value.workbook, names)),
  });
}

/** Each file in turn, with a count; names are taken from `taken` (the workbook's, lower case) as they are given. */
export async function prepareImports(
  files: readonly ChosenFile[],
  catalog: Catalog,
  taken: Set<string>,
  context: OperationContext,
): Promise<{ prepared: PreparedImport[]; refused: ImportRefusal[] }> {
  const prepared: PreparedImport[] = [];
  const refused: ImportRefusal[] = [];
  context.progress(0, files.length);
  for (const [index, file] of files.entries()) {
    throwIfCancelled(context.signal);
    const result = await prepareOne(file, catalog, taken);
    if (result.ok) prepared.push(result.value);
    else refused.push(result.refusal);
    context.progress(index + 1, files.length);
  }
  return { prepared, refused };
}
