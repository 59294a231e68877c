/**
 * An ExcelJS worksheet seen through the form reader's SheetGrid: how the samples find the cells to fill in the
 * form they are writing. Files are read by workbook/xlsx/readXlsx, never through ExcelJS.
 */
import type ExcelJS from "exceljs";
import type { SheetGrid } from "../workbook/reading/sheetGrid";
import { cellAt, cellText, coveringMerge, readCellInput } from "./excelJsCell";

export function excelJsGrid(worksheet: ExcelJS.Worksheet, name: string = worksheet.name): SheetGrid {
  return {
    name,
    rowCount: worksheet.rowCount,
    input: (row, col) => readCellInput(cellAt(worksheet, row, col), name),
    rowTexts(row) {
      const texts: [number, string][] = [];
      worksheet.getRow(row).eachCell((cell, col) => {
        const text = cellText(cell);
        if (text !== "") texts.push([col, text]);
      });
      return texts;
    },
    coveringMerge: (row, col) => coveringMerge(cellAt(worksheet, row, col)),
  };
}
