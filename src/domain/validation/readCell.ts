/** An input cell read once into what the rules need: blank, an Excel error, unreadable text, or a parsed value. */
import { cleanCellText } from "../language/cellText";
import { parseValue } from "../language/parseValue";
import type { MeasureUnit, ParsedValue } from "../language/types";
import type { CellInput } from "../submission/types";

export type CellReading =
  | { kind: "blank" }
  | { kind: "excel_error"; error: string }
  | { kind: "unreadable"; text: string; message: string }
  | { kind: "read"; value: ParsedValue };

// A reader that takes the displayed text may hand over an error value as plain text.
const EXCEL_ERROR_TEXT = /^#(?:N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;

export function readCell(cell: CellInput | undefined, measure: MeasureUnit): CellReading {
  if (!cell) return { kind: "blank" };
  const error = excelError(cell);
  if (error) return { kind: "excel_error", error };
  const { raw } = cell;
  if (raw === null) return { kind: "blank" };
  const parsed = parseValue(typeof raw === "boolean" ? String(raw) : raw, {
    measure,
    excelPercentFraction: cell.percentFormat === true && typeof raw === "number",
  });
  if (parsed.ok) return { kind: "read", value: parsed.value };
  if (parsed.issues[0].code === "empty") return { kind: "blank" };
  return { kind: "unreadable", text: cellText(cell), message: parsed.issues[0].message };
}

/** "#N/A", "#DIV/0!", … when the cell shows an Excel error value. */
export function excelError(cell: CellInput): string | undefined {
  if (cell.error) return cell.error;
  return typeof cell.raw === "string" && EXCEL_ERROR_TEXT.test(cell.raw.trim()) ? cell.raw.trim() : undefined;
}

/**
 * The cell's text cleaned line by line, its line breaks (Alt+Enter) kept and blank lines dropped: a unit's list of
 * difficulties stays a list when the officer pastes it.
 */
export function cellLines(cell: CellInput | undefined): string {
  if (!cell || cell.raw === null) return "";
  return String(cell.raw)
    .split(/\r?\n/)
    .map(cleanCellText)
    .filter((line) => line !== "")
    .join("\n");
}

/** The cell's content as text, cleaned: what the officer sees. */
export function cellText(cell: CellInput | undefined): string {
  if (!cell || cell.raw === null) return "";
  return cleanCellText(String(cell.raw));
}
