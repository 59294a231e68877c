/**
 * A form's two tables → the submission's entries, the same whether the tables came from a file or from sheets
 * copied into a workbook.
 */
import { success, type Result } from "../../domain/result";
import type { IndicatorEntry, TaskEntry, TaskPartEntry } from "../../domain/submission/types";
import { readPartRowId } from "../../domain/forms/taskPartRows";
import { indicatorColumns, TASK_COLUMNS, type ColumnSpec } from "../../domain/forms/formColumns";
import type { Finding } from "../../domain/validation/types";
import { readFormTable, type TableRow } from "./readFormTable";
import type { SheetGrid } from "./sheetGrid";

export type FormTableKind = "indicators" | "tasks";

/** Each table's columns for the plan's year, and the input columns without which it cannot be read. */
export function formTables(
  year: number,
): Record<FormTableKind, { columns: readonly ColumnSpec[]; required: string[] }> {
  return {
    indicators: { columns: indicatorColumns(year), required: ["result"] },
    tasks: { columns: TASK_COLUMNS, required: ["status"] },
  };
}

export type FormTablesRead = Result<
  { indicators: IndicatorEntry[]; tasks: TaskEntry[]; notes: Finding[] },
  { finding: Finding }
>;

/** The fixed cells of a row, keyed by column key: the header names them only in messages. */
function fixedCells(row: TableRow, columns: readonly ColumnSpec[]) {
  return Object.fromEntries(
    columns.filter((column) => column.role === "fixed" && row.cells[column.key]).map((c) => [c.key, row.cells[c.key]]),
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

function indicatorEntry(row: TableRow, columns: readonly ColumnSpec[]): IndicatorEntry {
  return {
    indicatorId: row.id,
    fixed: fixedCells(row, columns),
    result: row.cells.result,
    ...present(row, { numerator: "numerator", denominator: "denominator", note: "note" }),
  };
}

function taskEntry(row: TableRow, parts: TaskPartEntry[] | undefined): TaskEntry {
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
    ...(parts ? { parts } : {}),
  };
}

/** Task rows with their part rows ("NV.I.8#1", wherever they stand) as the task's parts, in part order. */
function taskEntries(rows: TableRow[]): TaskEntry[] {
  const parts = new Map<string, TaskPartEntry[]>();
  for (const row of rows) {
    const part = readPartRowId(row.id);
    if (!part) continue;
    const entry = { index: part.index, fixed: fixedCells(row, TASK_COLUMNS), status: row.cells.status };
    parts.set(part.taskId, [...(parts.get(part.taskId) ?? []), entry]);
  }
  return rows
    .filter((row) => !readPartRowId(row.id))
    .map((row) =>
      taskEntry(
        row,
        parts.get(row.id)?.sort((a, b) => a.index - b.index),
      ),
    );
}

/**
 * Both tables read, or the finding of the first that cannot be; the notes of both, indicators first. `year`,
 * the plan's (the period's), names the two year columns the indicator table's header must have.
 */
export function readFormTables(
  grids: Record<FormTableKind, SheetGrid>,
  context: { file: string; unit: string; year: number },
): FormTablesRead {
  const tables = formTables(context.year);
  const read = (kind: FormTableKind) => {
    const { columns, required } = tables[kind];
    const grid = grids[kind];
    return readFormTable(grid, columns, required, { file: context.file, unit: context.unit, sheetName: grid.name });
  };
  const indicators = read("indicators");
  if (!indicators.ok) return indicators;
  const tasks = read("tasks");
  if (!tasks.ok) return tasks;
  return success({
    indicators: indicators.value.rows.map((row) => indicatorEntry(row, tables.indicators.columns)),
    tasks: taskEntries(tasks.value.rows),
    notes: [...indicators.value.notes, ...tasks.value.notes],
  });
}
