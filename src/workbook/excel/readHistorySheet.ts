/**
 * The sheet "Dữ liệu các kỳ" of the open workbook read back as records, as the command line reads it from a file.
 * Two steps: the sheet and its used size, then its rows in blocks, as many per sync as keep a response far under
 * Excel on the web's 5 MB limit. Needs ExcelApi 1.4 (getItemOrNullObject, getUsedRangeOrNullObject).
 */
import type { HistoryRecord } from "../../domain/history/types";
import { success, type ParseResult } from "../../domain/result";
import { HISTORY_SHEET } from "../../domain/texts/history";
import { readHistoryTable } from "../history/readHistoryTable";
import { rangeAddress } from "../model/addresses";
import { officeGrid } from "./officeGrid";

/**
 * Cells loaded per sync (value, format and type of each). A history cell is short (a code, a number, a status):
 * about 40 bytes loaded, so 60,000 cells come back in about 2.4 MB; a year of ninety units' rows takes ~20 syncs.
 */
export const HISTORY_CELLS_PER_SYNC = 60_000;

/** No sheet, or an empty one, is an empty history; a table with a bad cell gives its issues, naming sheet and cell. */
export async function readHistorySheet(
  context: Excel.RequestContext,
  cellsPerSync: number = HISTORY_CELLS_PER_SYNC,
): Promise<ParseResult<HistoryRecord[]>> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(HISTORY_SHEET);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  if (sheet.isNullObject || used.isNullObject) return success([]);
  const { rowIndex, columnIndex, rowCount, columnCount } = used;
  const rowsPerSync = Math.max(1, Math.floor(cellsPerSync / columnCount));
  const loaded = { values: [] as unknown[][], numberFormat: [] as unknown[][], valueTypes: [] as string[][] };
  for (let start = 0; start < rowCount; start += rowsPerSync) {
    const rows = Math.min(rowsPerSync, rowCount - start);
    const block = sheet.getRange(
      rangeAddress({
        top: rowIndex + start + 1,
        bottom: rowIndex + start + rows,
        left: columnIndex + 1,
        right: columnIndex + columnCount,
      }),
    );
    block.load("values,numberFormat,valueTypes");
    // One sync per block of rows, bounded by size (never per row).
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    loaded.values.push(...block.values);
    loaded.numberFormat.push(...block.numberFormat);
    loaded.valueTypes.push(...(block.valueTypes as string[][]));
  }
  // Formulas are not loaded: the history's cells are read for their values, a formula's as Excel computed it.
  return readHistoryTable(officeGrid(HISTORY_SHEET, { rowIndex, columnIndex, formulas: [], ...loaded }));
}
