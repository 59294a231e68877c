/** A1 addresses and ranges of the model: "B7", "B7:D9", 'Phụ lục II'!A1. */
import type { CellPosition, RangeBounds } from "./types";

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
