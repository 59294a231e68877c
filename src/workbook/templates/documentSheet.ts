/**
 * The form's "Văn bản" sheet: the documents the unit issued in the period, for Phụ lục I of the report. A sheet of
 * its own, not rows under the tasks: it has its own columns, it is optional (an old form without it stays valid),
 * and the task sheet's layout can change without touching it.
 */
import { setCell, setRow, type Sheet } from "../model";
import { columnOf, DOCUMENT_COLUMNS, DOCUMENT_ROWS, FORM_SHEETS, TABLE_HEADER_ROW } from "./formLayout";
import type { DocumentColumnKey } from "./formLayout";
import { createFormTable, finishFormTable } from "./formTable";
import { inputValidation, type InputKind } from "./inputRules";
import { formTexts, validationTexts } from "../../domain/texts/templates";

const col = (key: DocumentColumnKey) => columnOf(DOCUMENT_COLUMNS, key);
const INPUTS: [DocumentColumnKey, InputKind][] = [
  ["number", "documentNumber"],
  ["date", "documentDate"],
  ["summary", "documentSummary"],
];
/** Excel keeps at most 255 characters of a list typed into a validation. */
const MAX_LIST_LENGTH = 255;

/**
 * The task column offers the unit's own task codes as a list when they fit Excel's 255 characters; a unit with
 * more tasks types the code (the prompt says where to find it) and the validator checks it against the plan.
 */
function taskValidation(taskIds: string[], first: number, last: number) {
  const base = inputValidation("documentTask", col("taskId"), first, last);
  if (taskIds.length === 0 || taskIds.join(",").length > MAX_LIST_LENGTH) return base;
  return {
    ...base,
    rule: { kind: "list" as const, values: taskIds },
    error: { ...validationTexts.documentTask.error, style: "stop" as const },
  };
}

export function addDocumentSheet(taskIds: string[], unitLine: string): Sheet {
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
  sheet.validations.push(taskValidation(taskIds, first, last));
  finishFormTable(sheet, DOCUMENT_COLUMNS, last);
  return sheet;
}
