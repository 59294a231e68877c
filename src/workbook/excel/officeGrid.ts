/** A used range loaded through Office.js (values, formulas, formats, types) seen as the form reader's SheetGrid. */
import type { CellInput } from "../../domain/submission/types";
import { address } from "../model/addresses";
import { dayFromSerial } from "../../domain/language/dayFromSerial";
import { isDateFormat, isPercentFormat, textOrBlank } from "../reading/cellValues";
import type { SheetGrid } from "../reading/sheetGrid";

/** The loaded properties of a used range, as plain arrays (row-major, starting at rowIndex/columnIndex). */
export interface LoadedRange {
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
}

function officeCellInput(range: LoadedRange, sheet: string, row: number, col: number): CellInput {
  const r = row - 1 - range.rowIndex;
  const c = col - 1 - range.columnIndex;
  const input: CellInput = { sheet, cell: address(row, col), raw: null };
  const value = range.values[r]?.[c];
  if (value === undefined) return input;
  const type = range.valueTypes[r]?.[c];
  const format = String(range.numberFormat[r]?.[c] ?? "");
  const formula = range.formulas[r]?.[c];
  if (typeof formula === "string" && formula.startsWith("=")) input.formula = true;
  if (isPercentFormat(format)) input.percentFormat = true;
  if (type === "Error") input.error = String(value);
  else if (typeof value === "string") input.raw = textOrBlank(value);
  else if (typeof value === "number") input.raw = isDateFormat(format) ? dayFromSerial(value) : value;
  else if (typeof value === "boolean") input.raw = value;
  return input;
}

/**
 * Merged areas need ExcelApi 1.13 and another request per sheet, so this grid reports none: a covered cell
 * reads blank, as Excel shows it, and only the reader's "merged cells" warning is lost.
 */
export function officeGrid(name: string, range: LoadedRange): SheetGrid {
  const rows = range.values.length;
  return {
    name,
    rowCount: rows === 0 ? 0 : range.rowIndex + rows,
    input: (row, col) => officeCellInput(range, name, row, col),
    rowTexts(row) {
      const texts: [number, string][] = [];
      (range.values[row - 1 - range.rowIndex] ?? []).forEach((_, c) => {
        const { raw } = officeCellInput(range, name, row, range.columnIndex + c + 1);
        if (raw !== null) texts.push([range.columnIndex + c + 1, String(raw)]);
      });
      return texts;
    },
    coveringMerge: () => undefined,
  };
}
