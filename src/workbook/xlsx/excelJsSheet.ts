/**
 * The neutral model's cells, styles and sheet settings in ExcelJS's terms, shared by the two writers: the whole
 * workbook in memory (writeXlsx, Node and browser) and the workbook streamed row by row (writeXlsxStreamed, Node).
 */
import ExcelJS from "exceljs";
import { address, columnLetters, parseRange, quoteSheetName, rangeAddress } from "../model/addresses";
import { cellNumberFormat, isFormula, numericRuleBounds, resolveStyle } from "../model/cellFormats";
import { linkTarget, linkText } from "../model/links";
import type {
  Borders,
  Cell,
  CellStyle,
  ConditionalFormat,
  DataValidation,
  HeaderFooterText,
  PrintSetup,
  Sheet,
  SheetProtection,
  Workbook,
} from "../model/types";
import { neutraliseText } from "../safeText";

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

export type StyleConverter = (cell: Cell) => Partial<ExcelJS.Style>;

/** Converted styles are shared between cells (ExcelJS keeps a reference), one per style and number format. */
export function styleConverter(model: Workbook): StyleConverter {
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

/** The page setup and header/footer a print setup means, laid over what the sheet already has. */
function printSettings(
  print: PrintSetup,
  current: { pageSetup?: Partial<ExcelJS.PageSetup>; headerFooter?: Partial<ExcelJS.HeaderFooter> } = {},
): { pageSetup: Partial<ExcelJS.PageSetup>; headerFooter: Partial<ExcelJS.HeaderFooter> } {
  const inches = (mm: number) => mm / MM_PER_INCH;
  const m = print.marginsMm;
  return {
    pageSetup: {
      ...current.pageSetup,
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
    },
    headerFooter: {
      ...current.headerFooter,
      ...(print.unnumberedFirstPage ? { differentFirst: true } : {}),
      ...(print.header ? { oddHeader: headerFooterCode(print.header) } : {}),
      ...(print.footer ? { oddFooter: headerFooterCode(print.footer) } : {}),
    },
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

/**
 * The options a sheet is added with: its state, frozen panes and print setup. The streaming writer takes the panes
 * and the page's fit only here: it writes the sheet's opening as soon as the sheet is added.
 */
export function worksheetOptions(sheet: Sheet): Partial<ExcelJS.AddWorksheetOptions> {
  const views: Partial<ExcelJS.WorksheetView>[] = [];
  if (sheet.frozen) {
    const { rows, columns } = sheet.frozen;
    views.push({ state: "frozen", xSplit: columns, ySplit: rows, topLeftCell: address(rows + 1, columns + 1) });
  }
  return {
    state: sheet.state,
    ...(views.length > 0 ? { views } : {}),
    ...(sheet.print ? printSettings(sheet.print) : {}),
  };
}

/** What both writers set on a sheet apart from its cells, merges and tables; ExcelJS writes these at the sheet's end. */
export async function writeSheetSettings(worksheet: ExcelJS.Worksheet, sheet: Sheet): Promise<void> {
  for (const validation of sheet.validations) {
    (worksheet as unknown as WithRangeValidations).dataValidations.add(
      rangeAddress(parseRange(validation.range)),
      toDataValidation(validation),
    );
  }
  sheet.conditionalFormats.forEach((format, i) =>
    worksheet.addConditionalFormatting(toConditionalFormatting(format, i + 1)),
  );
  if (sheet.print) Object.assign(worksheet, printSettings(sheet.print, worksheet));
  if (sheet.protection) await worksheet.protect("", protectionOptions(sheet.protection));
}

function absoluteRange(range: string): string {
  return range.replace(/([A-Za-z]+)(\d+)/g, "$$$1$$$2");
}

/** A model cell on ExcelJS's: its value (`withValue` false for a cell a merge covers) and its style, if any. */
export function writeCell(target: ExcelJS.Cell, cell: Cell, convertStyle: StyleConverter, withValue = true): void {
  if (withValue && (cell.value !== null || cell.link)) target.value = toExcelValue(cell);
  const style = convertStyle(cell);
  if (Object.keys(style).length > 0) target.style = style;
}

/** The model's author and dates on either writer's workbook, before its sheets. */
export function writeWorkbookProperties(book: ExcelJS.Workbook, model: Workbook): void {
  book.creator = model.creator;
  book.lastModifiedBy = model.creator;
  book.created = model.created;
  book.modified = model.modified;
}

/** The model's own names, after the sheets (print areas and titles come from each sheet's page setup). */
export function writeDefinedNames(book: ExcelJS.Workbook, model: Workbook): void {
  for (const defined of model.definedNames) {
    book.definedNames.add(`${quoteSheetName(defined.sheet)}!${absoluteRange(defined.range)}`, defined.name);
  }
}
