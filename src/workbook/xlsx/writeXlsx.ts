/** Writes the neutral table model to .xlsx bytes with ExcelJS (Node and browser alike). */
import ExcelJS from "exceljs";
import { address, parseAddress, columnLetters, parseRange, quoteSheetName, rangeAddress } from "../model/addresses";
import { cellNumberFormat, isFormula, numericRuleBounds, resolveStyle } from "../model/cellFormats";
import { assertWritable } from "../model/checkWorkbook";
import { linkTarget, linkText } from "../model/links";
import type {
  Borders,
  Cell,
  CellStyle,
  ConditionalFormat,
  DataValidation,
  HeaderFooterText,
  PrintSetup,
  RangeBounds,
  Sheet,
  SheetProtection,
  SheetTable,
  Workbook,
} from "../model/types";
import { neutraliseText } from "../safeText";
import { withFixedZipDates } from "./writeZipDates";

/** ExcelJS 4.4 has range-wide data validations but its typings do not declare them. */
interface WithRangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

const MM_PER_INCH = 25.4;
/** SpreadsheetML's paper size code for A4. */
const PAPER_SIZE_A4 = 9;

function argb(hex: string): { argb: string } {
  return { argb: `FF${hex.toUpperCase()}` };
}

function toBorder(borders: Borders): Partial<ExcelJS.Borders> {
  const result: Partial<ExcelJS.Borders> = {};
  for (const side of ["top", "bottom", "left", "right"] as const) {
    const edge = borders[side];
    if (edge) result[side] = { style: edge.line, ...(edge.color ? { color: argb(edge.color) } : {}) };
  }
  return result;
}

function toExcelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const result: Partial<ExcelJS.Style> = {};
  if (style.font) {
    const { color, ...font } = style.font;
    result.font = { ...font, ...(color ? { color: argb(color) } : {}) };
  }
  if (style.fill) result.fill = { type: "pattern", pattern: "solid", fgColor: argb(style.fill) };
  if (style.horizontal || style.vertical || style.wrap !== undefined) {
    result.alignment = {
      ...(style.horizontal ? { horizontal: style.horizontal } : {}),
      ...(style.vertical ? { vertical: style.vertical } : {}),
      ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
    };
  }
  if (style.borders) result.border = toBorder(style.borders);
  if (style.locked !== undefined) result.protection = { locked: style.locked };
  return result;
}

export function toExcelValue({ value, link }: Cell): ExcelJS.CellValue {
  if (link) {
    const text = neutraliseText(linkText(value, link));
    return { text, hyperlink: linkTarget(link), ...(link.tooltip !== undefined ? { tooltip: link.tooltip } : {}) };
  }
  if (typeof value === "string") return neutraliseText(value);
  if (isFormula(value)) return { formula: value.formula, result: value.result } as ExcelJS.CellFormulaValue;
  return value;
}

/** Converted styles are shared between cells (ExcelJS keeps a reference), one per style and number format. */
function styleConverter(model: Workbook): (cell: Cell) => Partial<ExcelJS.Style> {
  const cache = new Map<CellStyle | undefined, Map<string | undefined, Partial<ExcelJS.Style>>>();
  return (cell) => {
    const style = resolveStyle(model, cell.style);
    const numberFormat = cellNumberFormat(cell.value, style);
    const byFormat = cache.get(style) ?? new Map<string | undefined, Partial<ExcelJS.Style>>();
    cache.set(style, byFormat);
    let converted = byFormat.get(numberFormat);
    if (!converted) {
      const base = style ? toExcelStyle(style) : {};
      converted = numberFormat === undefined ? base : { ...base, numFmt: numberFormat };
      byFormat.set(numberFormat, converted);
    }
    return converted;
  };
}

function insideAny({ row, col }: { row: number; col: number }, ranges: RangeBounds[]): boolean {
  return ranges.some((b) => row >= b.top && row <= b.bottom && col >= b.left && col <= b.right);
}

function writeCells(worksheet: ExcelJS.Worksheet, sheet: Sheet, convertStyle: (cell: Cell) => Partial<ExcelJS.Style>) {
  // A table writes its own cells' values (addTable); writing them here too would double the work on a long table.
  const inTable = (sheet.tables ?? []).map((table) => parseRange(table.range));
  for (const [key, cell] of Object.entries(sheet.cells)) {
    if (inTable.length > 0 && cell.style === undefined && insideAny(parseAddress(key), inTable)) continue;
    const target = worksheet.getCell(key);
    if (cell.value !== null || cell.link) target.value = toExcelValue(cell);
    const style = convertStyle(cell);
    if (Object.keys(style).length > 0) target.style = style;
  }
}

function toDataValidation(validation: DataValidation): ExcelJS.DataValidation {
  const messages = {
    allowBlank: validation.allowBlank,
    ...(validation.prompt
      ? { showInputMessage: true, promptTitle: validation.prompt.title, prompt: validation.prompt.message }
      : {}),
    ...(validation.error
      ? {
          showErrorMessage: true,
          errorStyle: validation.error.style ?? "stop",
          errorTitle: validation.error.title,
          error: validation.error.message,
        }
      : {}),
  };
  const { rule } = validation;
  switch (rule.kind) {
    case "list":
      return { type: "list", formulae: [`"${rule.values.map(neutraliseText).join(",")}"`], ...messages };
    case "listRange":
      return { type: "list", formulae: [rule.range], ...messages };
    case "custom":
      return { type: "custom", formulae: [rule.formula], ...messages };
    case "whole":
    case "decimal": {
      const bounds = numericRuleBounds(rule);
      return { type: rule.kind, operator: bounds.operator, formulae: bounds.values, ...messages };
    }
  }
}

function toConditionalFormatting(format: ConditionalFormat, priority: number): ExcelJS.ConditionalFormattingOptions {
  const { fill, font } = format.style;
  const style: Partial<ExcelJS.Style> = {
    // Differential (conditional) fills take their solid colour from bgColor.
    ...(fill ? { fill: { type: "pattern", pattern: "solid", bgColor: argb(fill) } } : {}),
    ...(font
      ? { font: { bold: font.bold, italic: font.italic, ...(font.color ? { color: argb(font.color) } : {}) } }
      : {}),
  };
  const rule: ExcelJS.ConditionalFormattingRule =
    format.rule.kind === "formula"
      ? { type: "expression", formulae: [format.rule.formula], style, priority }
      : {
          type: "cellIs",
          operator: format.rule.operator as ExcelJS.CellIsOperators,
          formulae: format.rule.values,
          style,
          priority,
        };
  return { ref: format.range, rules: [rule] };
}

/** Excel's header/footer code: &L, &C and &R open the three sections. */
function headerFooterCode(text: HeaderFooterText): string {
  return [
    text.left ? `&L${text.left}` : "",
    text.center ? `&C${text.center}` : "",
    text.right ? `&R${text.right}` : "",
  ].join("");
}

/** ExcelJS puts "$" before each corner's column itself; the rows' "$" are ours to add. */
function printAreaForExcelJs(range: string): string {
  const b = parseRange(range);
  return `${columnLetters(b.left)}$${b.top}:${columnLetters(b.right)}$${b.bottom}`;
}

function writePrintSetup(worksheet: ExcelJS.Worksheet, print: PrintSetup) {
  const inches = (mm: number) => mm / MM_PER_INCH;
  const m = print.marginsMm;
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    paperSize: PAPER_SIZE_A4,
    orientation: print.orientation,
    margins: {
      top: inches(m.top),
      bottom: inches(m.bottom),
      left: inches(m.left),
      right: inches(m.right),
      header: inches(m.header),
      footer: inches(m.footer),
    },
    horizontalCentered: print.centerHorizontally ?? false,
    ...(print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false }),
    ...(print.titleRows ? { printTitlesRow: `${print.titleRows.first}:${print.titleRows.last}` } : {}),
    ...(print.printArea ? { printArea: printAreaForExcelJs(print.printArea) } : {}),
    ...(print.firstPageNumber !== undefined ? { firstPageNumber: print.firstPageNumber } : {}),
  };
  worksheet.headerFooter = {
    ...worksheet.headerFooter,
    ...(print.unnumberedFirstPage ? { differentFirst: true } : {}),
    ...(print.header ? { oddHeader: headerFooterCode(print.header) } : {}),
    ...(print.footer ? { oddFooter: headerFooterCode(print.footer) } : {}),
  };
}

/** Every allowance spelled out: SpreadsheetML's defaults would let a user select locked cells unless told otherwise. */
function protectionOptions(protection: SheetProtection): Partial<ExcelJS.WorksheetProtection> {
  const { allow } = protection;
  return {
    selectLockedCells: allow.selectLockedCells ?? false,
    selectUnlockedCells: allow.selectUnlockedCells ?? false,
    formatCells: allow.formatCells ?? false,
    formatColumns: allow.formatColumns ?? false,
    formatRows: allow.formatRows ?? false,
    insertRows: allow.insertRows ?? false,
    deleteRows: allow.deleteRows ?? false,
    sort: allow.sort ?? false,
    autoFilter: allow.autoFilter ?? false,
  };
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
  const worksheet = workbook.addWorksheet(sheet.name, { state: sheet.state });
  for (const [col, width] of Object.entries(sheet.columnWidths)) worksheet.getColumn(Number(col)).width = width;
  for (const [row, height] of Object.entries(sheet.rowHeights)) worksheet.getRow(Number(row)).height = height;
  writeCells(worksheet, sheet, styleConverter(model));
  // Without style, so each merged cell keeps its own borders.
  for (const merge of sheet.merges) worksheet.mergeCellsWithoutStyle(merge);
  if (sheet.frozen) {
    const { rows, columns } = sheet.frozen;
    worksheet.views = [{ state: "frozen", xSplit: columns, ySplit: rows, topLeftCell: address(rows + 1, columns + 1) }];
  }
  for (const validation of sheet.validations) {
    (worksheet as unknown as WithRangeValidations).dataValidations.add(
      rangeAddress(parseRange(validation.range)),
      toDataValidation(validation),
    );
  }
  sheet.conditionalFormats.forEach((format, i) =>
    worksheet.addConditionalFormatting(toConditionalFormatting(format, i + 1)),
  );
  for (const table of sheet.tables ?? []) addTable(worksheet, sheet, table);
  if (sheet.print) writePrintSetup(worksheet, sheet.print);
  if (sheet.protection) await worksheet.protect("", protectionOptions(sheet.protection));
}

function absoluteRange(range: string): string {
  return range.replace(/([A-Za-z]+)(\d+)/g, "$$$1$$$2");
}

/** A model that breaks Excel's rules (see checkWorkbook) is a programming error: it throws. */
export async function writeXlsx(model: Workbook): Promise<Uint8Array> {
  assertWritable(model);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = model.creator;
  workbook.lastModifiedBy = model.creator;
  workbook.created = model.created;
  workbook.modified = model.modified;
  for (const sheet of model.sheets) await writeSheet(workbook, model, sheet);
  for (const defined of model.definedNames) {
    workbook.definedNames.add(`${quoteSheetName(defined.sheet)}!${absoluteRange(defined.range)}`, defined.name);
  }
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
