/**
 * "Dữ liệu các kỳ" in an .xlsx file (the command line's --history): read back, and written again with a period's
 * records replaced, keeping the workbook's other sheets.
 */
import type { HistoryRecord } from "../../domain/history/types";
import { failure, success, type ParseResult } from "../../domain/result";
import { HISTORY_SHEET, historyTexts } from "../../domain/texts/history";
import { uiTexts } from "../../domain/texts/ui";
import { historyRow, historySheet } from "../history/historySheet";
import { readHistoryTable } from "../history/readHistoryTable";
import { createWorkbook } from "../model/buildSheet";
import { INSPECT_LIMITS } from "./inspectLimits";
import { xlsxRefusal } from "./readForm";
import { readXlsx } from "./readXlsx";
import { readCentralDirectory } from "./inspectZipDirectory";
import { withSheetEmptied, withStreamedRows } from "./streamSheetRows";
import { replaceSheetsInXlsx, writeXlsx } from "./writeXlsx";

/** The records the file holds; none when it has no sheet "Dữ liệu các kỳ" yet. */
export async function readHistoryFile(bytes: Uint8Array, fileName: string): Promise<ParseResult<HistoryRecord[]>> {
  const read = readXlsx(bytes, (names) => names.filter((name) => name === HISTORY_SHEET));
  if (!read.ok) return failure("history.unreadable", xlsxRefusal(fileName, read.problem).finding.message);
  const grid = read.value.grids.get(HISTORY_SHEET);
  return grid ? readHistoryTable(grid) : success([]);
}

/** Parts ExcelJS does not write back, which an officer's own sheets may hold, named as the refusal says them. */
const PARTS_LOST: { prefix: string; name: string }[] = [
  { prefix: "xl/pivotTables/", name: "bảng PivotTable" },
  { prefix: "xl/charts/", name: "biểu đồ" },
];

/**
 * The workbook with its sheet "Dữ liệu các kỳ" holding `records` (a new workbook when `existing` is undefined). A
 * workbook holding pivot tables or charts is refused: writing it again through ExcelJS would drop them. The
 * workbook is written with the sheet's header and table only; the records are streamed into the sheet after, so a
 * year of rows never becomes a workbook in memory.
 */
export async function writeHistoryFile(
  existing: Uint8Array | undefined,
  records: HistoryRecord[],
  fileName: string,
  modified: Date,
): Promise<ParseResult<Uint8Array>> {
  const model = createWorkbook({ creator: uiTexts.appName, created: modified });
  const sheet = historySheet([]);
  model.sheets.push(sheet);
  const withRecords = async (bytes: Uint8Array) => withStreamedRows(bytes, sheet, records, historyRow, modified);
  if (!existing) return success(await withRecords(await writeXlsx(model)));
  const directory = readCentralDirectory(existing, INSPECT_LIMITS.zipEntries);
  const names = directory.ok ? directory.value.map((entry) => entry.name) : [];
  const lost = PARTS_LOST.filter(({ prefix }) => names.some((name) => name.startsWith(prefix)));
  if (lost.length > 0) {
    return failure("history.parts_lost", historyTexts.partsLost(fileName, lost.map(({ name }) => name).join(", ")));
  }
  // The records are all in memory already: ExcelJS need not load the old sheet's rows only to drop them.
  return success(await withRecords(await replaceSheetsInXlsx(withSheetEmptied(existing, HISTORY_SHEET), model)));
}
