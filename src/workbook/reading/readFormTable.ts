/**
 * A form's table read by its header texts and Mã: the header row is searched in the first rows, columns
 * are mapped by header (accents, case and spacing forgiven), rows are keyed by Mã. Sorted rows, moved
 * columns and rows inserted above the table all read the same.
 */
import { foldForMatching } from "../../domain/language/cellText";
import { type ColumnSpec } from "../../domain/forms/formColumns";
import { success, type Result } from "../../domain/result";
import type { CellInput } from "../../domain/submission/types";
import type { Finding } from "../../domain/validation/types";
import { HEADER_SEARCH_ROWS } from "../templates/formLayout";
import { readerTexts } from "../../domain/texts/templates";
import type { SheetGrid } from "./sheetGrid";
import type { FindingCode } from "../../domain/texts/findingKinds";

export interface TableRow {
  id: string;
  /** Cells by column key; a column missing from the sheet has no entry. */
  cells: Record<string, CellInput>;
}

export type TableRead = Result<{ rows: TableRow[]; notes: Finding[] }, { finding: Finding }>;

export interface TableContext {
  file: string;
  unit: string;
  sheetName: string;
}

/** Distinct texts remembered by foldHeader; a hostile file full of distinct texts only empties the memory. */
const FOLDED_TEXTS_KEPT = 10_000;
const foldedTexts = new Map<string, string>();

/**
 * "KẾT QUẢ   thực hien" → "ket qua thuc hien". Every header and cover label is folded in every file, and the
 * same few texts come back each time, so each is folded once.
 */
export function foldHeader(text: string): string {
  const known = foldedTexts.get(text);
  if (known !== undefined) return known;
  const folded = foldForMatching(text.normalize("NFC")).replace(/\s+/g, " ").trim();
  if (foldedTexts.size >= FOLDED_TEXTS_KEPT) foldedTexts.clear();
  foldedTexts.set(text, folded);
  return folded;
}

/** Column number of each header found in `row`, by column key. */
function headerColumns(grid: SheetGrid, row: number, columns: readonly ColumnSpec[]): Map<string, number> {
  const byHeader = new Map(columns.map((column) => [foldHeader(column.header), column.key]));
  const found = new Map<string, number>();
  for (const [col, text] of grid.rowTexts(row)) {
    const key = byHeader.get(foldHeader(text));
    if (key !== undefined && !found.has(key)) found.set(key, col);
  }
  return found;
}

export interface HeaderRow {
  row: number;
  /** Column number by column key, for the headers found. */
  found: Map<string, number>;
}

/** The first row holding Mã and at least two other headers of the layout: what makes a sheet one of ours. */
export function findHeaderRow(grid: SheetGrid, columns: readonly ColumnSpec[]): HeaderRow | undefined {
  const idKey = idKeyOf(columns);
  for (let row = 1; row <= Math.min(HEADER_SEARCH_ROWS, grid.rowCount); row++) {
    const found = headerColumns(grid, row, columns);
    if (found.has(idKey) && found.size >= 3) return { row, found };
  }
  return undefined;
}

function idKeyOf(columns: readonly ColumnSpec[]): string {
  return columns.find((column) => column.role === "id")?.key ?? "id";
}

function failure(context: TableContext, code: FindingCode, message: string): TableRead {
  return {
    ok: false,
    finding: { file: context.file, unit: context.unit, sheet: context.sheetName, severity: "error", code, message },
  };
}

/**
 * Reads every row below the header whose Mã is filled. `required` columns must be present (else the sheet
 * cannot be read); other missing columns are noted, and their cells left out of the rows.
 */
export function readFormTable(
  grid: SheetGrid,
  columns: readonly ColumnSpec[],
  required: string[],
  context: TableContext,
  header: HeaderRow | undefined = findHeaderRow(grid, columns),
): TableRead {
  const idKey = idKeyOf(columns);
  if (!header) {
    return failure(
      context,
      "missing_header",
      readerTexts.missingHeader(context.file, context.sheetName, HEADER_SEARCH_ROWS),
    );
  }
  const notes: Finding[] = [];
  /** A warning about this sheet: the table is read, but the officer should know. */
  const note = (code: FindingCode, message: string, at?: { cell: string; fix: string }) =>
    notes.push({
      file: context.file,
      unit: context.unit,
      sheet: context.sheetName,
      ...(at ? { cell: at.cell } : {}),
      severity: "warning",
      code,
      message,
      ...(at ? { fix: at.fix } : {}),
    });
  for (const column of columns) {
    if (header.found.has(column.key)) continue;
    const message = readerTexts.missingColumn(context.file, context.sheetName, column.header);
    if (required.includes(column.key)) return failure(context, "missing_column", message);
    note("missing_column", message);
  }
  const idCol = header.found.get(idKey) as number;
  const inputColumns = columns
    .filter((column) => column.role === "input" && header.found.has(column.key))
    .map((column) => header.found.get(column.key) as number);
  const rows: TableRow[] = [];
  const seen = new Set<string>();
  const merged = new Map<string, string[]>();
  for (let r = header.row + 1; r <= grid.rowCount; r++) {
    const idCell = grid.input(r, idCol);
    const id = idCell.raw === null ? "" : String(idCell.raw).trim();
    if (id === "") {
      // A row the unit inserted: group rows carry no input, so anything typed here would be silently lost.
      const typed = inputColumns.find((col) => grid.input(r, col).raw !== null);
      if (typed !== undefined) {
        note("row_without_id", readerTexts.rowWithoutId(context.sheetName, r), {
          cell: idCell.cell,
          fix: readerTexts.rowWithoutIdFix,
        });
      }
      continue;
    }
    if (seen.has(id)) {
      note("duplicate_row", readerTexts.duplicateRow(context.sheetName, id, idCell.cell), {
        cell: idCell.cell,
        fix: readerTexts.duplicateRowFix,
      });
      continue;
    }
    seen.add(id);
    const cells: Record<string, CellInput> = {};
    for (const [key, col] of header.found) {
      if (key === idKey) continue;
      const master = grid.coveringMerge(r, col);
      cells[key] = grid.input(r, col);
      if (master) merged.set(master, [...(merged.get(master) ?? []), cells[key].cell]);
    }
    rows.push({ id, cells });
  }
  for (const [master, covered] of merged) {
    const range = `${master}:${covered[covered.length - 1]}`;
    note("merged_cell", readerTexts.mergedCell(context.sheetName, range), {
      cell: master,
      fix: readerTexts.mergedCellFix,
    });
  }
  return success({ rows, notes });
}
