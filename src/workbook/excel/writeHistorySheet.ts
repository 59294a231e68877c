/**
 * "Dữ liệu các kỳ" written into the open workbook as an Excel table, through the same writer as every sheet: built
 * aside under a temporary name in blocks under the request limit, then swapped for the old sheet, so a failure
 * leaves the old history as it was. No other sheet is replaced, and the officer stays on the sheet they were on.
 */
import type { HistoryRecord } from "../../domain/history/types";
import { HISTORY_SHEET } from "../../domain/texts/history";
import { uiTexts } from "../../domain/texts/ui";
import { historySheet } from "../history/historySheet";
import { createWorkbook } from "../model/buildSheet";
import type { HostCapabilities } from "./hostCapabilities";
import { writeModelToWorkbook } from "./writeWorkbookModel";

export async function writeHistorySheet(
  context: Excel.RequestContext,
  records: HistoryRecord[],
  capabilities: HostCapabilities,
): Promise<void> {
  const model = createWorkbook({ creator: uiTexts.appName, created: new Date(0) });
  model.sheets.push(historySheet(records));
  await writeModelToWorkbook(context, model, {
    capabilities,
    replaceSheets: (name) => name.toLowerCase() === HISTORY_SHEET.toLowerCase(),
    activate: false,
  });
}
