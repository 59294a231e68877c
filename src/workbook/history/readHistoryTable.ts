/** The table "Dữ liệu các kỳ" read back from a sheet (file or open workbook alike), columns found by their names. */
import { parsePeriod } from "../../domain/language/parsePeriod";
import type { HistoryItemKind, HistoryRecord } from "../../domain/history/types";
import { failure, success, type ParseIssue, type ParseResult } from "../../domain/result";
import { historyTexts } from "../../domain/texts/history";
import type { CellInput } from "../../domain/submission/types";
import { inputText, type SheetGrid } from "../reading/sheetGrid";
import { HISTORY_FIELDS, NUMBER_FIELDS, REQUIRED_FIELDS, type HistoryField } from "./historyColumns";

const KIND_OF_TEXT = new Map(
  (Object.entries(historyTexts.kinds) as [HistoryItemKind, string][]).map(([kind, text]) => [text, kind]),
);

/**
 * Rows below the header up to the sheet's last; a row without period is skipped (an officer's blank or note row).
 * Every bad cell is reported, with its sheet and address; nothing is read from a table with one.
 */
export function readHistoryTable(grid: SheetGrid): ParseResult<HistoryRecord[]> {
  const columns = new Map<HistoryField, number>();
  const headers = new Map(grid.rowTexts(1).map(([col, text]) => [text.trim(), col]));
  for (const field of HISTORY_FIELDS) {
    const col = headers.get(historyTexts.columns[field]);
    if (col !== undefined) columns.set(field, col);
  }
  const missing = REQUIRED_FIELDS.filter((field) => !columns.has(field));
  if (missing.length > 0) {
    return failure("history.missing_column", historyTexts.missingColumn(grid.name, historyTexts.columns[missing[0]]));
  }
  const records: HistoryRecord[] = [];
  const issues: ParseIssue[] = [];
  for (let row = 2; row <= grid.rowCount; row++) {
    const read = readRow(grid, row, columns);
    if (read === undefined) continue;
    if (read.ok) records.push(read.value);
    else issues.push(...read.issues);
  }
  return issues.length > 0 ? { ok: false, issues } : success(records);
}

function readRow(
  grid: SheetGrid,
  row: number,
  columns: Map<HistoryField, number>,
): ParseResult<HistoryRecord> | undefined {
  const input = (field: HistoryField): CellInput | undefined => {
    const col = columns.get(field);
    return col === undefined ? undefined : grid.input(row, col);
  };
  const text = (field: HistoryField) => {
    const cell = input(field);
    return cell ? inputText(cell).trim() : "";
  };
  const period = input("period") as CellInput;
  if (text("period") === "") return undefined;
  if (!parsePeriod(text("period")).ok) return rowFailure("history.bad_period", historyTexts.badPeriod, period);
  const kindCell = input("kind") as CellInput;
  const kind = KIND_OF_TEXT.get(text("kind"));
  if (!kind) return rowFailure("history.bad_kind", historyTexts.badKind, kindCell);
  const record: HistoryRecord = {
    period: text("period"),
    unitId: text("unitId"),
    unitName: text("unitName"),
    kind,
    itemId: text("itemId"),
    text: text("text"),
  };
  for (const field of ["status", "receivedAt", "file", "cell"] as const) {
    if (text(field) !== "") record[field] = text(field);
  }
  for (const field of NUMBER_FIELDS) {
    const cell = input(field);
    if (!cell || text(field) === "") continue;
    const number = typeof cell.raw === "number" ? cell.raw : Number(text(field).replace(",", "."));
    if (!Number.isFinite(number)) return rowFailure("history.bad_number", historyTexts.badNumber, cell);
    record[field] = number;
  }
  return success(record);
}

function rowFailure(
  code: string,
  message: (sheet: string, cell: string, text: string) => string,
  cell: CellInput,
): ParseResult<HistoryRecord> {
  return failure(code, message(cell.sheet, cell.cell, inputText(cell)), [cell.sheet, cell.cell]);
}
