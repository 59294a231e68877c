/**
 * Row heights for wrapped text, estimated from the text. LibreOffice keeps a written file's rows at the
 * default height (it does not fit them to wrapped text when it opens an .xlsx), and Excel never fits a row
 * to a merged cell, so without this the printed tables overlap their own lines. Times New Roman averages
 * about 0.55 × its size in pixels per letter; a column unit is 7 pixels (the "0" of the default Calibri 11).
 */
import { parseAddress, parseRange } from "../model/addresses";
import { resolveStyle } from "../model/cellFormats";
import type { Cell, Sheet, Workbook } from "../model/types";

const PIXELS_PER_COLUMN_UNIT = 7;
const LETTER_WIDTH_PER_POINT = 0.55;
const LINE_HEIGHT_PER_POINT = 1.3;
const PADDING_POINTS = 4;
const DEFAULT_FONT_SIZE = 11;
const DEFAULT_COLUMN_WIDTH = 9;

/** Excel's tallest row, in points; a taller one is refused or clipped, so a very long text is cut there on paper. */
const MAX_ROW_HEIGHT = 409;

/** Capitals are about 1,4 times as wide as the average letter (group titles are printed in capitals). */
const CAPITAL_WIDTH = 1.4;

function visualLength(word: string): number {
  let length = 0;
  for (const letter of word) length += letter !== letter.toLowerCase() ? CAPITAL_WIDTH : 1;
  return length;
}

/** Lines a greedy word wrap makes of `text` at `lettersPerLine`; "\n" always breaks, a long word breaks anywhere. */
function wrappedLines(text: string, lettersPerLine: number): number {
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(" ").filter(Boolean).map(visualLength)) {
      if (used > 0 && used + 1 + word > lettersPerLine) {
        lines++;
        used = 0;
      }
      used += (used > 0 ? 1 : 0) + word;
      for (; used > lettersPerLine; used -= lettersPerLine) lines++;
    }
  }
  return lines;
}

function lettersPerLine(widthUnits: number, fontSize: number): number {
  return Math.max(1, Math.floor((widthUnits * PIXELS_PER_COLUMN_UNIT) / (fontSize * LETTER_WIDTH_PER_POINT)));
}

function linesHeight(lines: number, fontSize: number): number {
  return Math.ceil(lines * fontSize * LINE_HEIGHT_PER_POINT + PADDING_POINTS);
}

export function wrappedRowHeight(text: string, widthUnits: number, fontSize: number): number {
  return linesHeight(wrappedLines(text, lettersPerLine(widthUnits, fontSize)), fontSize);
}

/** True when `text` is one line whatever its letters: none wider than a capital, and no line break. */
function surelyOneLine(text: string, letters: number): boolean {
  return text.length * CAPITAL_WIDTH <= letters && !text.includes("\n");
}

/** A text's height in a column of that width at that size, remembered: a summary repeats the same names. */
export type TextHeights = (text: string, widthUnits: number, fontSize: number) => number;

export function textHeights(): TextHeights {
  const known = new Map<string, Map<string, number>>();
  return (text, widthUnits, fontSize) => {
    // A short text is measured at once, without a lookup among the many long texts remembered (over a third of the
    // calls for a country's summary).
    if (surelyOneLine(text, lettersPerLine(widthUnits, fontSize))) return linesHeight(1, fontSize);
    const measure = `${widthUnits}/${fontSize}`;
    let heights = known.get(measure);
    if (!heights) known.set(measure, (heights = new Map()));
    let height = heights.get(text);
    if (height === undefined) heights.set(text, (height = wrappedRowHeight(text, widthUnits, fontSize)));
    return height;
  };
}

/** How wide a merge is: its columns' widths added up. */
function mergeWidth(merge: string, width: (col: number) => number): number {
  const { left, right } = parseRange(merge);
  let total = 0;
  for (let col = left; col <= right; col++) total += width(col);
  return total;
}

/** Sets the height of every row from `firstRow` on that holds wrapped text, to fit its tallest cell. */
export function fitRowHeights(styles: Pick<Workbook, "styles">, sheet: Sheet, firstRow: number): void {
  const heightOf = textHeights();
  const mergedWidth = new Map<string, number>();
  const width = (col: number) => sheet.columnWidths[col] ?? DEFAULT_COLUMN_WIDTH;
  for (const merge of sheet.merges) mergedWidth.set(merge.split(":")[0], mergeWidth(merge, width));
  for (const key in sheet.cells) {
    const text = wrappingText(styles, sheet.cells[key]);
    if (!text) continue;
    const { row, col } = parseAddress(key);
    if (row < firstRow) continue;
    const height = heightOf(text.value, mergedWidth.get(key) ?? width(col), text.fontSize);
    sheet.rowHeights[row] = Math.max(sheet.rowHeights[row] ?? 0, height);
  }
}

/** fitRowHeights on every row, each height then cut to the tallest row Excel keeps. */
export function fitCappedRowHeights(styles: Pick<Workbook, "styles">, sheet: Sheet): void {
  fitRowHeights(styles, sheet, 1);
  for (const [row, height] of Object.entries(sheet.rowHeights)) {
    sheet.rowHeights[Number(row)] = Math.min(height, MAX_ROW_HEIGHT);
  }
}

/** The cell's text and its font size when the text wraps: what decides the height of its row. */
function wrappingText(styles: Pick<Workbook, "styles">, cell: Cell): { value: string; fontSize: number } | undefined {
  if (typeof cell.value !== "string") return undefined;
  const style = resolveStyle(styles, cell.style);
  return style?.wrap ? { value: cell.value, fontSize: style.font?.size ?? DEFAULT_FONT_SIZE } : undefined;
}

/**
 * The height of one row made whole ([column, cell] pairs, and the merges on it) in a sheet whose columns are
 * `columnWidths` wide: its tallest wrapped text, up to the tallest row Excel keeps; undefined when no text wraps. As
 * fitRowHeights and a table's cap would set it, without a sheet to hold the row.
 */
export function fittedRowHeight(
  styles: Pick<Workbook, "styles">,
  cells: [number, Cell][],
  columnWidths: Sheet["columnWidths"],
  heightOf: TextHeights,
  merges: string[] = [],
): number | undefined {
  const width = (col: number) => columnWidths[col] ?? DEFAULT_COLUMN_WIDTH;
  const mergedWidth = new Map(merges.map((merge) => [parseRange(merge).left, mergeWidth(merge, width)]));
  let tallest: number | undefined;
  for (const [col, cell] of cells) {
    const text = wrappingText(styles, cell);
    if (!text) continue;
    const height = heightOf(text.value, mergedWidth.get(col) ?? width(col), text.fontSize);
    tallest = Math.max(tallest ?? 0, height);
  }
  return tallest === undefined ? undefined : Math.min(tallest, MAX_ROW_HEIGHT);
}
