/** What every summary sheet shares: the title block above the table, and the finish (widths, heights, panes, print). */
import type { IsoDate, Period } from "../../domain/language/types";
import { vietnameseDate } from "../../domain/language/vietnameseDate";
import { summaryTexts } from "../../domain/texts/summary";
import { address, columnLetters, mergeCells, setColumnWidths, type Sheet, type Workbook } from "../model";
import { periodHeading } from "./periodHeading";
import { landscapeTablePrint } from "../templates/printSetupNd30";
import { fitRowHeights } from "../templates/wrappedRowHeight";

/** Excel's tallest row; a taller one is refused or clipped, so a very long text is cut there on paper. */
const MAX_ROW_HEIGHT = 409;
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
  fitRowHeights(workbook, sheet, 1);
  for (const [row, height] of Object.entries(sheet.rowHeights)) {
    sheet.rowHeights[Number(row)] = Math.min(height, MAX_ROW_HEIGHT);
  }
  sheet.frozen = { rows: header.last, columns: frozenColumns };
  sheet.print = {
    ...landscapeTablePrint(header.first, `A1:${address(lastRow, widths.length)}`),
    titleRows: { first: header.first, last: header.last },
  };
}
