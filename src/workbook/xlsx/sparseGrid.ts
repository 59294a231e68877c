/**
 * The cells a worksheet part holds, seen through the form reader's SheetGrid: a cell not written takes its
 * row's or column's format; a cell covered by a merge (not its top-left) is blank, as Excel stores it.
 */
import type { CellInput } from "../../domain/submission/types";
import { address } from "../model/addresses";
import type { RangeBounds } from "../model/types";
import { inputText, type SheetGrid } from "../reading/sheetGrid";
import { inheritedPercent, type SheetCells } from "./worksheetPart";

/**
 * Merges up to this many rows tall are indexed by row, up to a total of rows indexed; taller ones, and any past
 * that total (only a crafted file has them), are searched one by one.
 */
const INDEXED_MERGE_ROWS = 1024;
const INDEXED_ROWS_IN_ALL = 1_048_576;

/** The merge covering a cell, found without a grid of the sheet's extent. */
function mergeFinder(merges: RangeBounds[]): (row: number, col: number) => RangeBounds | undefined {
  const byRow = new Map<number, RangeBounds[]>();
  const tall: RangeBounds[] = [];
  let indexed = 0;
  for (const merge of merges) {
    const height = merge.bottom - merge.top + 1;
    if (height > INDEXED_MERGE_ROWS || indexed + height > INDEXED_ROWS_IN_ALL) {
      tall.push(merge);
      continue;
    }
    indexed += height;
    for (let r = merge.top; r <= merge.bottom; r++) {
      const list = byRow.get(r);
      if (list) list.push(merge);
      else byRow.set(r, [merge]);
    }
  }
  const covers = (row: number, col: number) => (merge: RangeBounds) =>
    row >= merge.top && row <= merge.bottom && col >= merge.left && col <= merge.right;
  return (row, col) => byRow.get(row)?.find(covers(row, col)) ?? tall.find(covers(row, col));
}

export function sparseGrid(name: string, cells: SheetCells): SheetGrid {
  const mergeAt = mergeFinder(cells.merges);
  const covering = (row: number, col: number): string | undefined => {
    const merge = mergeAt(row, col);
    return merge && (merge.top !== row || merge.left !== col) ? address(merge.top, merge.left) : undefined;
  };
  function input(row: number, col: number): CellInput {
    const cell = address(row, col);
    if (covering(row, col)) return { sheet: name, cell, raw: null };
    const stored = cells.rows.get(row)?.get(col);
    // Filled field by field, in the order the reader has always given them.
    const result: CellInput = { sheet: name, cell, raw: stored ? stored.raw : null };
    if (stored?.error !== undefined) result.error = stored.error;
    if (stored?.formula) result.formula = true;
    if (stored ? stored.percentFormat : inheritedPercent(cells, row, col)) result.percentFormat = true;
    return result;
  }

  return {
    name,
    rowCount: cells.lastRow,
    input,
    rowTexts(row) {
      const written = cells.rows.get(row);
      if (!written) return [];
      const texts: [number, string][] = [];
      for (const col of [...written.keys()].sort((a, b) => a - b)) {
        const text = inputText(input(row, col));
        if (text !== "") texts.push([col, text]);
      }
      return texts;
    },
    coveringMerge: covering,
  };
}
