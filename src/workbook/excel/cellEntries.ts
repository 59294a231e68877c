/** The entries Office.js is given for a model cell: `range.values`, `range.numberFormat` and `range.hyperlink` items. */
import { quoteSheetName } from "../model/addresses";
import { cellNumberFormat, isFormula } from "../model/cellFormats";
import { linkText } from "../model/links";
import type { CellLink, CellStyle, CellValue } from "../model/types";
import { neutraliseText, officeTextEntry } from "../safeText";

/** Days from Excel's 1900 epoch (as Excel counts, with its phantom 29/02/1900) to 01/01/1970. */
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;

/** Excel's date serial for a UTC calendar date, as ExcelJS writes it. */
export function dateSerial(date: Date): number {
  return UNIX_EPOCH_SERIAL + date.getTime() / MS_PER_DAY;
}

export type OfficeEntry = string | number | boolean;

/** Sheets are new, so an empty entry "" leaves a blank cell; formulas are ours, never unit text. */
export function officeValue(value: CellValue): OfficeEntry {
  if (value === null) return "";
  if (typeof value === "string") return officeTextEntry(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return dateSerial(value);
  if (isFormula(value)) return `=${value.formula}`;
  return "";
}

/** "General" is Excel's own default, written where the model names no format. */
export function officeNumberFormat(value: CellValue, style: CellStyle | undefined): string {
  return cellNumberFormat(value, style) ?? "General";
}

/** Office.js splits the target: the file in `address`, the sheet and cell in `documentReference`. */
export function officeHyperlink(link: CellLink, value: CellValue): Excel.RangeHyperlink {
  return {
    ...(link.file !== undefined ? { address: link.file } : {}),
    documentReference: `${quoteSheetName(link.sheet)}!${link.cell}`,
    // Excel shows textToDisplay in place of the value.
    textToDisplay: neutraliseText(linkText(value, link)),
    ...(link.tooltip !== undefined ? { screenTip: link.tooltip } : {}),
  };
}
