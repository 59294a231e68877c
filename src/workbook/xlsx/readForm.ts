/**
 * A filled unit form (.xlsx bytes) → Submission, with ExcelJS. Trusts the identity sheet, the header
 * texts and Mã, never cell addresses; cells keep their addresses so findings can point at them.
 */
import ExcelJS from "exceljs";
import type { IndicatorEntry, Submission, TaskEntry } from "../../domain/submission/types";
import type { Finding } from "../../domain/validation/types";
import { FORM_SHEETS, INDICATOR_COLUMNS, TASK_COLUMNS, type ColumnSpec } from "../templates/formLayout";
import { readerTexts } from "../../domain/texts/templates";
import { readContact } from "./readContact";
import { readFormTable, type TableRow } from "./readFormTable";
import { readIdentity } from "./readIdentity";

export type ReadFormResult = { ok: true; submission: Submission; notes: Finding[] } | { ok: false; finding: Finding };

/** The signature of the old binary Excel format (OLE compound file), which ExcelJS cannot read. */
const LEGACY_EXCEL_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function refuse(file: string, code: string, message: string, sheet?: string): ReadFormResult {
  return { ok: false, finding: { file, severity: "error", code, message, ...(sheet ? { sheet } : {}) } };
}

/**
 * Worksheet parts the reader never looks at (validation lists and highlighting rules are most of the parsing
 * saved, about a fifth of the load). Cell values, styles (for the percent format), merges and column styles
 * (an empty cell takes its column's format) stay.
 */
const IGNORED_SHEET_PARTS = [
  "dataValidations",
  "conditionalFormatting",
  "extLst",
  "sheetProtection",
  "sheetViews",
  "pageSetup",
  "pageMargins",
  "printOptions",
  "headerFooter",
  "rowBreaks",
];

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook | undefined> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer, { ignoreNodes: IGNORED_SHEET_PARTS });
    return workbook;
  } catch {
    return undefined;
  }
}

/** The fixed columns of a row, keyed by their header text as the form prints it. */
function fixedCells(row: TableRow, columns: readonly ColumnSpec[]) {
  return Object.fromEntries(
    columns
      .filter((column) => column.role === "fixed" && row.cells[column.key])
      .map((c) => [c.header, row.cells[c.key]]),
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

function indicatorEntry(row: TableRow): IndicatorEntry {
  return {
    indicatorId: row.id,
    fixed: fixedCells(row, INDICATOR_COLUMNS),
    result: row.cells.result,
    ...present(row, { numerator: "numerator", denominator: "denominator", note: "note" }),
  };
}

function taskEntry(row: TableRow): TaskEntry {
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
  };
}

export async function readForm(bytes: Uint8Array, fileName: string, receivedAt: string): Promise<ReadFormResult> {
  if (LEGACY_EXCEL_SIGNATURE.every((byte, i) => bytes[i] === byte)) {
    return refuse(fileName, "unreadable_file", readerTexts.legacyExcelFile(fileName));
  }
  const workbook = await loadWorkbook(bytes);
  if (!workbook) return refuse(fileName, "unreadable_file", readerTexts.unreadableFile(fileName));
  const identitySheet = workbook.getWorksheet(FORM_SHEETS.identity);
  if (!identitySheet) {
    return refuse(fileName, "not_a_form", readerTexts.notAForm(fileName, FORM_SHEETS.identity), FORM_SHEETS.identity);
  }
  const identityRead = readIdentity(identitySheet);
  if (!identityRead.ok) {
    const message = readerTexts.identityIncomplete(fileName, FORM_SHEETS.identity, identityRead.missing);
    return refuse(fileName, "not_a_form", message, FORM_SHEETS.identity);
  }
  const { identity } = identityRead;
  for (const name of [FORM_SHEETS.cover, FORM_SHEETS.indicators, FORM_SHEETS.tasks]) {
    if (!workbook.getWorksheet(name))
      return refuse(fileName, "missing_sheet", readerTexts.missingSheet(fileName, name), name);
  }
  const context = (sheetName: string) => ({ file: fileName, unit: identity.unitId, sheetName });
  const indicators = readFormTable(
    workbook.getWorksheet(FORM_SHEETS.indicators) as ExcelJS.Worksheet,
    INDICATOR_COLUMNS,
    ["result"],
    context(FORM_SHEETS.indicators),
  );
  if (!indicators.ok) return indicators;
  const tasks = readFormTable(
    workbook.getWorksheet(FORM_SHEETS.tasks) as ExcelJS.Worksheet,
    TASK_COLUMNS,
    ["status"],
    context(FORM_SHEETS.tasks),
  );
  if (!tasks.ok) return tasks;
  const contact = readContact(workbook.getWorksheet(FORM_SHEETS.cover) as ExcelJS.Worksheet);
  return {
    ok: true,
    submission: {
      file: fileName,
      receivedAt,
      identity,
      unitId: identity.unitId,
      period: identity.period,
      ...(contact ? { contact } : {}),
      indicators: indicators.rows.map(indicatorEntry),
      tasks: tasks.rows.map(taskEntry),
    },
    notes: [...indicators.notes, ...tasks.notes],
  };
}
