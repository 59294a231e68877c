/**
 * A form's two tables → the submission's entries, the same whether the tables came from a file or from sheets
 * copied into a workbook.
 */
import type { IndicatorEntry, TaskEntry } from "../../domain/submission/types";
import type { Finding } from "../../domain/validation/types";
import { INDICATOR_COLUMNS, TASK_COLUMNS, type ColumnSpec } from "../templates/formLayout";
import { readFormTable, type HeaderRow, type TableRow } from "./readFormTable";
import type { SheetGrid } from "./sheetGrid";

export type FormTableKind = "indicators" | "tasks";

/** Each table's columns, and the input columns without which it cannot be read. */
export const FORM_TABLES: Record<FormTableKind, { columns: readonly ColumnSpec[]; required: string[] }> = {
  indicators: { columns: INDICATOR_COLUMNS, required: ["result"] },
  tasks: { columns: TASK_COLUMNS, required: ["status"] },
};

/** A table's sheet, and its header row when the caller has found it already. */
export interface FormTableSheet {
  grid: SheetGrid;
  header?: HeaderRow;
}

export type FormTablesRead =
  { ok: true; indicators: IndicatorEntry[]; tasks: TaskEntry[]; notes: Finding[] } | { ok: false; finding: Finding };

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

function indicatorEntry(row: TableRow): IndicatorEntry {
  return {
    indicatorId: row.id,
    fixed: fixedCells(row, INDICATOR_COLUMNS),
    result: row.cells.result,
    ...present(row, { numerator: "numerator", denominator: "denominator", note: "note" }),
  };
}

function taskEntry(row: TableRow): TaskEntry {
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

/** Both tables read, or the finding of the first that cannot be; the notes of both, indicators first. */
export function readFormTables(
  sheets: Record<FormTableKind, FormTableSheet>,
  context: { file: string; unit: string },
): FormTablesRead {
  const read = (kind: FormTableKind) => {
    const { grid, header } = sheets[kind];
    const { columns, required } = FORM_TABLES[kind];
    return readFormTable(grid, columns, required, { ...context, sheetName: grid.name }, header);
  };
  const indicators = read("indicators");
  if (!indicators.ok) return indicators;
  const tasks = read("tasks");
  if (!tasks.ok) return tasks;
  return {
    ok: true,
    indicators: indicators.rows.map(indicatorEntry),
    tasks: tasks.rows.map(taskEntry),
    notes: [...indicators.notes, ...tasks.notes],
  };
}
