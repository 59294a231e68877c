/** Writes the neutral table model to .xlsx bytes with ExcelJS (Node and browser alike). */
import ExcelJS from "exceljs";
import { address, parseAddress, parseRange } from "../model/addresses";
import { assertWritable } from "../model/checkWorkbook";
import type { RangeBounds, Sheet, SheetTable, Workbook } from "../model/types";
import {
  styleConverter,
  toExcelValue,
  worksheetOptions,
  writeCell,
  writeDefinedNames,
  writeSheetSettings,
  writeWorkbookProperties,
  type StyleConverter,
} from "./excelJsSheet";
import { withFixedZipDates } from "./writeZipDates";

function insideAny({ row, col }: { row: number; col: number }, ranges: RangeBounds[]): boolean {
  return ranges.some((b) => row >= b.top && row <= b.bottom && col >= b.left && col <= b.right);
}

function writeCells(worksheet: ExcelJS.Worksheet, sheet: Sheet, convertStyle: StyleConverter) {
  // A table writes its own cells' values (addTable); writing them here too would double the work on a long table.
  const inTable = (sheet.tables ?? []).map((table) => parseRange(table.range));
  for (const [key, cell] of Object.entries(sheet.cells)) {
    if (inTable.length > 0 && cell.style === undefined && insideAny(parseAddress(key), inTable)) continue;
    writeCell(worksheet.getCell(key), cell, convertStyle);
  }
}

/** Header names from the range's first row, data rows below it: ExcelJS writes a table's cells from these. */
function addTable(worksheet: ExcelJS.Worksheet, sheet: Sheet, table: SheetTable) {
  const bounds = parseRange(table.range);
  const valueAt = (row: number, col: number) => {
    const cell = sheet.cells[address(row, col)];
    return cell ? toExcelValue(cell) : null;
  };
  const cols = Array.from({ length: bounds.right - bounds.left + 1 }, (_, i) => bounds.left + i);
  const rows = Array.from({ length: bounds.bottom - bounds.top }, (_, i) => bounds.top + 1 + i);
  worksheet.addTable({
    name: table.name,
    ref: address(bounds.top, bounds.left),
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: cols.map((col) => ({ name: String(valueAt(bounds.top, col) ?? ""), filterButton: true })),
    rows: rows.map((row) => cols.map((col) => valueAt(row, col))),
  });
}

async function writeSheet(workbook: ExcelJS.Workbook, model: Workbook, sheet: Sheet) {
  if (sheet.laterRows) throw new Error(`Sheet ${sheet.name} makes its rows later: only writeXlsxStreamed takes it`);
  const worksheet = workbook.addWorksheet(sheet.name, worksheetOptions(sheet));
  for (const [col, width] of Object.entries(sheet.columnWidths)) worksheet.getColumn(Number(col)).width = width;
  for (const [row, height] of Object.entries(sheet.rowHeights)) worksheet.getRow(Number(row)).height = height;
  writeCells(worksheet, sheet, styleConverter(model));
  // Without style, so each merged cell keeps its own borders.
  for (const merge of sheet.merges) worksheet.mergeCellsWithoutStyle(merge);
  for (const table of sheet.tables ?? []) addTable(worksheet, sheet, table);
  await writeSheetSettings(worksheet, sheet);
}

/** A model that breaks Excel's rules (see checkWorkbook) is a programming error: it throws. */
export async function writeXlsx(model: Workbook): Promise<Uint8Array> {
  assertWritable(model);
  const workbook = new ExcelJS.Workbook();
  writeWorkbookProperties(workbook, model);
  for (const sheet of model.sheets) await writeSheet(workbook, model, sheet);
  writeDefinedNames(workbook, model);
  const buffer = await workbook.xlsx.writeBuffer();
  return withFixedZipDates(new Uint8Array(buffer), model.modified);
}

/**
 * The model's sheets written into an existing .xlsx, each replacing the sheet of its name (added last when there is
 * none); the other sheets are kept as ExcelJS reads them. The model's styles serve its own sheets only.
 */
export async function replaceSheetsInXlsx(bytes: Uint8Array, model: Workbook): Promise<Uint8Array> {
  assertWritable(model);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  for (const sheet of model.sheets) {
    const old = workbook.getWorksheet(sheet.name);
    if (old) workbook.removeWorksheet(old.id);
    await writeSheet(workbook, model, sheet);
  }
  workbook.modified = model.modified;
  const buffer = await workbook.xlsx.writeBuffer();
  return withFixedZipDates(new Uint8Array(buffer), model.modified);
}
