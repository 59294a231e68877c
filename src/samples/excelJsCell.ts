/** One cell of a workbook the samples are filling (ExcelJS), as the form reader would see it. */
import ExcelJS from "exceljs";
import type { CellInput } from "../domain/submission/types";
import { isoDay, isPercentFormat, textOrBlank } from "../workbook/reading/cellValues";
import { inputText } from "../workbook/reading/sheetGrid";

type Raw = CellInput["raw"];

function isErrorValue(value: unknown): value is ExcelJS.CellErrorValue {
  return typeof value === "object" && value !== null && "error" in value;
}

/** A plain value (or a formula's cached result) → raw value or error. */
function plainValue(value: unknown): { raw: Raw; error?: string } {
  if (value === null || value === undefined) return { raw: null };
  if (typeof value === "number" || typeof value === "boolean") return { raw: value };
  if (typeof value === "string") return { raw: textOrBlank(value) };
  if (value instanceof Date) return { raw: isoDay(value) };
  if (isErrorValue(value)) return { raw: null, error: value.error };
  if (typeof value === "object" && "richText" in value) {
    return { raw: textOrBlank((value as ExcelJS.CellRichTextValue).richText.map((run) => run.text).join("")) };
  }
  if (typeof value === "object" && "text" in value) {
    const text = (value as ExcelJS.CellHyperlinkValue).text;
    return plainValue(typeof text === "string" ? text : null);
  }
  return { raw: null };
}

/**
 * The input at `cell`. A cell covered by a merge (not its top-left) is blank, as Excel stores it; the
 * caller reports the merge. Formulas give their cached result with `formula: true`.
 */
export function readCellInput(cell: ExcelJS.Cell, sheet: string): CellInput {
  const type = cell.type;
  if (type === ExcelJS.ValueType.Merge) return { sheet, cell: cell.address, raw: null };
  const isFormula = type === ExcelJS.ValueType.Formula;
  const value = cell.value;
  const { raw, error } = plainValue(isFormula ? (value as ExcelJS.CellFormulaValue).result : value);
  // Filled field by field rather than by spreads: this runs for every cell of every form.
  const input: CellInput = { sheet, cell: cell.address, raw };
  if (error) input.error = error;
  if (isFormula) input.formula = true;
  if (isPercentFormat(cell.numFmt)) input.percentFormat = true;
  return input;
}

/** The cell at (row, col), under a name the Office.js lint rules do not mistake for a proxy object to load. */
export function cellAt(worksheet: ExcelJS.Worksheet, row: number, col: number): ExcelJS.Cell {
  return worksheet.getRow(row).getCell(col);
}

/** The top-left address of the merge covering `cell`, when `cell` is covered and not that top-left cell. */
export function coveringMerge(cell: ExcelJS.Cell): string | undefined {
  return cell.isMerged && cell.master.address !== cell.address ? cell.master.address : undefined;
}

/** The text a label or header cell shows, "" when it shows none. */
export function cellText(cell: ExcelJS.Cell): string {
  return inputText(readCellInput(cell, ""));
}
