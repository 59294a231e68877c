/**
 * The form's optional "Văn bản" table → the submission's documents, the same for a file and for a sheet copied
 * into a workbook. Rows are found by their STT; a row whose inputs are all blank is no document. The table being
 * optional, a sheet that cannot be read costs a warning, never the unit's report.
 */
import type { DocumentEntry } from "../../domain/submission/types";
import { DOCUMENT_COLUMNS } from "../../domain/forms/formColumns";
import type { Finding } from "../../domain/validation/types";
import { readerTexts } from "../../domain/texts/templates";
import { readFormTable, type HeaderRow, type TableRow } from "./readFormTable";
import type { SheetGrid } from "./sheetGrid";

export interface DocumentsRead {
  documents: DocumentEntry[];
  notes: Finding[];
}

const INPUT_KEYS = ["number", "date", "summary", "taskId"] as const;

function isUsed(row: TableRow): boolean {
  return INPUT_KEYS.some((key) => {
    const cell = row.cells[key];
    return cell !== undefined && (cell.raw !== null || cell.error !== undefined);
  });
}

function documentEntry(row: TableRow): DocumentEntry {
  const entry: DocumentEntry = { row: row.id };
  for (const key of INPUT_KEYS) if (row.cells[key]) entry[key] = row.cells[key];
  return entry;
}

export function readDocumentTable(
  grid: SheetGrid,
  context: { file: string; unit: string },
  header?: HeaderRow,
): DocumentsRead {
  const read = readFormTable(grid, DOCUMENT_COLUMNS, [], { ...context, sheetName: grid.name }, header);
  if (!read.ok) {
    const headers = DOCUMENT_COLUMNS.map((column) => column.header);
    const message = readerTexts.documentsUnreadable(context.file, grid.name, headers);
    return { documents: [], notes: [{ ...read.finding, severity: "warning", message }] };
  }
  return { documents: read.value.rows.filter(isUsed).map(documentEntry), notes: read.value.notes };
}
