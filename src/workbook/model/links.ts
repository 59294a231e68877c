/** Links between cells: only to a cell of a workbook beside this one, never a URL or a path elsewhere. */
import { quoteSheetName } from "./addresses";
import { MAX_SHEET_NAME_LENGTH } from "./sheetNames";
import type { CellLink, CellValue } from "./types";

/** Leading "../" steps, then names of letters, digits, marks, space and . _ - ( ): no drive, URL, UNC path or backslash. */
const SAFE_RELATIVE_PATH = /^(?:\.\.\/)*[\p{L}\p{M}\p{N} ._()-]+(?:\/[\p{L}\p{M}\p{N} ._()-]+)*$/u;
const LINK_CELL = /^[A-Z]{1,3}[0-9]+$/;
const FORBIDDEN_LINK_SHEET_CHARACTERS = /[\\/?*[\]:]/;

function isSafeRelativePath(path: string): boolean {
  const names = path.replace(/^(?:\.\.\/)*/, "").split("/");
  return SAFE_RELATIVE_PATH.test(path) && !names.some((name) => name.includes(".."));
}

function isLinkSheetName(name: string): boolean {
  return name.length > 0 && name.length <= MAX_SHEET_NAME_LENGTH && !FORBIDDEN_LINK_SHEET_CHARACTERS.test(name);
}

function isSafeLink(link: CellLink): boolean {
  return (
    (link.file === undefined || isSafeRelativePath(link.file)) &&
    isLinkSheetName(link.sheet) &&
    LINK_CELL.test(link.cell)
  );
}

/** The link, or undefined when checkWorkbook would refuse it: builders leave such a cell without a link. */
export function safeLink(link: CellLink): CellLink | undefined {
  return isSafeLink(link) ? link : undefined;
}

/**
 * Excel's hyperlink target: "file.xlsx#'Sheet'!$A$1", or "#'Sheet'!$A$1" inside this workbook. The cell is absolute
 * because ExcelJS takes a target ending in "!A1" for an internal link and repeats it as the location, which Excel
 * appends to the file ("file.xlsx#'Sheet'!A1#file.xlsx#'Sheet'!A1") and cannot follow.
 */
export function linkTarget(link: CellLink): string {
  return `${link.file ?? ""}#${quoteSheetName(link.sheet)}!${link.cell.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2")}`;
}

/** What a linked cell shows: its text, or the linked cell's address when it holds no text. */
export function linkText(value: CellValue, link: CellLink): string {
  return typeof value === "string" ? value : link.cell;
}
