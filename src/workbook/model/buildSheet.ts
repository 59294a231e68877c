/** Building the model: a workbook, its sheets, their cells, merges and widths. */
import { address, parseAddress, parseRange, rangeAddress } from "./addresses";
import type { CellValue, RangeBounds, Sheet, SheetState, StyleRef, Workbook } from "./types";

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
