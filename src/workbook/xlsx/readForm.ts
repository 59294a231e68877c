/**
 * A filled unit form (.xlsx bytes) → Submission, with ExcelJS. Trusts the identity sheet, the header
 * texts and Mã, never cell addresses; cells keep their addresses so findings can point at them.
 */
import ExcelJS from "exceljs";
import type { Submission } from "../../domain/submission/types";
import type { Finding } from "../../domain/validation/types";
import { readDocumentTable } from "../reading/readDocumentTable";
import { readFormTables } from "../reading/readFormTables";
import { FORM_SHEETS } from "../templates/formLayout";
import { readerTexts } from "../../domain/texts/templates";
import { readContact } from "./readContact";
import { excelJsGrid } from "./excelJsGrid";
import { readIdentity } from "../reading/readIdentity";
import { readShownIdentity } from "../reading/readShownIdentity";
import type { FindingCode } from "../../domain/texts/findingKinds";

/** Why a file is not read, as one finding. */
export type Refusal = { ok: false; finding: Finding };

export type ReadFormResult = { ok: true; submission: Submission; notes: Finding[] } | Refusal;

/** The signature of the old binary Excel format (OLE compound file), which ExcelJS cannot read. */
const LEGACY_EXCEL_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function refuse(file: string, code: FindingCode, message: string, sheet?: string): Refusal {
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

/** `whole`: every part kept, for a workbook that is written again; else only what the reader looks at. */
async function loadWorkbook(bytes: Uint8Array, whole: boolean): Promise<ExcelJS.Workbook | undefined> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer, { ignoreNodes: whole ? [] : IGNORED_SHEET_PARTS });
    return workbook;
  } catch {
    return undefined;
  }
}

/** The bytes opened as a workbook, or the one finding saying why they cannot be. */
export type OpenedWorkbook = { ok: true; workbook: ExcelJS.Workbook } | Refusal;

export async function openWorkbook(bytes: Uint8Array, fileName: string, whole = false): Promise<OpenedWorkbook> {
  if (LEGACY_EXCEL_SIGNATURE.every((byte, i) => bytes[i] === byte)) {
    return refuse(fileName, "unreadable_file", readerTexts.legacyExcelFile(fileName));
  }
  const workbook = await loadWorkbook(bytes, whole);
  if (!workbook) return refuse(fileName, "unreadable_file", readerTexts.unreadableFile(fileName));
  return { ok: true, workbook };
}

/** Whether the workbook is one unit's form as we built it: it carries the hidden identity sheet. */
export function hasFormIdentity(workbook: ExcelJS.Workbook): boolean {
  return workbook.getWorksheet(FORM_SHEETS.identity) !== undefined;
}

export async function readForm(bytes: Uint8Array, fileName: string, receivedAt: string): Promise<ReadFormResult> {
  const opened = await openWorkbook(bytes, fileName);
  return opened.ok ? readLoadedForm(opened.workbook, fileName, receivedAt) : opened;
}

/** One unit's form, trusted by its identity sheet; anything else is refused with the reason. */
export function readLoadedForm(workbook: ExcelJS.Workbook, fileName: string, receivedAt: string): ReadFormResult {
  const identitySheet = workbook.getWorksheet(FORM_SHEETS.identity);
  if (!identitySheet) {
    return refuse(fileName, "not_a_form", readerTexts.notAForm(fileName, FORM_SHEETS.identity), FORM_SHEETS.identity);
  }
  const identityRead = readIdentity(excelJsGrid(identitySheet));
  if (!identityRead.ok) {
    const message = readerTexts.identityIncomplete(fileName, FORM_SHEETS.identity, identityRead.missing);
    return refuse(fileName, "not_a_form", message, FORM_SHEETS.identity);
  }
  const { identity } = identityRead;
  for (const name of [FORM_SHEETS.cover, FORM_SHEETS.indicators, FORM_SHEETS.tasks]) {
    if (!workbook.getWorksheet(name))
      return refuse(fileName, "missing_sheet", readerTexts.missingSheet(fileName, name), name);
  }
  const sheet = (name: string) => ({ grid: excelJsGrid(workbook.getWorksheet(name) as ExcelJS.Worksheet, name) });
  const tables = readFormTables(
    { indicators: sheet(FORM_SHEETS.indicators), tasks: sheet(FORM_SHEETS.tasks) },
    { file: fileName, unit: identity.unitId },
  );
  if (!tables.ok) return tables;
  const documentsSheet = workbook.getWorksheet(FORM_SHEETS.documents);
  const documents = documentsSheet
    ? readDocumentTable(excelJsGrid(documentsSheet), { file: fileName, unit: identity.unitId })
    : undefined;
  const contact = readContact(workbook.getWorksheet(FORM_SHEETS.cover) as ExcelJS.Worksheet);
  const shownIdentity = readShownIdentity({
    cover: sheet(FORM_SHEETS.cover).grid,
    tables: [
      sheet(FORM_SHEETS.indicators).grid,
      sheet(FORM_SHEETS.tasks).grid,
      ...(documentsSheet ? [excelJsGrid(documentsSheet)] : []),
    ],
  });
  return {
    ok: true,
    submission: {
      file: fileName,
      receivedAt,
      identity,
      unitId: identity.unitId,
      period: identity.period,
      shownIdentity,
      ...(contact ? { contact } : {}),
      indicators: tables.indicators,
      tasks: tables.tasks,
      ...(documents ? { documents: documents.documents } : {}),
    },
    notes: [...tables.notes, ...(documents?.notes ?? [])],
  };
}
