/**
 * The form's "Văn bản" table, round trip on real .xlsx files: the template written, filled as a unit fills it
 * (a day typed as text, as a real Excel date, with or without leading zeros), read back by the file reader, by
 * the sheet reader after the sheets were copied into a collecting workbook, and after LibreOffice re-saved it.
 */
import ExcelJS from "exceljs";
import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";
import type { DocumentEntry, Submission } from "../../../src/domain/submission/types";
import { validateSubmission } from "../../../src/domain/validation/validateSubmission";
import { readFormSheets } from "../../../src/workbook/reading/readFormSheets";
import { readForm } from "../../../src/workbook/xlsx/readForm";
import { copySheet, sheetGrids, workbookBytes } from "../../support/collectingWorkbook";
import { cellAt, loadXlsx, resaveWithLibreOffice, saveXlsx, sheetOf, writtenForm } from "../templates/formTestSupport";

const catalog = catalog2026();
const may = (parsePeriod("2026-05") as { ok: true; value: Period }).value;
const context = { catalog, period: may, asOf: "2026-05-14" };
const UNIT = "so-khcn";
const FILE = "2026-05_so-khcn.xlsx";
const RECEIVED = "2026-05-09T08:15:00+07:00";
const HEALTH = "về việc kế hoạch triển khai hồ sơ bệnh án điện tử tại các cơ sở khám bệnh, chữa bệnh";
const PLAN = "ban hành Kế hoạch chuyển đổi số tỉnh Sơn La năm 2026";
const DATA = "về việc phê duyệt Danh mục dữ liệu mở";

/** What the unit types, row by row of the table (row 5 is its first row); row 7 is left blank. */
async function filledForm(): Promise<Uint8Array> {
  const workbook = await loadXlsx(await writtenForm(UNIT));
  const sheet = sheetOf(workbook, "Văn bản");
  const type = (a1: string, value: ExcelJS.CellValue) => (cellAt(sheet, a1).value = value);
  type("B5", "2433/UBND-KGVX");
  type("C5", "14/4/2026");
  type("D5", HEALTH);
  type("B6", "1055/QĐ-UBND");
  type("C6", new Date(Date.UTC(2026, 3, 29)));
  type("D6", PLAN);
  type("E6", "NV.I.2");
  type("B8", "978/QĐ-UBND");
  type("C8", "21/04/2026");
  type("D8", DATA);
  return saveXlsx(workbook);
}

const EXPECTED_DOCUMENTS = [
  { number: "2433/UBND-KGVX", date: "2026-04-14", summary: HEALTH, taskIds: [] },
  { number: "1055/QĐ-UBND", date: "2026-04-29", summary: PLAN, taskIds: ["NV.I.2"] },
  { number: "978/QĐ-UBND", date: "2026-04-21", summary: DATA, taskIds: [] },
];

async function readSubmission(bytes: Uint8Array): Promise<{ submission: Submission; notes: unknown[] }> {
  const read = await readForm(bytes, FILE, RECEIVED);
  if (!read.ok) throw new Error(read.finding.message);
  return read.value;
}

/** The documents as validation hands them on, without the cells (the other tables are left blank here). */
function checkedDocuments(submission: Submission) {
  const check = validateSubmission(submission, context);
  expect(check.findings.filter((finding) => finding.code.startsWith("document"))).toEqual([]);
  return check.documents?.map(({ cell: _cell, ...document }) => document);
}

describe("the documents table read back", () => {
  let filled: Uint8Array;

  beforeAll(async () => {
    filled = await filledForm();
  });

  it("reads the used rows with their cells, skipping the blank one, and nothing else to note", async () => {
    const { submission, notes } = await readSubmission(filled);
    expect(notes).toEqual([]);
    const at = (cell: string, raw: string | null) => ({ sheet: "Văn bản", cell, raw });
    expect(submission.documents).toEqual<DocumentEntry[]>([
      {
        row: "1",
        number: at("B5", "2433/UBND-KGVX"),
        date: at("C5", "14/4/2026"),
        summary: at("D5", HEALTH),
        taskId: at("E5", null),
      },
      // ExcelJS gives the real date as its day.
      {
        row: "2",
        number: at("B6", "1055/QĐ-UBND"),
        date: at("C6", "2026-04-29"),
        summary: at("D6", PLAN),
        taskId: at("E6", "NV.I.2"),
      },
      {
        row: "4",
        number: at("B8", "978/QĐ-UBND"),
        date: at("C8", "21/04/2026"),
        summary: at("D8", DATA),
        taskId: at("E8", null),
      },
    ]);
    expect(checkedDocuments(submission)).toEqual(EXPECTED_DOCUMENTS);
  });

  it("reads a form made before the table existed as it always did: no documents, no note", async () => {
    const workbook = await loadXlsx(filled);
    workbook.removeWorksheet(sheetOf(workbook, "Văn bản").id);
    const { submission, notes } = await readSubmission(await saveXlsx(workbook));
    expect(notes).toEqual([]);
    expect(submission.documents).toBeUndefined();
    expect(submission.indicators.length).toBeGreaterThan(0);
  });

  it("still reads the report when the documents table lost its header, and says so in a warning", async () => {
    const workbook = await loadXlsx(filled);
    const sheet = sheetOf(workbook, "Văn bản");
    for (const column of ["A", "B", "C"]) cellAt(sheet, `${column}4`).value = null;
    const { submission, notes } = await readSubmission(await saveXlsx(workbook));
    expect(submission.documents).toEqual([]);
    expect(submission.indicators.length).toBeGreaterThan(0);
    expect(notes).toEqual([
      expect.objectContaining({ severity: "warning", code: "missing_header", file: FILE, sheet: "Văn bản" }),
    ]);
    expect((notes[0] as { message: string }).message).toContain("“STT”, “Số/ký hiệu”");
  });

  it("reads the sheet copied into a collecting workbook the same as the file", async () => {
    const form = await loadXlsx(filled);
    const collecting = new ExcelJS.Workbook();
    for (const name of ["Chỉ tiêu", "Nhiệm vụ", "Văn bản"]) copySheet(sheetOf(form, name), collecting);
    const reads = readFormSheets({
      workbookName: "Tong hop.xlsx",
      grids: sheetGrids(await workbookBytes(collecting)),
      units: catalog.units,
    });
    expect(reads).toHaveLength(1);
    const read = reads[0];
    if (!("submission" in read)) throw new Error(read.finding.message);
    expect(read.submission.unitId).toBe(UNIT);
    expect(read.submission.documents).toEqual((await readSubmission(filled)).submission.documents);
    expect(checkedDocuments(read.submission)).toEqual(EXPECTED_DOCUMENTS);
  });

  it("reads the same documents from the file LibreOffice re-saved", async () => {
    const resaved = resaveWithLibreOffice(filled, FILE);
    const { submission, notes } = await readSubmission(resaved);
    expect(notes).toEqual([]);
    expect(submission.documents?.map((document) => document.number?.cell)).toEqual(["B5", "B6", "B8"]);
    expect(checkedDocuments(submission)).toEqual(EXPECTED_DOCUMENTS);
  }, 120_000);
});
