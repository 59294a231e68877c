/** One row of the form's "Văn bản" table read once, so every rule of documentRules looks at the same reading. */
import { readDocumentDate } from "../documents/documentDate";
import { documentKey, parseDocumentNumber } from "../documents/documentNumber";
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
  /** The STT of an earlier row of the table with the same số/ký hiệu, when there is one. */
  repeats?: string;
}

/** `earlier`: the rows above, by documentKey of their số/ký hiệu. */
export function documentRuleContext(
  entry: DocumentEntry,
  validation: ValidationContext,
  earlier: ReadonlyMap<string, string> = new Map(),
): DocumentRuleContext {
  const numberText = cellText(entry.number);
  const number = numberText === "" ? undefined : parseDocumentNumber(numberText);
  const date = entry.date && entry.date.raw !== null ? readDocumentDate(entry.date.raw) : undefined;
  const taskIds = cellText(entry.taskId)
    .split(/[,;\s]+/)
    .filter((id) => id !== "");
  const known = new Set(validation.catalog.tasks.map((task) => task.id));
  const repeats = number === undefined ? undefined : earlier.get(documentKey(number));
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
    ...(repeats ? { repeats } : {}),
  };
}

/** The row's cells that are there, in column order. */
export function documentCells(entry: DocumentEntry): CellInput[] {
  return [entry.number, entry.date, entry.summary, entry.taskId].filter(
    (cell): cell is CellInput => cell !== undefined,
  );
}
