/** The sheet "Dữ liệu các kỳ": every period's records as one Excel table, header row first, one row per record. */
import type { HistoryRecord } from "../../domain/history/types";
import { HISTORY_SHEET, HISTORY_TABLE, historyTexts } from "../../domain/texts/history";
import { address } from "../model/addresses";
import { createSheet, setCell } from "../model/buildSheet";
import type { CellValue, Sheet } from "../model/types";
import { HISTORY_FIELDS, HISTORY_WIDTHS, type HistoryField } from "./historyColumns";

function cellValue(record: HistoryRecord, field: HistoryField): CellValue {
  if (field === "kind") return historyTexts.kinds[record.kind];
  return record[field] ?? null;
}

/** A record's row of the table, its columns in order (null where it has no value). */
export function historyRow(record: HistoryRecord): CellValue[] {
  return HISTORY_FIELDS.map((field) => cellValue(record, field));
}

/** An Excel table needs a data row: with no record the table holds one empty row. */
export function historySheet(records: HistoryRecord[]): Sheet {
  const sheet = createSheet(HISTORY_SHEET);
  HISTORY_FIELDS.forEach((field, i) => {
    setCell(sheet, 1, i + 1, historyTexts.columns[field]);
    sheet.columnWidths[i + 1] = HISTORY_WIDTHS[field];
  });
  records.forEach((record, r) =>
    historyRow(record).forEach((value, i) => {
      if (value !== null) setCell(sheet, r + 2, i + 1, value);
    }),
  );
  const lastRow = Math.max(2, records.length + 1);
  sheet.frozen = { rows: 1, columns: 0 };
  sheet.tables = [{ name: HISTORY_TABLE, range: `A1:${address(lastRow, HISTORY_FIELDS.length)}` }];
  return sheet;
}
