/**
 * The form's "Văn bản" sheet: the documents the unit issued in the period, for Phụ lục I of the report. A sheet of
 * its own, not rows under the tasks: it has its own columns, it is optional (an old form without it stays valid),
 * and the task sheet's layout can change without touching it.
 */
import type { Task } from "../../domain/catalog/types";
import { columnOf, DOCUMENT_COLUMNS, type DocumentColumnKey } from "../../domain/forms/formColumns";
import { columnLetters } from "../model/addresses";
import { setCell, setRow } from "../model/buildSheet";
import type { Sheet } from "../model/types";
import { DOCUMENT_ROWS, FORM_SHEETS, TABLE_HEADER_ROW } from "./formLayout";
import { createFormTable, finishFormTable } from "./formTable";
import { inputValidation, type InputKind } from "./inputRules";
import { formTexts } from "../../domain/texts/templates";

const col = (key: DocumentColumnKey) => columnOf(DOCUMENT_COLUMNS, key);
const INPUTS: [DocumentColumnKey, InputKind][] = [
  ["number", "documentNumber"],
  ["date", "documentDate"],
  ["summary", "documentSummary"],
];
/** The unit's tasks, code and name, from column G: locked, outside the printed table, the source of the code list. */
const TASK_LIST_COLUMN = DOCUMENT_COLUMNS.length + 2;
const TASK_LIST_WIDTHS = [12, 48];

/**
 * The task column offers the unit's own task codes as a drop-down list read from the task list beside the table
 * (a list typed into the validation would stop at Excel's 255 characters, some 25 codes). The validator still
 * checks a code typed or pasted against the plan.
 */
function addTaskList(sheet: Sheet, tasks: Task[], first: number, last: number) {
  formTexts.documentsTaskList.forEach((header, i) =>
    setCell(sheet, TABLE_HEADER_ROW, TASK_LIST_COLUMN + i, header, "header"),
  );
  tasks.forEach((task, i) => setRow(sheet, first + i, [task.id, task.name], "cell", TASK_LIST_COLUMN));
  TASK_LIST_WIDTHS.forEach((width, i) => (sheet.columnWidths[TASK_LIST_COLUMN + i] = width));
  const base = inputValidation("documentTask", col("taskId"), first, last);
  if (tasks.length === 0) return base;
  const letters = columnLetters(TASK_LIST_COLUMN);
  return {
    ...base,
    rule: { kind: "listRange" as const, range: `$${letters}$${first}:$${letters}$${first + tasks.length - 1}` },
  };
}

export function addDocumentSheet(tasks: Task[], unitLine: string): Sheet {
  const sheet = createFormTable(FORM_SHEETS.documents, DOCUMENT_COLUMNS, formTexts.documentsTitle, unitLine);
  // The optional table says so where the unit looks, in place of the general hint.
  setCell(sheet, 3, 1, formTexts.documentsHint, "hint");
  const first = TABLE_HEADER_ROW + 1;
  const last = TABLE_HEADER_ROW + DOCUMENT_ROWS;
  for (let row = first; row <= last; row++) {
    setCell(sheet, row, col("id"), row - TABLE_HEADER_ROW, "cellCenter");
    setCell(sheet, row, col("number"), null, "inputText");
    setCell(sheet, row, col("date"), null, "inputDate");
    setRow(sheet, row, [null, null], "inputText", col("summary"));
  }
  for (const [key, kind] of INPUTS) sheet.validations.push(inputValidation(kind, col(key), first, last));
  sheet.validations.push(addTaskList(sheet, tasks, first, last));
  finishFormTable(sheet, DOCUMENT_COLUMNS, last);
  return sheet;
}
