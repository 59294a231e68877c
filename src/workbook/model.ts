/**
 * The neutral table model: a plain-data description of a workbook that both writers
 * (ExcelJS for files, Office.js for the open workbook) render the same way.
 * JSON-serialisable except for Date values. Rows and columns are 1-based.
 */
import { failure, success, type ParseIssue, type ParseResult } from "../domain/result";
import { TEXT_NUMBER_FORMAT } from "./safeText";
import { WORKBOOK_TEXTS } from "../domain/texts/workbook";

/** Written only by our own code (sums, ratios), never taken from unit text. Without the leading "=". */
export interface FormulaValue {
  formula: string;
  result?: string | number | boolean | Date;
}

/** Dates are calendar dates in UTC (build them with Date.UTC), as ExcelJS converts them. */
export type CellValue = string | number | boolean | Date | null | FormulaValue;

/** Colours are "RRGGBB" hex without "#". */
export interface FontStyle {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  color?: string;
}

export type HorizontalAlignment = "left" | "center" | "right" | "justify";
export type VerticalAlignment = "top" | "middle" | "bottom";
export type BorderLine = "thin" | "medium" | "thick" | "dashed" | "dotted" | "double";

export interface BorderEdge {
  line: BorderLine;
  color?: string;
}

export interface Borders {
  top?: BorderEdge;
  bottom?: BorderEdge;
  left?: BorderEdge;
  right?: BorderEdge;
}

export interface CellStyle {
  font?: FontStyle;
  /** Solid fill colour. */
  fill?: string;
  horizontal?: HorizontalAlignment;
  vertical?: VerticalAlignment;
  wrap?: boolean;
  borders?: Borders;
  numberFormat?: string;
  /** Excel cells are locked by default; input cells say `locked: false`. */
  locked?: boolean;
}

/** A style id (a key of `Workbook.styles`) or an inline style. */
export type StyleRef = string | CellStyle;

/**
 * A link to a cell of this workbook (no file) or of another workbook, given by its path relative to this one.
 * Structured, never a formula or free text, so no URL or network path can be written (see isSafeLink).
 */
export interface CellLink {
  file?: string;
  sheet: string;
  cell: string;
  tooltip?: string;
}

export interface Cell {
  value: CellValue;
  style?: StyleRef;
  link?: CellLink;
}

export type ErrorAlertStyle = "stop" | "warning" | "information";

export interface ValidationMessage {
  title: string;
  message: string;
}

/** Formulas (custom rule) are relative to the range's top-left cell, without the leading "=". */
export type ValidationRule =
  | { kind: "list"; values: string[] }
  /** A list of the values in a range of the same sheet, absolute ("$G$5:$G$66"): for lists past 255 characters. */
  | { kind: "listRange"; range: string }
  | { kind: "whole"; min: number; max?: number }
  | { kind: "decimal"; min: number; max?: number }
  | { kind: "custom"; formula: string };

export interface DataValidation {
  range: string;
  rule: ValidationRule;
  allowBlank: boolean;
  prompt?: ValidationMessage;
  error?: ValidationMessage & { style?: ErrorAlertStyle };
}

export type ComparisonOperator =
  "lessThan" | "lessThanOrEqual" | "greaterThan" | "greaterThanOrEqual" | "equal" | "notEqual" | "between";

export type ConditionalRule =
  { kind: "cellValue"; operator: ComparisonOperator; values: number[] } | { kind: "formula"; formula: string };

export interface ConditionalStyle {
  fill?: string;
  font?: { bold?: boolean; italic?: boolean; color?: string };
}

export interface ConditionalFormat {
  range: string;
  rule: ConditionalRule;
  style: ConditionalStyle;
}

/** What a user may still do on a protected sheet; unlisted actions are forbidden. */
export interface ProtectionAllowances {
  selectLockedCells?: boolean;
  selectUnlockedCells?: boolean;
  formatCells?: boolean;
  formatColumns?: boolean;
  formatRows?: boolean;
  insertRows?: boolean;
  deleteRows?: boolean;
  sort?: boolean;
  autoFilter?: boolean;
}

/** Protection without a password: it guards against slips, not against the officer. */
export interface SheetProtection {
  allow: ProtectionAllowances;
}

export interface HeaderFooterText {
  left?: string;
  center?: string;
  right?: string;
}

export interface MarginsMm {
  top: number;
  bottom: number;
  left: number;
  right: number;
  header: number;
  footer: number;
}

export interface PrintSetup {
  orientation: "portrait" | "landscape";
  paper: "A4";
  marginsMm: MarginsMm;
  /** Rows repeated on every printed page, e.g. { first: 4, last: 5 }. */
  titleRows?: { first: number; last: number };
  /** Fit all columns to one page wide; the height follows the rows. */
  fitToWidth?: boolean;
  /** Texts use Excel's codes: &P page number, &N page count. */
  header?: HeaderFooterText;
  footer?: HeaderFooterText;
  printArea?: string;
  centerHorizontally?: boolean;
  /** Numbers this sheet's pages from this number, so each appendix counts its own pages from 1 whatever prints before it. */
  firstPageNumber?: number;
  /** The first page prints without header and footer (Nghị định 30: the first page of a document is not numbered). */
  unnumberedFirstPage?: boolean;
}

export type SheetState = "visible" | "hidden" | "veryHidden";

/** An Excel table over `range`, whose first row holds the column names: officers filter, sort and pivot it. */
export interface SheetTable {
  /** Letters, digits and underscores, unique in the workbook. */
  name: string;
  range: string;
}

export interface Sheet {
  name: string;
  state: SheetState;
  /** Sparse, keyed by A1 address ("B7"). */
  cells: Record<string, Cell>;
  merges: string[];
  /** Column index → width in Excel's character units. */
  columnWidths: Record<number, number>;
  /** Row index → height in points. */
  rowHeights: Record<number, number>;
  frozen?: { rows: number; columns: number };
  validations: DataValidation[];
  conditionalFormats: ConditionalFormat[];
  protection?: SheetProtection;
  print?: PrintSetup;
  tables?: SheetTable[];
}

/** A workbook-scoped name for a range of one sheet. */
export interface DefinedName {
  name: string;
  sheet: string;
  range: string;
}

export interface Workbook {
  creator: string;
  /** Fixed dates make the written file the same bytes for the same model. */
  created: Date;
  modified: Date;
  styles: Record<string, CellStyle>;
  sheets: Sheet[];
  definedNames: DefinedName[];
}

export interface CellPosition {
  row: number;
  col: number;
}

export interface RangeBounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Excel's sheet-name limit, and the characters it refuses in a name (plus the apostrophe, which ExcelJS leaves unescaped in references). */
export const MAX_SHEET_NAME_LENGTH = 31;
const FORBIDDEN_SHEET_NAME_CHARACTERS = /[\\/?*[\]:']/;

export function columnLetters(col: number): string {
  let letters = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** address(7, 2) → "B7". */
export function address(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** parseAddress("B7") → { row: 7, col: 2 }; "$B$7" is accepted too. */
export function parseAddress(a1: string): CellPosition {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!match) throw new Error(`Not an A1 cell address: ${a1}`);
  return { row: Number(match[2]), col: columnNumber(match[1]) };
}

/** "B7:D9" (or a single cell "B7") → its bounds. */
export function parseRange(a1: string): RangeBounds {
  const [first, last = first] = a1.split(":");
  const a = parseAddress(first);
  const b = parseAddress(last);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function rangeAddress(bounds: RangeBounds): string {
  const topLeft = address(bounds.top, bounds.left);
  const bottomRight = address(bounds.bottom, bounds.right);
  return topLeft === bottomRight ? topLeft : `${topLeft}:${bottomRight}`;
}

/** The sheet name as Excel writes it inside a reference: 'Phụ lục II'!A1. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function formula(text: string, result?: FormulaValue["result"]): FormulaValue {
  const body = text.startsWith("=") ? text.slice(1) : text;
  return result === undefined ? { formula: body } : { formula: body, result };
}

export function isFormula(value: CellValue): value is FormulaValue {
  return typeof value === "object" && value !== null && !(value instanceof Date);
}

/** Shown for a date whose style names no format: the Vietnamese day/month/year order. */
export const DEFAULT_DATE_FORMAT = "dd/mm/yyyy";

/** The number format a cell is written with: text stays text (see safeText.ts), dates show as dates. */
export function cellNumberFormat(value: CellValue, style: CellStyle | undefined): string | undefined {
  if (typeof value === "string") return TEXT_NUMBER_FORMAT;
  if (value instanceof Date) return style?.numberFormat ?? DEFAULT_DATE_FORMAT;
  return style?.numberFormat;
}

export type NumericRule = Extract<ValidationRule, { kind: "whole" | "decimal" }>;

/** "≥ min" alone, or "between min and max". */
export function numericRuleBounds(rule: NumericRule): { operator: "between" | "greaterThanOrEqual"; values: number[] } {
  return rule.max === undefined
    ? { operator: "greaterThanOrEqual", values: [rule.min] }
    : { operator: "between", values: [rule.min, rule.max] };
}

export function checkSheetName(name: string): ParseResult<string> {
  const trimmed = name.normalize("NFC").trim();
  if (trimmed.length === 0) return failure("sheet-name-empty", WORKBOOK_TEXTS.sheetNameEmpty, ["name"]);
  if (trimmed.length > MAX_SHEET_NAME_LENGTH) {
    return failure("sheet-name-too-long", WORKBOOK_TEXTS.sheetNameTooLong(trimmed), ["name"]);
  }
  if (FORBIDDEN_SHEET_NAME_CHARACTERS.test(trimmed)) {
    return failure("sheet-name-invalid-character", WORKBOOK_TEXTS.sheetNameInvalidCharacter(trimmed), ["name"]);
  }
  return success(trimmed);
}

/** Leading "../" steps, then names of letters, digits, marks, space and . _ - ( ): no drive, URL, UNC path or backslash. */
const SAFE_RELATIVE_PATH = /^(?:\.\.\/)*[\p{L}\p{M}\p{N} ._()-]+(?:\/[\p{L}\p{M}\p{N} ._()-]+)*$/u;
const LINK_CELL = /^[A-Z]{1,3}[0-9]+$/;
const FORBIDDEN_LINK_SHEET_CHARACTERS = /[\\/?*[\]:]/;

function isSafeRelativePath(path: string): boolean {
  const names = path.replace(/^(?:\.\.\/)*/, "").split("/");
  return SAFE_RELATIVE_PATH.test(path) && !names.some((name) => name.includes(".."));
}

function isLinkSheetName(name: string): boolean {
  return name.length > 0 && name.length <= MAX_SHEET_NAME_LENGTH && !FORBIDDEN_LINK_SHEET_CHARACTERS.test(name);
}

function isSafeLink(link: CellLink): boolean {
  return (
    (link.file === undefined || isSafeRelativePath(link.file)) &&
    isLinkSheetName(link.sheet) &&
    LINK_CELL.test(link.cell)
  );
}

/** The link, or undefined when checkWorkbook would refuse it: builders leave such a cell without a link. */
export function safeLink(link: CellLink): CellLink | undefined {
  return isSafeLink(link) ? link : undefined;
}

/**
 * Excel's hyperlink target: "file.xlsx#'Sheet'!$A$1", or "#'Sheet'!$A$1" inside this workbook. The cell is absolute
 * because ExcelJS takes a target ending in "!A1" for an internal link and repeats it as the location, which Excel
 * appends to the file ("file.xlsx#'Sheet'!A1#file.xlsx#'Sheet'!A1") and cannot follow.
 */
export function linkTarget(link: CellLink): string {
  return `${link.file ?? ""}#${quoteSheetName(link.sheet)}!${link.cell.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2")}`;
}

/** What a linked cell shows: its text, or the linked cell's address when it holds no text. */
export function linkText(value: CellValue, link: CellLink): string {
  return typeof value === "string" ? value : link.cell;
}

export function resolveStyle(workbook: Pick<Workbook, "styles">, ref: StyleRef | undefined): CellStyle | undefined {
  if (ref === undefined) return undefined;
  if (typeof ref !== "string") return ref;
  const style = workbook.styles[ref];
  if (!style) throw new Error(`Unknown style id: ${ref}`);
  return style;
}

/** Excel keeps at most 255 characters in a list validation and splits items at commas. */
const MAX_LIST_FORMULA_LENGTH = 255;
/** Excel's limits on validation prompt and error texts. */
const MAX_VALIDATION_TITLE_LENGTH = 32;
const MAX_VALIDATION_MESSAGE_LENGTH = 255;

function validationIssues(sheet: Sheet, validation: DataValidation, index: number): ParseIssue[] {
  const path = ["sheets", sheet.name, "validations", index];
  const issues: ParseIssue[] = [];
  if (validation.rule.kind === "list") {
    const { values } = validation.rule;
    if (values.some((v) => v.includes(","))) {
      issues.push({ path, code: "list-item-comma", message: WORKBOOK_TEXTS.listItemComma(validation.range) });
    }
    if (values.join(",").length > MAX_LIST_FORMULA_LENGTH) {
      issues.push({ path, code: "list-too-long", message: WORKBOOK_TEXTS.listTooLong(validation.range) });
    }
  }
  for (const text of [validation.prompt, validation.error]) {
    if (
      text &&
      (text.title.length > MAX_VALIDATION_TITLE_LENGTH || text.message.length > MAX_VALIDATION_MESSAGE_LENGTH)
    ) {
      issues.push({
        path,
        code: "validation-text-too-long",
        message: WORKBOOK_TEXTS.validationTextTooLong(validation.range),
      });
    }
  }
  return issues;
}

/** Checks what Excel would refuse or silently damage, before either writer runs. */
export function checkWorkbook(workbook: Workbook): ParseIssue[] {
  const issues: ParseIssue[] = [];
  const seen = new Set<string>();
  workbook.sheets.forEach((sheet, index) => {
    const name = checkSheetName(sheet.name);
    if (!name.ok) issues.push(...name.issues.map((issue) => ({ ...issue, path: ["sheets", index, "name"] })));
    const key = sheet.name.normalize("NFC").toLocaleLowerCase("vi");
    if (seen.has(key)) {
      issues.push({
        path: ["sheets", index, "name"],
        code: "sheet-name-duplicate",
        message: WORKBOOK_TEXTS.sheetNameDuplicate(sheet.name),
      });
    }
    seen.add(key);
    sheet.validations.forEach((validation, i) => issues.push(...validationIssues(sheet, validation, i)));
    for (const [a1, cell] of Object.entries(sheet.cells)) {
      if (cell.link && !isSafeLink(cell.link)) {
        issues.push({
          path: ["sheets", sheet.name, "cells", a1, "link"],
          code: "link-unsafe",
          message: WORKBOOK_TEXTS.linkUnsafe(sheet.name, a1),
        });
      }
    }
  });
  workbook.definedNames.forEach((defined, index) => {
    if (!workbook.sheets.some((sheet) => sheet.name === defined.sheet)) {
      issues.push({
        path: ["definedNames", index],
        code: "defined-name-sheet",
        message: WORKBOOK_TEXTS.definedNameSheetMissing(defined.name, defined.sheet),
      });
    }
  });
  return issues;
}

/** Writers refuse a model Excel would reject: that is a bug in the code that built it, not user input. */
export function assertWritable(workbook: Workbook): void {
  const issues = checkWorkbook(workbook);
  if (issues.length > 0) throw new Error(issues.map((issue) => issue.message).join("\n"));
}

/** A fresh, empty workbook; fixed dates keep the written bytes reproducible. */
export function createWorkbook(options: { creator: string; created: Date; modified?: Date }): Workbook {
  return {
    creator: options.creator,
    created: options.created,
    modified: options.modified ?? options.created,
    styles: {},
    sheets: [],
    definedNames: [],
  };
}

export function createSheet(name: string, state: SheetState = "visible"): Sheet {
  return {
    name,
    state,
    cells: {},
    merges: [],
    columnWidths: {},
    rowHeights: {},
    validations: [],
    conditionalFormats: [],
  };
}

export function setCell(sheet: Sheet, row: number, col: number, value: CellValue, style?: StyleRef): void {
  sheet.cells[address(row, col)] = style === undefined ? { value } : { value, style };
}

/** Writes `values` left to right from `firstCol`, all with the same style. */
export function setRow(sheet: Sheet, row: number, values: CellValue[], style?: StyleRef, firstCol = 1): void {
  values.forEach((value, i) => setCell(sheet, row, firstCol + i, value, style));
}

/** Gives every cell of `range` the style, keeping values already there (empty cells become null). */
export function styleRange(sheet: Sheet, range: string, style: StyleRef): void {
  const b = parseRange(range);
  for (let row = b.top; row <= b.bottom; row++) {
    for (let col = b.left; col <= b.right; col++) {
      const key = address(row, col);
      sheet.cells[key] = { value: sheet.cells[key]?.value ?? null, style };
    }
  }
}

/** Merges `range`, puts `value` in its top-left cell and styles every cell (so borders surround the block). */
export function mergeCells(sheet: Sheet, range: string, value: CellValue, style?: StyleRef): void {
  const b = parseRange(range);
  if (style !== undefined) styleRange(sheet, range, style);
  setCell(sheet, b.top, b.left, value, style);
  sheet.merges.push(rangeAddress(b));
}

export function setColumnWidths(sheet: Sheet, widths: number[], firstCol = 1): void {
  widths.forEach((width, i) => (sheet.columnWidths[firstCol + i] = width));
}

/** The rectangle holding every cell of the sheet, or undefined for an empty sheet. */
export function usedBounds(sheet: Sheet): RangeBounds | undefined {
  let bounds: RangeBounds | undefined;
  for (const key of Object.keys(sheet.cells)) {
    const { row, col } = parseAddress(key);
    bounds = bounds
      ? {
          top: Math.min(bounds.top, row),
          left: Math.min(bounds.left, col),
          bottom: Math.max(bounds.bottom, row),
          right: Math.max(bounds.right, col),
        }
      : { top: row, left: col, bottom: row, right: col };
  }
  return bounds;
}
