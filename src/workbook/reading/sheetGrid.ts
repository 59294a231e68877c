/**
 * A worksheet's cells as the form reader sees them, wherever they came from: a file's sheet part (workbook/xlsx), a
 * sheet of the open workbook (Office.js), or a sample being filled (ExcelJS). The reader finds everything by text,
 * so this is all it needs.
 */
import type { CellInput } from "../../domain/submission/types";

export interface SheetGrid {
  /** The sheet's name as its workbook shows it ("Chỉ tiêu", "Chỉ tiêu (2)"). */
  name: string;
  /** The last row holding anything. */
  rowCount: number;
  /** The cell at 1-based (row, col), with its A1 address on this sheet. */
  input(row: number, col: number): CellInput;
  /** The columns of `row` that show a text or number, with what they show ("" cells left out). */
  rowTexts(row: number): [col: number, text: string][];
  /** The top-left address of the merge covering (row, col) when that cell is covered and not the top-left. */
  coveringMerge(row: number, col: number): string | undefined;
}

/** The text a label or header cell shows, "" when it shows none. */
export function inputText(input: CellInput): string {
  return input.raw === null ? "" : String(input.raw);
}
