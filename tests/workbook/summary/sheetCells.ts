/** Reading a built sheet the way the officer reads it: by row, by the text in a column. */
import { address } from "../../../src/workbook/model/addresses";
import type { CellValue, Sheet, StyleRef, Workbook } from "../../../src/workbook/model/types";

export function sheetNamed(workbook: Workbook, name: string): Sheet {
  const sheet = workbook.sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`test setup: no sheet ${name}`);
  return sheet;
}

export function valueAt(sheet: Sheet, row: number, col: number): CellValue | undefined {
  return sheet.cells[address(row, col)]?.value;
}

export function styleAt(sheet: Sheet, row: number, col: number): StyleRef | undefined {
  return sheet.cells[address(row, col)]?.style;
}

export function rowValues(sheet: Sheet, row: number, columns: number): (CellValue | undefined)[] {
  return Array.from({ length: columns }, (_, i) => valueAt(sheet, row, i + 1));
}

/** The first row whose cell in `col` holds `value`. */
export function rowWith(sheet: Sheet, col: number, value: CellValue): number {
  for (let row = 1; row <= 1000; row++) if (valueAt(sheet, row, col) === value) return row;
  throw new Error(`test setup: no row with ${String(value)} in column ${col}`);
}

export function lastRow(sheet: Sheet): number {
  return Math.max(...Object.keys(sheet.cells).map((key) => Number(key.replace(/^[A-Z]+/, ""))));
}
