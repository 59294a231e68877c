/** What every summary sheet shares: the title block above the table, and the finish (widths, heights, panes, print). */
import type { Catalog } from "../../domain/catalog/types";
import type { Consolidation } from "../../domain/consolidation/types";
import type { IsoDate, Period } from "../../domain/language/types";
import { vietnameseDate } from "../../domain/language/vietnameseDate";
import { summaryTexts } from "../../domain/texts/summary";
import { address, columnLetters } from "../model/addresses";
import { createSheet, mergeCells, setCell, setColumnWidths } from "../model/buildSheet";
import type { Cell, MadeRow, Sheet, Workbook } from "../model/types";
import { periodHeading } from "./periodHeading";
import { landscapeTablePrint } from "../templates/printSetupNd30";
import { fitCappedRowHeights, fittedRowHeight, textHeights } from "../templates/wrappedRowHeight";

const TITLE_ROW_HEIGHT = 20;

export interface TitleBlock {
  /** "Phụ lục II" above an appendix; working sheets have none. */
  label?: string;
  title: string;
  subtitle: string;
}

/** Label, title and subtitle centred over the table's width, then a blank row; returns the first row after them. */
export function addTitleBlock(sheet: Sheet, columns: number, block: TitleBlock): number {
  const last = columnLetters(columns);
  let row = 1;
  if (block.label !== undefined) {
    mergeCells(sheet, `A${row}:${last}${row}`, block.label, "appendixLabel");
    sheet.rowHeights[row++] = TITLE_ROW_HEIGHT;
  }
  mergeCells(sheet, `A${row}:${last}${row}`, block.title, "title");
  row++;
  mergeCells(sheet, `A${row}:${last}${row}`, block.subtitle, "subtitle");
  sheet.rowHeights[row++] = TITLE_ROW_HEIGHT;
  return row + 1;
}

/** The title of a working sheet (not an appendix): its title for the period, and the day it is as of. */
export function asOfTitleBlock(
  title: (period: string) => string,
  { period, asOf }: { period: Period; asOf: IsoDate },
): TitleBlock {
  return { title: title(periodHeading(period)), subtitle: summaryTexts.asOf(vietnameseDate(asOf)) };
}

/** What a working sheet's texts give: its title for the period, and its table's header row. */
export interface WorkingSheetTexts {
  title: (period: string) => string;
  headers: readonly string[];
}

/** A working sheet: its title for the period and the as-of day over the table, then the header row; returns both. */
export function createWorkingSheet(
  name: string,
  texts: WorkingSheetTexts,
  consolidation: { period: Period; asOf: IsoDate },
): { sheet: Sheet; headerRow: number } {
  const sheet = createSheet(name);
  const headerRow = addTitleBlock(sheet, texts.headers.length, asOfTitleBlock(texts.title, consolidation));
  texts.headers.forEach((header, i) => setCell(sheet, headerRow, i + 1, header, "header"));
  return { sheet, headerRow };
}

/** What the sheets about tasks are built from. */
export interface TaskSheetInput {
  catalog: Catalog;
  consolidation: Consolidation;
  unitNames: Map<string, string>;
}

export interface TableFinish {
  widths: number[];
  /** The header rows, repeated on every printed page and frozen on screen. */
  header: { first: number; last: number };
  lastRow: number;
  frozenColumns?: number;
}

/** Column widths, row heights fitted to wrapped text, frozen header, and the decree's landscape print. */
export function finishTable(
  workbook: Workbook,
  sheet: Sheet,
  { widths, header, lastRow, frozenColumns = 0 }: TableFinish,
) {
  setColumnWidths(sheet, widths);
  fitCappedRowHeights(workbook, sheet);
  sheet.frozen = { rows: header.last, columns: frozenColumns };
  sheet.print = {
    ...landscapeTablePrint(header.first, `A1:${address(lastRow, widths.length)}`),
    titleRows: { first: header.first, last: header.last },
  };
}

/** A table's rows under its header, in order: each as [column, cell] pairs, and the merges on it (one row high). */
export type TableRows = () => Iterable<{ row: number; cells: [number, Cell][]; merges?: string[] }>;

/**
 * Puts `rows` in the sheet as its cells; or, with `later` (a summary for the streaming writer), makes each only as
 * the writer reaches it, fitted as finishTable fits the cells (to the widths finishTable will have set by then).
 */
export function addTableRows(workbook: Workbook, sheet: Sheet, rows: TableRows, later: boolean): void {
  if (!later) {
    for (const { row, cells, merges = [] } of rows()) {
      for (const [col, { value, style }] of cells) setCell(sheet, row, col, value, style);
      sheet.merges.push(...merges);
    }
    return;
  }
  sheet.laterRows = {
    *rows(): Iterable<MadeRow> {
      const heightOf = textHeights();
      for (const { row, cells, merges } of rows()) {
        const height = fittedRowHeight(workbook, cells, sheet.columnWidths, heightOf, merges);
        yield { row, cells, height, ...(merges ? { merges } : {}) };
      }
    },
  };
}
