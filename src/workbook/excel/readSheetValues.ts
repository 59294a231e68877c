/**
 * The values typed in named sheets of the open workbook, as text anchored at A1, in one sync.
 * Needs ExcelApi 1.4 (getItemOrNullObject, getUsedRangeOrNullObject).
 */

export interface SheetValues {
  /** Sheet name → its cells as text; tables[name][0][0] is A1, so row numbers are the sheet's. */
  tables: Record<string, string[][]>;
  /** Names asked for that the workbook does not have. */
  missing: string[];
}

type CellEntry = string | number | boolean | null | undefined;

/** Offsets the used range back to A1: a sheet whose first rows or columns are empty keeps its row numbers. */
function anchoredAtA1(values: CellEntry[][], rowIndex: number, columnIndex: number): string[][] {
  const padding = Array.from({ length: columnIndex }, () => "");
  const emptyRows = Array.from({ length: rowIndex }, (): string[] => []);
  return [
    ...emptyRows,
    ...values.map((row) => [...padding, ...row.map((value) => (value == null ? "" : String(value)))]),
  ];
}

export async function readSheetValues(context: Excel.RequestContext, names: readonly string[]): Promise<SheetValues> {
  const requests = names.map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    // valuesOnly: cells that are only formatted (the spare rows of a catalog sheet) do not widen the range.
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("values,rowIndex,columnIndex");
    return { name, sheet, used };
  });
  await context.sync();
  const tables: Record<string, string[][]> = {};
  const missing: string[] = [];
  for (const { name, sheet, used } of requests) {
    if (sheet.isNullObject) missing.push(name);
    else tables[name] = used.isNullObject ? [] : anchoredAtA1(used.values, used.rowIndex, used.columnIndex);
  }
  return { tables, missing };
}
