/** The locked columns of a unit form, keyed by column key, and where a unit has edited them. */
import type { Indicator, Task } from "../catalog/types";
import { cleanCellText } from "../language/cellText";
import type { CellInput, FixedCells } from "../submission/types";
import { headerOf, indicatorColumns, TASK_COLUMNS, type ColumnSpec } from "../forms/formColumns";

/** A table's columns, and for each locked one (by column key) the catalog text the form printed in it. */
export interface FixedColumns<Item> {
  columns: readonly ColumnSpec[];
  texts: Record<string, (item: Item) => string>;
}

export function indicatorFixedColumns(year: number): FixedColumns<Indicator> {
  return {
    columns: indicatorColumns(year),
    texts: {
      stt: (indicator) => indicator.stt,
      name: (indicator) => indicator.name,
      result2025: (indicator) => indicator.result2025,
      target2026: (indicator) => indicator.target2026,
    },
  };
}

export const TASK_FIXED_COLUMNS: FixedColumns<Task> = {
  columns: TASK_COLUMNS,
  texts: {
    stt: (task) => task.stt,
    name: (task) => task.name,
    product: (task) => task.product,
    deadline: (task) => task.deadline.raw,
  },
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
export function fixedEdits<Item>(fixed: FixedCells, item: Item, { columns, texts }: FixedColumns<Item>): FixedEdit[] {
  return Object.entries(texts).flatMap(([key, catalogText]) => {
    const cell = fixed[key];
    const expected = catalogText(item);
    if (!cell || sameText(cell.raw, expected)) return [];
    return [{ cell, header: headerOf(columns, key), written: cell.raw === null ? "" : String(cell.raw), expected }];
  });
}
