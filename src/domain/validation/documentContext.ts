/** One row of the form's "Văn bản" table read once, so every rule of documentRules looks at the same reading. */
import { readDocumentDate } from "../documents/documentDate";
import { parseDocumentNumber } from "../documents/documentNumber";
import type { IsoDate } from "../language/types";
import type { CellInput, DocumentEntry } from "../submission/types";
import { cellText } from "./readCell";
import type { ValidationContext } from "./validationContext";

export interface DocumentRuleContext {
  entry: DocumentEntry;
  validation: ValidationContext;
  numberText: string;
  /** The số/ký hiệu tidied, when it is one. */
  number?: string;
  dateText: string;
  /** The issue day, when the cell holds one. */
  date?: IsoDate;
  summary: string;
  /** The task codes written (a cell may name several, separated by commas or semicolons). */
  taskIds: string[];
  /** Those of `taskIds` the catalog does not have. */
  unknownTaskIds: string[];
}

export function documentRuleContext(entry: DocumentEntry, validation: ValidationContext): DocumentRuleContext {
  const numberText = cellText(entry.number);
  const number = numberText === "" ? undefined : parseDocumentNumber(numberText);
  const date = entry.date && entry.date.raw !== null ? readDocumentDate(entry.date.raw) : undefined;
  const taskIds = cellText(entry.taskId)
    .split(/[,;\s]+/)
    .filter((id) => id !== "");
  const known = new Set(validation.catalog.tasks.map((task) => task.id));
  return {
    entry,
    validation,
    numberText,
    ...(number ? { number } : {}),
    dateText: cellText(entry.date),
    ...(date ? { date } : {}),
    summary: cellText(entry.summary),
    taskIds,
    unknownTaskIds: taskIds.filter((id) => !known.has(id)),
  };
}

/** The row's cells that are there, in column order. */
export function documentCells(entry: DocumentEntry): CellInput[] {
  return [entry.number, entry.date, entry.summary, entry.taskId].filter(
    (cell): cell is CellInput => cell !== undefined,
  );
}
