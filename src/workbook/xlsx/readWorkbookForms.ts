/**
 * A workbook file holding units' forms as sheets (the officer's collecting workbook, saved) → one read per
 * form found in it. Inspected first like any file; a workbook that cannot be opened is one refusal.
 */
import type { Unit } from "../../domain/catalog/types";
import type { FileRead } from "../../domain/consolidation/consolidateFiles";
import { readFormSheets } from "../reading/readFormSheets";
import { readerTexts } from "../../domain/texts/templates";
import { excelJsGrid } from "./excelJsGrid";
import { inspectFile } from "./inspectFile";
import { loadWorkbook } from "./readForm";

export async function readWorkbookForms(bytes: Uint8Array, fileName: string, units: Unit[]): Promise<FileRead[]> {
  const inspected = inspectFile(bytes, fileName);
  if (!inspected.ok) return [{ file: fileName, receivedAt: "", finding: inspected.finding }];
  const workbook = await loadWorkbook(bytes);
  if (!workbook) {
    const finding = {
      file: fileName,
      severity: "error",
      code: "unreadable_file",
      message: readerTexts.unreadableFile(fileName),
    } as const;
    return [{ file: fileName, receivedAt: "", finding }];
  }
  return readFormSheets({
    workbookName: fileName,
    grids: workbook.worksheets.map((sheet) => excelJsGrid(sheet)),
    units,
  });
}
