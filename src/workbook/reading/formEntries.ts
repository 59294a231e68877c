/** A form table's rows → the submission's entries, the same whether the table came from a file or a sheet. */
import type { IndicatorEntry, TaskEntry } from "../../domain/submission/types";
import { INDICATOR_COLUMNS, TASK_COLUMNS, type ColumnSpec } from "../templates/formLayout";
import type { TableRow } from "./readFormTable";

/** The fixed columns of a row, keyed by their header text as the form prints it. */
function fixedCells(row: TableRow, columns: readonly ColumnSpec[]) {
  return Object.fromEntries(
    columns
      .filter((column) => column.role === "fixed" && row.cells[column.key])
      .map((c) => [c.header, row.cells[c.key]]),
  );
}

/** The optional inputs present in the row: a column missing from the sheet leaves its field out. */
function present<K extends string>(row: TableRow, keys: Record<K, string>) {
  return Object.fromEntries(
    Object.entries(keys).flatMap(([field, key]) =>
      row.cells[key as string] ? [[field, row.cells[key as string]]] : [],
    ),
  ) as Partial<Record<K, TableRow["cells"][string]>>;
}

export function indicatorEntry(row: TableRow): IndicatorEntry {
  return {
    indicatorId: row.id,
    fixed: fixedCells(row, INDICATOR_COLUMNS),
    result: row.cells.result,
    ...present(row, { numerator: "numerator", denominator: "denominator", note: "note" }),
  };
}

export function taskEntry(row: TableRow): TaskEntry {
  return {
    taskId: row.id,
    fixed: fixedCells(row, TASK_COLUMNS),
    status: row.cells.status,
    ...present(row, {
      progress: "progress",
      description: "description",
      difficulties: "difficulties",
      proposals: "proposals",
    }),
  };
}
