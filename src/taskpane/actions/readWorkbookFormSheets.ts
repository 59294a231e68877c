/** The units' forms among the open workbook's sheets → reads, as chosen files give them; loaded on demand. */
import type { Catalog } from "../../domain/catalog/types";
import type { FileRead } from "../../domain/consolidation/checkFileRead";
import { uiTexts } from "../../domain/texts/ui";
import { readFormSheets } from "../../workbook/reading/readFormSheets";
import { throwIfCancelled } from "../common/throwIfCancelled";
import type { OperationContext } from "../common/useOperation";
import type { WorkbookForms } from "./types";

export async function readWorkbookFormSheets(
  workbook: WorkbookForms,
  catalog: Catalog,
  context: OperationContext,
): Promise<FileRead[]> {
  let grids;
  try {
    grids = await workbook.readGrids((done, total) => context.progress(done, total));
  } catch {
    // Office's own message is in English and says little to the officer.
    throw new Error(uiTexts.sheets.readFailed);
  }
  throwIfCancelled(context.signal);
  const reads = readFormSheets({
    workbookName: workbook.name,
    grids,
    units: catalog.units,
    ...(workbook.receipt ? { receipt: workbook.receipt } : {}),
  });
  if (reads.length === 0) throw new Error(uiTexts.sheets.noForms);
  return reads;
}
