import type { Catalog } from "../../domain/catalog/types";
import type { CheckedFile, FileRead } from "../../domain/consolidation/checkFileRead";
import { uiTexts } from "../../domain/texts/ui";
import { throwIfCancelled } from "../common/throwIfCancelled";
import type { OperationContext } from "../common/useOperation";
import { loadEngine, loadReader, loadSheetReader } from "./consolidateActions";
import type { CheckActions, CheckOutcome, ChosenFileReads, RunOptions, WorkbookForms } from "./types";

const loadFileReader = () => import("../../workbook/xlsx/readSubmittedFile");

/** The workbook open in Excel, as the Kiểm tra panel needs it; present only inside Excel. */
export interface OpenWorkbook {
  /** The file name findings will carry. */
  name: string;
  /** Absent where this Office cannot hand the add-in the workbook's bytes. */
  readBytes?: () => Promise<Uint8Array>;
  /** The forms among its sheets (a unit's form opened as is, or forms copied in); absent below ExcelApi 1.4. */
  forms?: WorkbookForms;
  selectCell: (sheet: string, cell: string) => Promise<void>;
  /** Where an imported file's sheet now is; absent where nothing can be imported. */
  importedSheet?: (file: string, sheet: string) => string | undefined;
}

/** Office's own message is in English and says little to the officer. */
async function readBytesInVietnamese(readBytes: () => Promise<Uint8Array>): Promise<Uint8Array> {
  try {
    return await readBytes();
  } catch {
    throw new Error(uiTexts.check.readFailed);
  }
}

/** `reads`: shared with Tổng hợp, so a file checked here is not read again there. */
export function createCheckActions(catalog: Catalog, workbook?: OpenWorkbook, reads?: ChosenFileReads): CheckActions {
  const unitNames = Object.fromEntries(catalog.units.map((unit) => [unit.id, unit.name]));

  async function checked(source: CheckOutcome["source"], files: CheckedFile[], options: RunOptions) {
    const { consolidateCheckedFiles } = await loadEngine();
    const { files: outcomes, findings } = consolidateCheckedFiles(files, { catalog, ...options });
    return { source, files: outcomes, findings, unitNames };
  }

  async function check(source: CheckOutcome["source"], reads: FileRead[], options: RunOptions): Promise<CheckOutcome> {
    const { checkFileRead } = await loadEngine();
    return checked(
      source,
      reads.map((read) => checkFileRead(read, { catalog, ...options })),
      options,
    );
  }

  async function checkOpenWorkbook(
    name: string,
    readBytes: () => Promise<Uint8Array>,
    options: RunOptions,
    context: OperationContext,
  ): Promise<CheckOutcome> {
    const [{ readFileForConsolidation }, bytes] = await Promise.all([
      loadFileReader(),
      readBytesInVietnamese(readBytes),
    ]);
    throwIfCancelled(context.signal);
    // Only the register uses the time of receipt, and a check shows no register.
    return check(
      "workbook",
      await readFileForConsolidation(bytes, name, new Date().toISOString(), catalog.units),
      options,
    );
  }

  async function checkFormSheets(forms: WorkbookForms, options: RunOptions, context: OperationContext) {
    const { readWorkbookFormSheets } = await loadSheetReader();
    return check("workbook", await readWorkbookFormSheets(forms, catalog, context), options);
  }

  const readOpenWorkbook = workbook?.readBytes;
  const forms = workbook?.forms;
  return {
    async checkFiles(files, options, context) {
      // The engine loads with the reader, not once the files are read.
      const [{ checkChosenFiles }] = await Promise.all([loadReader(), loadEngine()]);
      return checked("files", await checkChosenFiles(files, { catalog, ...options }, context, reads), options);
    },
    // The sheets are read live (what the officer sees, saved or not); the file's bytes only where they cannot be.
    checkActiveWorkbook: forms
      ? (options, context) => checkFormSheets(forms, options, context)
      : workbook && readOpenWorkbook
        ? (options, context) => checkOpenWorkbook(workbook.name, readOpenWorkbook, options, context)
        : undefined,
    selectCell: workbook
      ? async (sheet, cell) => {
          try {
            await workbook.selectCell(sheet, cell);
          } catch {
            throw new Error(uiTexts.check.cannotSelect(uiTexts.check.location(sheet, cell)));
          }
        }
      : undefined,
    importedSheet: workbook?.importedSheet,
  };
}
