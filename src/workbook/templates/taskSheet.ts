/**
 * The form's "Nhiệm vụ" sheet: the unit's tasks with Tiến độ, Tỷ lệ hoàn thành and the three texts, each
 * programme (CĐS plan, KHCN plan, tasks carried over, assignments) under its own heading row, in catalog order.
 * A task whose deadline has parts asks Tiến độ on a row per part below it ("Phần (1)", Thời gian "Quý I/2026"),
 * since each part is due on its own day; the task's row keeps one Tỷ lệ and the texts for the whole task.
 */
import { tasksByProgramme } from "../../domain/catalog/programmes";
import { columnOf, TASK_COLUMNS, type TaskColumnKey } from "../../domain/forms/formColumns";
import type { Catalog, Task } from "../../domain/catalog/types";
import { isComposite } from "../../domain/language/deadlineParts";
import { partRowId, partRowTexts } from "../../domain/forms/taskPartRows";
import { formTexts } from "../../domain/texts/templates";
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
  if (isComposite(task.deadline)) setCell(sheet, row, col("status"), formTexts.statusByPart, "notApplicable");
  else setCell(sheet, row, col("status"), null, "inputText");
  setCell(sheet, row, col("progress"), null, "input");
  setRow(sheet, row, [null, null, null], "inputText", col("description"));
}

/** Part `index` of the task's deadline: only its Tiến độ is asked, the other inputs stay on the task's row. */
function writePartRow(sheet: Sheet, row: number, task: Task, index: number): void {
  const texts = partRowTexts(task, index);
  setRow(sheet, row, [partRowId(task.id, index), null], "cellCenter");
  setRow(sheet, row, [texts.name, null], "cell", col("name"));
  setCell(sheet, row, col("deadline"), texts.deadline, "cellCenter");
  setCell(sheet, row, col("status"), null, "inputText");
  setRow(sheet, row, [null, null, null, null], "notApplicable", col("progress"));
}

export function addTaskSheet(catalog: Catalog, tasks: Task[], title: string, unitLine: string): Sheet {
  const sheet = createFormTable(FORM_SHEETS.tasks, TASK_COLUMNS, title, unitLine);
  const rows: { row: number; kind: InputKind }[] = [];
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
      const composite = isComposite(line.item.deadline);
      rows.push(...INPUTS.filter((kind) => !(composite && kind === "status")).map((kind) => ({ row, kind })));
      for (const index of composite ? line.item.deadline.parts.keys() : []) {
        writePartRow(sheet, ++row, line.item, index);
        rows.push({ row, kind: "status" });
      }
    }
  }
  for (const kind of INPUTS) {
    sheet.validations.push(
      ...columnValidations(
        col(kind),
        rows.filter((input) => input.kind === kind),
      ),
    );
  }
  finishFormTable(sheet, TASK_COLUMNS, row);
  return sheet;
}
