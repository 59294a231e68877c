/**
 * The form's "Nhiệm vụ" sheet: the unit's tasks with Tiến độ, Tỷ lệ hoàn thành and the three texts, each
 * programme (CĐS plan, KHCN plan, tasks carried over, assignments) under its own heading row, in catalog order.
 */
import { tasksByProgramme } from "../../domain/catalog/programmes";
import { columnOf, TASK_COLUMNS, type TaskColumnKey } from "../../domain/forms/formColumns";
import type { Catalog, Task } from "../../domain/catalog/types";
import { setCell, setRow } from "../model/buildSheet";
import type { Sheet } from "../model/types";
import { FORM_SHEETS, TABLE_HEADER_ROW } from "./formLayout";
import { createFormTable, finishFormTable, writeTitleRow } from "./formTable";
import { columnValidations, type InputKind } from "./inputRules";
import { outlineRows } from "./outlineRows";

const col = (key: TaskColumnKey) => columnOf(TASK_COLUMNS, key);
const INPUTS: (TaskColumnKey & InputKind)[] = ["status", "progress", "description", "difficulties", "proposals"];

function writeTaskRow(sheet: Sheet, row: number, task: Task): void {
  setRow(sheet, row, [task.id, task.stt], "cellCenter");
  setRow(sheet, row, [task.name, task.product], "cell", col("name"));
  setCell(sheet, row, col("deadline"), task.deadline.raw, "cellCenter");
  setCell(sheet, row, col("status"), null, "inputText");
  setCell(sheet, row, col("progress"), null, "input");
  setRow(sheet, row, [null, null, null], "inputText", col("description"));
}

export function addTaskSheet(catalog: Catalog, tasks: Task[], title: string, unitLine: string): Sheet {
  const sheet = createFormTable(FORM_SHEETS.tasks, TASK_COLUMNS, title, unitLine);
  const rows: number[] = [];
  let row = TABLE_HEADER_ROW;
  const lines = tasksByProgramme(catalog.programmes, tasks).flatMap(({ programme, tasks: programmeTasks }) => [
    { kind: "programme" as const, title: programme.title },
    ...outlineRows(programmeTasks, catalog.tasks, false),
  ]);
  for (const line of lines) {
    row++;
    if (line.kind === "programme") writeTitleRow(sheet, TASK_COLUMNS, row, "", line.title, true);
    else if (line.kind === "group") writeTitleRow(sheet, TASK_COLUMNS, row, line.group, line.title, true);
    else if (line.kind === "parent") writeTitleRow(sheet, TASK_COLUMNS, row, line.item.stt, line.item.name, false);
    else if (line.kind === "item") {
      writeTaskRow(sheet, row, line.item);
      rows.push(row);
    }
  }
  for (const kind of INPUTS) {
    sheet.validations.push(
      ...columnValidations(
        col(kind),
        rows.map((r) => ({ row: r, kind })),
      ),
    );
  }
  finishFormTable(sheet, TASK_COLUMNS, row);
  return sheet;
}
