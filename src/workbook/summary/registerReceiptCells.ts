/** The register sheet read back: each unit's file and its "Thời điểm nhận" cell, wherever the header row is. */
import type { RegisterReceiptEntry } from "../../domain/receipts/registerCorrections";
import { SUMMARY_SHEETS, summaryTexts } from "../../domain/texts/summary";
import { address } from "../model/addresses";

const [, , , , FILE_HEADER, TIME_HEADER] = summaryTexts.register.headers;

/** `table[0][0]` is A1. Rows without a file or a time are left out: nothing was sent, or the officer cleared it. */
export function registerReceiptCells(table: string[][]): RegisterReceiptEntry[] {
  const headerRow = table.findIndex((row) => row.includes(FILE_HEADER) && row.includes(TIME_HEADER));
  if (headerRow < 0) return [];
  const fileColumn = table[headerRow].indexOf(FILE_HEADER);
  const timeColumn = table[headerRow].indexOf(TIME_HEADER);
  return table.slice(headerRow + 1).flatMap((row, index) => {
    const file = (row[fileColumn] ?? "").trim();
    const text = (row[timeColumn] ?? "").trim();
    if (file === "" || text === "") return [];
    const cell = address(headerRow + index + 2, timeColumn + 1);
    return [{ file, text, sheet: SUMMARY_SHEETS.register, cell }];
  });
}
