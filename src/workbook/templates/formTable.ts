/** What the form's two table sheets share: the title block, the header row, protection and page setup. */
import { address, columnLetters } from "../model/addresses";
import { createSheet, mergeCells, setCell, setRow } from "../model/buildSheet";
import type { Sheet, SheetProtection } from "../model/types";
import { TABLE_HEADER_ROW } from "./formLayout";
import { columnOf, type ColumnSpec } from "../../domain/forms/formColumns";
import { landscapeTablePrint } from "./printSetupNd30";
import { TEMPLATE_STYLES } from "./templateStyles";
import { formTexts } from "../../domain/texts/templates";
import { fitRowHeights } from "./wrappedRowHeight";

/** No password: it guards against slips, and the unit may still widen columns and rows to read its text. */
export const FORM_PROTECTION: SheetProtection = {
  allow: { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true },
};

export function createFormTable(name: string, columns: readonly ColumnSpec[], title: string, unitLine: string): Sheet {
  const sheet = createSheet(name);
  const last = columnLetters(columns.length);
  mergeCells(sheet, `A1:${last}1`, title, "title");
  mergeCells(sheet, `A2:${last}2`, unitLine, "subtitle");
  mergeCells(sheet, `A3:${last}3`, formTexts.fillHint, "hint");
  sheet.rowHeights[1] = 20;
  sheet.rowHeights[2] = 20;
  setRow(
    sheet,
    TABLE_HEADER_ROW,
    columns.map((column) => column.header),
    "header",
  );
  columns.forEach((column, i) => (sheet.columnWidths[i + 1] = column.width));
  sheet.frozen = { rows: TABLE_HEADER_ROW, columns: 0 };
  sheet.protection = FORM_PROTECTION;
  return sheet;
}

/** Row heights and landscape printing once the last row is known. */
export function finishFormTable(sheet: Sheet, columns: readonly ColumnSpec[], lastRow: number): void {
  fitRowHeights({ styles: TEMPLATE_STYLES }, sheet, TABLE_HEADER_ROW);
  sheet.print = landscapeTablePrint(
    TABLE_HEADER_ROW,
    `A1:${address(Math.max(lastRow, TABLE_HEADER_ROW), columns.length)}`,
  );
}

/** A part, group (I, II, … bold) or parent row ("8", "3" before their sub-rows): no Mã, so the reader skips it. */
export function writeTitleRow(
  sheet: Sheet,
  columns: readonly ColumnSpec[],
  row: number,
  stt: string,
  title: string,
  bold: boolean,
): void {
  setRow(sheet, row, Array(columns.length).fill(null), bold ? "group" : "cell");
  setCell(sheet, row, columnOf(columns, "stt"), stt, bold ? "groupCenter" : "cellCenter");
  setCell(sheet, row, columnOf(columns, "name"), title, bold ? "group" : "cell");
}
