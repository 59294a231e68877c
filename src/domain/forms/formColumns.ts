/**
 * The columns of a unit's form, defined once: the form builder prints them, the reader finds them by their
 * headers, the validator judges the locked ones and names them in its messages. The indicator table's two
 * year columns take the plan's year, so a 2027 plan's forms say "Kết quả năm 2026" and "Chỉ tiêu năm 2027".
 */
import { columnHeaders } from "../texts/formColumns";

/** id: the catalog id (Mã); fixed: locked plan text the validator compares; input: what the unit fills. */
export type ColumnRole = "id" | "fixed" | "input";

export interface ColumnSpec {
  key: string;
  header: string;
  role: ColumnRole;
  /** Width in Excel's character units, chosen so the table fits A4 landscape at a readable scale. */
  width: number;
}

/** Both catalog tables open with the hidden Mã that keys each row and the plan's STT. */
const CATALOG_ROW_KEYS = [
  { key: "id", header: columnHeaders.id, role: "id", width: 11 },
  { key: "stt", header: columnHeaders.stt, role: "fixed", width: 5 },
] as const satisfies readonly ColumnSpec[];

export function indicatorColumns(year: number) {
  return [
    ...CATALOG_ROW_KEYS,
    { key: "name", header: columnHeaders.indicatorName, role: "fixed", width: 46 },
    { key: "result2025", header: columnHeaders.lastYearResult(year - 1), role: "fixed", width: 14 },
    { key: "target2026", header: columnHeaders.target(year), role: "fixed", width: 13 },
    { key: "result", header: columnHeaders.result, role: "input", width: 13 },
    { key: "numerator", header: columnHeaders.numerator, role: "input", width: 10 },
    { key: "denominator", header: columnHeaders.denominator, role: "input", width: 10 },
    { key: "note", header: columnHeaders.note, role: "input", width: 20 },
  ] as const satisfies readonly ColumnSpec[];
}

export const TASK_COLUMNS = [
  ...CATALOG_ROW_KEYS,
  { key: "name", header: columnHeaders.taskName, role: "fixed", width: 36 },
  { key: "product", header: columnHeaders.product, role: "fixed", width: 18 },
  { key: "deadline", header: columnHeaders.deadline, role: "fixed", width: 14 },
  { key: "status", header: columnHeaders.status, role: "input", width: 14 },
  { key: "progress", header: columnHeaders.progress, role: "input", width: 10 },
  { key: "description", header: columnHeaders.description, role: "input", width: 30 },
  { key: "difficulties", header: columnHeaders.difficulties, role: "input", width: 17 },
  { key: "proposals", header: columnHeaders.proposals, role: "input", width: 17 },
] as const satisfies readonly ColumnSpec[];

/**
 * The documents a unit issued in the period (Phụ lục I of the report). No catalog item to key a row by, so the
 * locked STT is the row's id: the reader takes the rows whose STT is there and whose inputs are not all blank.
 */
export const DOCUMENT_COLUMNS = [
  { key: "id", header: columnHeaders.stt, role: "id", width: 6 },
  { key: "number", header: columnHeaders.documentNumber, role: "input", width: 20 },
  { key: "date", header: columnHeaders.documentDate, role: "input", width: 14 },
  { key: "summary", header: columnHeaders.documentSummary, role: "input", width: 64 },
  { key: "taskId", header: columnHeaders.documentTask, role: "input", width: 16 },
] as const satisfies readonly ColumnSpec[];

export type IndicatorColumnKey = ReturnType<typeof indicatorColumns>[number]["key"];
export type TaskColumnKey = (typeof TASK_COLUMNS)[number]["key"];
export type DocumentColumnKey = (typeof DOCUMENT_COLUMNS)[number]["key"];

/** 1-based column of `key` in the layout as built (the reader maps columns by header instead). */
export function columnOf(columns: readonly ColumnSpec[], key: string): number {
  const index = columns.findIndex((column) => column.key === key);
  if (index < 0) throw new Error(`Unknown form column: ${key}`);
  return index + 1;
}

/** The header a column prints, for messages that name it. */
export function headerOf(columns: readonly ColumnSpec[], key: string): string {
  return columns[columnOf(columns, key) - 1].header;
}
