/**
 * Sheets of other workbooks put into the open one (ExcelApi 1.13, insertWorksheetsFromBase64), at the end,
 * as few syncs as Excel on the web's 5 MB request limit allows: a form is some 40 KB in base64, so about a
 * hundred forms go in one request.
 */
import { DEFAULT_REQUEST_BUDGET_BYTES, RequestBudget } from "./chunkWrites";

/** The open workbook's sheet names, hidden ones included, in one sync. */
export async function sheetNamesOf(context: Excel.RequestContext): Promise<string[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  return worksheets.items.map((sheet) => sheet.name);
}

/** Inserts every sheet of each base64 workbook; the caller has given them names the workbook does not use. */
export async function insertSheetsFromFiles(
  context: Excel.RequestContext,
  workbooks: readonly string[],
  budgetBytes: number = DEFAULT_REQUEST_BUDGET_BYTES,
): Promise<number> {
  const budget = new RequestBudget(context, budgetBytes);
  for (const base64 of workbooks) {
    await budget.reserve(base64.length);
    context.workbook.insertWorksheetsFromBase64(base64, { positionType: "End" });
  }
  await budget.sync();
  return budget.syncs;
}
