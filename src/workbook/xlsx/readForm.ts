/**
 * A filled unit form's sheets → Submission. Trusts the identity sheet, the header texts and Mã, never cell
 * addresses; cells keep their addresses so findings can point at them.
 */
import { periodYear } from "../../domain/language/parsePeriod";
import { success, type Failure, type Result } from "../../domain/result";
import type { Submission } from "../../domain/submission/types";
import type { Finding } from "../../domain/validation/types";
import { readDocumentTable } from "../reading/readDocumentTable";
import { readFormTables } from "../reading/readFormTables";
import type { SheetGrid } from "../reading/sheetGrid";
import { FORM_SHEETS } from "../templates/formLayout";
import { readerTexts } from "../../domain/texts/templates";
import { readContact } from "./readContact";
import { readIdentity } from "../reading/readIdentity";
import { readShownIdentity } from "../reading/readShownIdentity";
import type { FindingCode } from "../../domain/texts/findingKinds";
import { inspectTexts } from "../../domain/texts/inspect";
import { readXlsx, type XlsxProblem } from "./readXlsx";

/** Why a file is not read, as one finding. */
export type Refusal = Failure<{ finding: Finding }>;

/** A unit's form read: its submission and the notes on how it was read. */
export interface FormRead {
  submission: Submission;
  notes: Finding[];
}

export type ReadFormResult = Result<FormRead, { finding: Finding }>;

/** A workbook's sheets by name, as the form reader takes them (undefined: no such sheet). */
export type FormSheets = (name: string) => SheetGrid | undefined;

/** The sheets a unit's form is read from. */
export const FORM_SHEET_NAMES: string[] = [
  FORM_SHEETS.identity,
  FORM_SHEETS.cover,
  FORM_SHEETS.indicators,
  FORM_SHEETS.tasks,
  FORM_SHEETS.documents,
];

function refuse(file: string, code: FindingCode, message: string, sheet?: string, fix?: string): Refusal {
  return {
    ok: false,
    finding: { file, severity: "error", code, message, ...(sheet ? { sheet } : {}), ...(fix ? { fix } : {}) },
  };
}

/** Why readXlsx could not read a file, as the one finding the officer reads. */
export function xlsxRefusal(file: string, problem: XlsxProblem): Refusal {
  switch (problem.code) {
    case "crc_mismatch":
      return refuse(
        file,
        problem.code,
        inspectTexts.crcMismatch(file, problem.entry),
        undefined,
        inspectTexts.truncatedFileFix,
      );
    case "size_mismatch":
      return refuse(
        file,
        problem.code,
        inspectTexts.sizeMismatch(file, problem.entry),
        undefined,
        inspectTexts.suspiciousFix,
      );
    case "unreadable":
      return refuse(file, "unreadable_file", readerTexts.unreadableFile(file));
  }
}

/** The signature of the old binary Excel format (OLE compound file). */
const LEGACY_EXCEL_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

/** A form's .xlsx bytes read without the file inspection (the caller knows them to be an .xlsx workbook). */
export async function readForm(bytes: Uint8Array, fileName: string, receivedAt: string): Promise<ReadFormResult> {
  if (LEGACY_EXCEL_SIGNATURE.every((byte, i) => bytes[i] === byte)) {
    return refuse(fileName, "unreadable_file", readerTexts.legacyExcelFile(fileName));
  }
  const opened = readXlsx(bytes, (names) => (hasFormIdentity(names) ? FORM_SHEET_NAMES : []));
  if (!opened.ok) return xlsxRefusal(fileName, opened.problem);
  return readLoadedForm((name) => opened.value.grids.get(name), fileName, receivedAt);
}

/** Whether the workbook is one unit's form as we built it: it carries the hidden identity sheet. */
export function hasFormIdentity(sheetNames: string[]): boolean {
  return sheetNames.includes(FORM_SHEETS.identity);
}

/** One unit's form, trusted by its identity sheet; anything else is refused with the reason. */
export function readLoadedForm(sheet: FormSheets, fileName: string, receivedAt: string): ReadFormResult {
  const identitySheet = sheet(FORM_SHEETS.identity);
  if (!identitySheet) {
    return refuse(fileName, "not_a_form", readerTexts.notAForm(fileName, FORM_SHEETS.identity), FORM_SHEETS.identity);
  }
  const identityRead = readIdentity(identitySheet);
  if (!identityRead.ok) {
    const message = readerTexts.identityIncomplete(fileName, FORM_SHEETS.identity, identityRead.missing);
    return refuse(fileName, "not_a_form", message, FORM_SHEETS.identity);
  }
  const identity = identityRead.value;
  const cover = sheet(FORM_SHEETS.cover);
  const indicators = sheet(FORM_SHEETS.indicators);
  const tasks = sheet(FORM_SHEETS.tasks);
  for (const [name, grid] of [
    [FORM_SHEETS.cover, cover],
    [FORM_SHEETS.indicators, indicators],
    [FORM_SHEETS.tasks, tasks],
  ] as const) {
    if (!grid) return refuse(fileName, "missing_sheet", readerTexts.missingSheet(fileName, name), name);
  }
  const tables = readFormTables(
    { indicators: indicators as SheetGrid, tasks: tasks as SheetGrid },
    { file: fileName, unit: identity.unitId, year: periodYear(identity.period) },
  );
  if (!tables.ok) return tables;
  const documentsSheet = sheet(FORM_SHEETS.documents);
  const documents = documentsSheet
    ? readDocumentTable(documentsSheet, { file: fileName, unit: identity.unitId })
    : undefined;
  const contact = readContact(cover as SheetGrid);
  const shownIdentity = readShownIdentity({
    cover: cover as SheetGrid,
    tables: [indicators as SheetGrid, tasks as SheetGrid, ...(documentsSheet ? [documentsSheet] : [])],
  });
  return success({
    submission: {
      file: fileName,
      receivedAt,
      identity,
      unitId: identity.unitId,
      period: identity.period,
      shownIdentity,
      ...(contact ? { contact } : {}),
      indicators: tables.value.indicators,
      tasks: tables.value.tasks,
      ...(documents ? { documents: documents.documents } : {}),
    },
    notes: [...tables.value.notes, ...(documents?.notes ?? [])],
  });
}
