/**
 * Units' forms copied into one workbook as sheets ("Chỉ tiêu (2)", "Nhiệm vụ (2)", …) → one read per unit and
 * period, as if each unit's file had been chosen. A sheet is a form sheet when it holds a form table (Mã and
 * the layout's headers); the title line above the table ("Đơn vị: … — Kỳ báo cáo: …", locked in the form)
 * says whose it is, since the hidden identity sheet does not travel with a copied sheet. Other sheets — the
 * officer's own, the summary, the plan's appendices — are left alone.
 */
import type { FileOutcome } from "../../domain/consolidation/types";
import { periodYear } from "../../domain/language/parsePeriod";
import type { Unit } from "../../domain/catalog/types";
import { DOCUMENT_COLUMNS, indicatorColumns, TASK_COLUMNS, type ColumnSpec } from "../../domain/forms/formColumns";
import type { FileRead } from "../../domain/consolidation/checkFileRead";
import { createUnitMatcher } from "../../domain/language/matchUnit";
import { parsePeriodLabel } from "../../domain/language/parsePeriodLabel";
import type { FormIdentity, Submission } from "../../domain/submission/types";
import type { Finding } from "../../domain/validation/types";
import { FORM_SHEETS } from "../templates/formLayout";
import { formTexts, readerTexts } from "../../domain/texts/templates";
import { findHeaderRow, type HeaderRow } from "./readFormTable";
import { readFormTables, type FormTableKind } from "./readFormTables";
import { readDocumentTable } from "./readDocumentTable";
import { readIdentity } from "./readIdentity";
import type { SheetGrid } from "./sheetGrid";

/** The two tables every form has, and the optional documents table. */
type SheetKind = FormTableKind | "documents";

interface FormSheet {
  grid: SheetGrid;
  kind: SheetKind;
  header: HeaderRow;
  /** The unit and period as the title line names them; undefined when the line is missing. */
  title?: { unit: string; period: string };
}

/** When a form copied into the workbook was received, and by whose word; the source unknown, it is not said. */
export type SheetsReceipt = Pick<FileOutcome, "receivedAt" | "receiptSource">;

export interface FormSheetsSource {
  /** The workbook's name, shown as the "file" of each form found in it. */
  workbookName: string;
  /** Every sheet, in tab order. */
  grids: SheetGrid[];
  /** The unit register, to recognise the unit the title line names. */
  units: Unit[];
  /** When the officer received the form whose sheets these are (recorded when it was imported), and by whose word. */
  receipt?: (sheetNames: string[]) => SheetsReceipt | undefined;
}

/** The parts around the two blanks of the title line, taken from the text the form writes. */
const TITLE_PARTS = (() => {
  const line = formTexts.unitAndPeriod("{unit}", "{period}");
  const [before, rest] = line.split("{unit}");
  return { before, between: rest.split("{period}")[0] };
})();

/** "Đơn vị: Xã Mường Sại — Kỳ báo cáo: tháng 5/2026" → its unit and period texts. */
export function parseTitleLine(text: string): { unit: string; period: string } | undefined {
  const line = text.normalize("NFC").trim();
  if (!line.startsWith(TITLE_PARTS.before)) return undefined;
  const split = line.lastIndexOf(TITLE_PARTS.between);
  if (split < 0) return undefined;
  return {
    unit: line.slice(TITLE_PARTS.before.length, split).trim(),
    period: line.slice(split + TITLE_PARTS.between.length).trim(),
  };
}

function titleAbove(grid: SheetGrid, headerRow: number): FormSheet["title"] {
  for (let row = 1; row < headerRow; row++) {
    for (const [, text] of grid.rowTexts(row)) {
      const title = parseTitleLine(text);
      if (title) return title;
    }
  }
  return undefined;
}

/** What makes a sheet a form table: Mã and two more headers, whatever the plan's year (read once it is known). */
const SHEET_COLUMNS: Record<SheetKind, readonly ColumnSpec[]> = {
  indicators: indicatorColumns(0),
  tasks: TASK_COLUMNS,
  documents: DOCUMENT_COLUMNS,
};

function recognise(grid: SheetGrid): FormSheet | undefined {
  for (const kind of ["indicators", "tasks", "documents"] as const) {
    const header = findHeaderRow(grid, SHEET_COLUMNS[kind]);
    if (header) return { grid, kind, header, title: titleAbove(grid, header.row) };
  }
  return undefined;
}

/** The hidden identity sheet of a form, as the form has it or as an import names it ("_dinh_danh (2)"). */
function isIdentitySheet(grid: SheetGrid): boolean {
  return grid.name === FORM_SHEETS.identity || grid.name.startsWith(`${FORM_SHEETS.identity} (`);
}

/** Whether the reader wants the sheet: a form table, or a form's hidden identity. */
export function isFormSheet(grid: SheetGrid): boolean {
  return isIdentitySheet(grid) || recognise(grid) !== undefined;
}

/** One unit's forms for one period are grouped under this key. */
function formKey(unitId: string, period: string): string {
  return `${unitId}\u0000${period}`;
}

/**
 * A unit's own form opened in Excel, or imported by the add-in, still has its hidden identity: the one form of
 * that unit and period gets it, so the template and catalog checks run as for the file. Sheets copied by hand
 * never bring it; when two identities or two forms share a unit and period, which goes with which is unknown.
 */
function withIdentities(reads: FileRead[], grids: SheetGrid[]): FileRead[] {
  const identities = new Map<string, FormIdentity[]>();
  for (const grid of grids.filter(isIdentitySheet)) {
    const read = readIdentity(grid);
    if (!read.ok) continue;
    const k = formKey(read.value.unitId, read.value.period);
    identities.set(k, [...(identities.get(k) ?? []), read.value]);
  }
  const forms = new Map<string, number>();
  for (const read of reads) {
    if ("submission" in read) {
      const k = formKey(read.submission.unitId, read.submission.period);
      forms.set(k, (forms.get(k) ?? 0) + 1);
    }
  }
  return reads.map((read) => {
    if (!("submission" in read)) return read;
    const k = formKey(read.submission.unitId, read.submission.period);
    const found = identities.get(k);
    if (found?.length !== 1 || forms.get(k) !== 1) return read;
    return { ...read, submission: { ...read.submission, identity: found[0] } };
  });
}

/** What stands between the workbook's name and its sheets' in a form's "file" ("Tong hop.xlsx › “CT …”, …"). */
const SOURCE_SEPARATOR = (() => {
  const label = readerTexts.sheetSource("{workbook}", ["{sheet}"]);
  // Up to the opening quote of the first sheet's name.
  return label.slice("{workbook}".length, label.indexOf("{sheet}") - 1);
})();

/** The workbook a form read from sheets came from, given the "file" it carries; undefined for a form file. */
export function workbookOfSheetSource(file: string): string | undefined {
  const at = file.lastIndexOf(SOURCE_SEPARATOR);
  return at > 0 ? file.slice(0, at) : undefined;
}

function sourceName(workbookName: string, sheets: FormSheet[]): string {
  return readerTexts.sheetSource(
    workbookName,
    sheets.map((sheet) => sheet.grid.name),
  );
}

function refusal(file: string, received: SheetsReceipt, finding: Omit<Finding, "file" | "severity">): FileRead {
  return { file, ...received, finding: { file, severity: "error", ...finding } };
}

/** One unit's indicator and task sheets (and documents sheet, if any) → its submission, or the one finding saying why not. */
function readPair(
  pair: Partial<Record<SheetKind, FormSheet>>,
  unitId: string,
  periodCode: string,
  source: FormSheetsSource,
): FileRead {
  const sheets = [pair.indicators, pair.tasks, pair.documents].filter(
    (sheet): sheet is FormSheet => sheet !== undefined,
  );
  const file = sourceName(source.workbookName, sheets);
  const received = source.receipt?.(sheets.map((sheet) => sheet.grid.name)) ?? { receivedAt: "" };
  const title = sheets[0].title as NonNullable<FormSheet["title"]>;
  if (!pair.indicators || !pair.tasks) {
    const missing = pair.indicators ? FORM_SHEETS.tasks : FORM_SHEETS.indicators;
    return refusal(file, received, {
      unit: unitId,
      sheet: sheets[0].grid.name,
      code: "missing_sheet",
      message: readerTexts.missingPartnerSheet(sheets[0].grid.name, title.unit, title.period, missing),
      fix: readerTexts.missingPartnerSheetFix,
    });
  }
  const tables = readFormTables(
    { indicators: pair.indicators.grid, tasks: pair.tasks.grid },
    { file, unit: unitId, year: periodYear(periodCode) },
  );
  if (!tables.ok) return { file, ...received, finding: tables.finding };
  const { indicators, tasks, notes } = tables.value;
  const documents = pair.documents
    ? readDocumentTable(pair.documents.grid, { file, unit: unitId }, pair.documents.header)
    : undefined;
  const submission: Submission = {
    file,
    receivedAt: received.receivedAt,
    unitId,
    period: periodCode,
    indicators,
    tasks,
    ...(documents ? { documents: documents.documents } : {}),
  };
  return { file, ...received, submission, notes: [...notes, ...(documents?.notes ?? [])] };
}

/** The sheets of one unit and period, paired: each pair is one form. */
interface FormGroup {
  unitId: string;
  periodCode: string;
  pairs: Partial<Record<SheetKind, FormSheet>>[];
}

/**
 * Every unit's form found among the sheets. Sheets of one unit and period pair up in tab order (the first
 * "Chỉ tiêu" with the first "Nhiệm vụ", …); a second copy becomes a second read, of which the consolidation
 * keeps one and names the other replaced, as for two files of one unit. A blank form (no unit named) is
 * skipped; a form sheet whose title line is gone is reported, since its figures cannot be credited to anyone.
 */
export function readFormSheets(source: FormSheetsSource): FileRead[] {
  const matchUnit = createUnitMatcher(source.units);
  const reads: FileRead[] = [];
  const groups = new Map<string, FormGroup>();
  for (const grid of source.grids) {
    const sheet = recognise(grid);
    if (!sheet) continue;
    if (!sheet.title) {
      const file = sourceName(source.workbookName, [sheet]);
      reads.push(
        refusal(
          file,
          { receivedAt: "" },
          {
            sheet: grid.name,
            code: "missing_title",
            message: readerTexts.missingTitleLine(grid.name),
            fix: readerTexts.missingTitleLineFix,
          },
        ),
      );
      continue;
    }
    if (sheet.title.unit === formTexts.blankUnit) continue;
    const unit = matchUnit(sheet.title.unit);
    const unitId = unit.ok ? unit.value.id : sheet.title.unit;
    const periodCode = parsePeriodLabel(sheet.title.period)?.code ?? sheet.title.period;
    const key = formKey(unitId, periodCode);
    const group = groups.get(key) ?? { unitId, periodCode, pairs: [] };
    const open = group.pairs.find((pair) => pair[sheet.kind] === undefined);
    if (open) open[sheet.kind] = sheet;
    else group.pairs.push({ [sheet.kind]: sheet });
    groups.set(key, group);
  }
  for (const { unitId, periodCode, pairs } of groups.values()) {
    for (const pair of pairs) reads.push(readPair(pair, unitId, periodCode, source));
  }
  return withIdentities(reads, source.grids);
}
