/** The Office.js side of the pane's actions: the open workbook, reached only through src/workbook/excel. */
import { uiTexts } from "../../domain/texts/ui";
import { applyPrintSetupToSheets } from "../../workbook/excel/applyPrintSetupToSheets";
import type { HostCapabilities } from "../../workbook/excel/hostCapabilities";
import { readActiveWorkbook, type DocumentFileSource } from "../../workbook/excel/readActiveWorkbook";
import { insertSheetsFromFiles, sheetNamesOf } from "../../workbook/excel/insertSheetsFromFiles";
import { readFormSheetGrids } from "../../workbook/excel/readFormSheetGrids";
import { readHistorySheet } from "../../workbook/excel/readHistorySheet";
import { writeHistorySheet } from "../../workbook/excel/writeHistorySheet";
import { readSheetValues } from "../../workbook/excel/readSheetValues";
import { selectCell } from "../../workbook/excel/selectCell";
import type { ReadSheets } from "../actions/catalogActions";
import type { OpenWorkbook } from "../actions/checkActions";
import type { ApplyPrintSetups } from "../actions/printActions";
import type { FormImporter } from "../actions/importForms";
import type { ImportLedger } from "../actions/importLedger";
import type { WorkbookForms, WorkbookHistory } from "../actions/types";

/** The last part of the document's URL or path ("2026-05_so-yte.xlsx"); empty for a new, unsaved workbook. */
export function documentFileName(url: string | undefined): string {
  const last = (url ?? "").split(/[\\/]/).pop() ?? "";
  try {
    return decodeURIComponent(last.split("?")[0]);
  } catch {
    return last;
  }
}

/** Office hands over the open workbook's bytes only where it supports the CompressedFile requirement set. */
export function canReadOpenWorkbook(requirements: { isSetSupported(name: string, version?: string): boolean }) {
  return requirements.isSetSupported("CompressedFile");
}

/** The open workbook's name as findings and the register show it. */
function openWorkbookName(): string {
  return documentFileName(Office.context.document.url) || uiTexts.check.workbookName;
}

/** The forms among the open workbook's sheets; reading a sheet's used range needs ExcelApi 1.4. */
export function createWorkbookForms(
  capabilities: HostCapabilities,
  receipt?: WorkbookForms["receipt"],
): WorkbookForms | undefined {
  if (!capabilities.features.readSheets) return undefined;
  return {
    name: openWorkbookName(),
    readGrids: (onProgress) => Excel.run((context) => readFormSheetGrids(context, onProgress)),
    ...(receipt ? { receipt } : {}),
  };
}

/** Importing forms as sheets needs insertWorksheetsFromBase64 (ExcelApi 1.13). */
export function createFormImporter(capabilities: HostCapabilities, ledger: ImportLedger): FormImporter | undefined {
  if (!capabilities.features.insertWorksheetsFromBase64) return undefined;
  return {
    sheetNames: () => Excel.run((context) => sheetNamesOf(context)),
    insert: async (workbooks) => {
      await Excel.run((context) => insertSheetsFromFiles(context, workbooks));
    },
    ledger,
  };
}

export function createOpenWorkbook(forms?: WorkbookForms, imports?: ImportLedger): OpenWorkbook {
  const document = Office.context.document;
  return {
    name: openWorkbookName(),
    ...(imports ? { importedSheet: (file: string, sheet: string) => imports.importedSheet(file, sheet) } : {}),
    ...(forms ? { forms } : {}),
    readBytes: canReadOpenWorkbook(Office.context.requirements)
      ? () => readActiveWorkbook(document as unknown as DocumentFileSource)
      : undefined,
    selectCell: (sheet, cell) => Excel.run((context) => selectCell(context, sheet, cell)),
  };
}

export function createPrintSetupApplier(capabilities: HostCapabilities): ApplyPrintSetups | undefined {
  if (!capabilities.features.pageLayout) return undefined;
  return (setups) => Excel.run((context) => applyPrintSetupToSheets(context, setups, capabilities));
}

/** Reading sheets by name without failing on a missing one needs ExcelApi 1.4 (getItemOrNullObject). */
export function createSheetReader(capabilities: HostCapabilities): ReadSheets | undefined {
  if (!capabilities.features.readSheets) return undefined;
  return (names) => Excel.run((context) => readSheetValues(context, names));
}

/** The sheet "Dữ liệu các kỳ": read back needs ExcelApi 1.4 (getItemOrNullObject), its table 1.1. */
export function createWorkbookHistory(capabilities: HostCapabilities): WorkbookHistory | undefined {
  if (!capabilities.features.readSheets) return undefined;
  return {
    read: () => Excel.run((context) => readHistorySheet(context)),
    write: (records) => Excel.run((context) => writeHistorySheet(context, records, capabilities)),
  };
}
