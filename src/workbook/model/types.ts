/**
 * The neutral table model: a plain-data description of a workbook that both writers
 * (ExcelJS for files, Office.js for the open workbook) render the same way.
 * JSON-serialisable except for Date values. Rows and columns are 1-based.
 */
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
  /** Rows made only as the streaming writer reaches them, below the sheet's own cells (see LaterRows). */
  laterRows?: LaterRows;
}

/** One row made by LaterRows: its cells by column, its height, and the merges on it (each one row high). */
export interface MadeRow {
  row: number;
  cells: [number, Cell][];
  height?: number;
  merges?: string[];
}

/**
 * The rows of a sheet too long to hold whole (every commune's line on every task, or its row of figures, across a
 * country): each is made when the streaming writer (writeXlsxStreamed) reaches it, written, and let go. No other
 * writer takes them.
 */
export interface LaterRows {
  /** The rows, in order, each below the sheet's own cells. */
  rows(): Iterable<MadeRow>;
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
