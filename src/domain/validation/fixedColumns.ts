/** The locked columns of a unit form, keyed by header text, and where an officer has edited them. */
import type { Indicator, Task } from "../catalog/types";
import { cleanCellText } from "../language/cellText";
import type { CellInput, FixedCells } from "../submission/types";
import { validationTexts } from "../texts/validation";

const headers = validationTexts.headers;

/** Header text → the catalog text the form printed under it. */
export function indicatorFixedColumns(year: number): Record<string, (indicator: Indicator) => string> {
  return {
    [headers.stt]: (indicator) => indicator.stt,
    [headers.indicatorName]: (indicator) => indicator.name,
    [headers.lastYearResult(year - 1)]: (indicator) => indicator.result2025,
    [headers.target(year)]: (indicator) => indicator.target2026,
  };
}

export const TASK_FIXED_COLUMNS: Record<string, (task: Task) => string> = {
  [headers.stt]: (task) => task.stt,
  [headers.taskName]: (task) => task.name,
  [headers.product]: (task) => task.product,
  [headers.deadline]: (task) => task.deadline.raw,
};

export interface FixedEdit {
  cell: CellInput;
  header: string;
  written: string;
  expected: string;
}

/** NFC, markup dropped, spaces collapsed: a line break Excel added or removed is no edit. */
function sameText(written: CellInput["raw"], expected: string): boolean {
  if (written === expected) return true;
  return cleanCellText(written === null ? "" : String(written)) === cleanCellText(expected);
}

/** The fixed cells of one row whose text differs from the catalog's; columns the reader did not give are not judged. */
export function fixedEdits<Item>(
  fixed: FixedCells,
  item: Item,
  columns: Record<string, (item: Item) => string>,
): FixedEdit[] {
  return Object.entries(columns).flatMap(([header, catalogText]) => {
    const cell = fixed[header];
    const expected = catalogText(item);
    if (!cell || sameText(cell.raw, expected)) return [];
    return [{ cell, header, written: cell.raw === null ? "" : String(cell.raw), expected }];
  });
}
