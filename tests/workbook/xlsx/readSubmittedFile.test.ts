import JSZip from "jszip";
import { compoundFile } from "../../../scripts/bad-files/compoundFile";
import * as readFormModule from "../../../src/workbook/xlsx/readForm";
import * as readXlsxModule from "../../../src/workbook/xlsx/readXlsx";
import { readFileForConsolidation, readSubmittedFile } from "../../../src/workbook/xlsx/readSubmittedFile";
import { fillForm, type Expected } from "../templates/fillForm";
import { loadXlsx, locateTable, saveXlsx, sheetOf, writtenForm } from "../templates/formTestSupport";

const RECEIVED = "2026-05-09T08:15:00+07:00";
const FILE = "2026-05_xa-muong-sai.xlsx";

async function withEntries(bytes: Uint8Array, entries: Record<string, Uint8Array | string>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, data] of Object.entries(entries)) zip.file(name, data);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("readSubmittedFile", () => {
  let filled: Uint8Array;
  let expected: Expected;

  beforeAll(async () => {
    ({ bytes: filled, expected } = await fillForm(await writtenForm("xa-muong-sai"), "xa-muong-sai"));
  });

  afterEach(() => jest.restoreAllMocks());

  it("reads a good form exactly as the form reader does, with no notes", async () => {
    const result = await readSubmittedFile(filled, FILE, RECEIVED);
    expect(result).toEqual(await readFormModule.readForm(filled, FILE, RECEIVED));
    expect(result.ok && result.value.submission).toMatchObject({
      unitId: "xa-muong-sai",
      period: "2026-05",
      ...expected,
    });
    expect(result.ok && result.value.notes).toEqual([]);
  });

  it("reads a form with macros and gives the warning, with the form's unit", async () => {
    const withMacros = await withEntries(filled, { "xl/vbaProject.bin": compoundFile(["VBA", "dir", "Module1"]) });
    const result = await readSubmittedFile(withMacros, "2026-05_xa-muong-sai.xlsm", RECEIVED);
    if (!result.ok) throw new Error(result.finding.message);
    expect(result.value.submission).toMatchObject({
      unitId: "xa-muong-sai",
      file: "2026-05_xa-muong-sai.xlsm",
      ...expected,
    });
    expect(result.value.notes).toEqual([
      {
        file: "2026-05_xa-muong-sai.xlsm",
        unit: "xa-muong-sai",
        severity: "warning",
        code: "macro_ignored",
        message: "Tệp “2026-05_xa-muong-sai.xlsm” có macro (VBA); macro được bỏ qua, không bao giờ được chạy.",
        fix: "Nên lưu lại dạng “Sổ làm việc Excel (.xlsx)” (không có macro) trước khi gửi.",
      },
    ]);
  });

  it("puts the inspection's notes before the reader's", async () => {
    const workbook = await loadXlsx(filled);
    const sheet = sheetOf(workbook, "Chỉ tiêu");
    const table = locateTable(sheet);
    const [first, second] = [...table.rows.values()];
    const note = table.col("Ghi chú");
    sheet.mergeCells(first, note, second, note);
    const merged = await withEntries(await saveXlsx(workbook), { "xl/vbaProject.bin": compoundFile(["VBA"]) });
    const result = await readSubmittedFile(merged, FILE, RECEIVED);
    expect(result.ok && result.value.notes.map((n) => n.code)).toEqual(["macro_ignored", "merged_cell"]);
  });

  it("gives the inspection's finding for a file that is not a workbook, without opening it", async () => {
    const readXlsx = jest.spyOn(readXlsxModule, "readXlsx");
    const result = await readSubmittedFile(new TextEncoder().encode("%PDF-1.4\n"), "bao-cao.pdf", RECEIVED);
    expect(result).toEqual({
      ok: false,
      finding: {
        file: "bao-cao.pdf",
        severity: "error",
        code: "pdf_file",
        message: "Tệp “bao-cao.pdf” là tệp PDF; không đọc được số liệu từ tệp PDF.",
        fix: "Đề nghị đơn vị điền số liệu vào biểu mẫu .xlsx do Sở Khoa học và Công nghệ phát hành và gửi lại.",
      },
    });
    expect(readXlsx).not.toHaveBeenCalled();
  });

  it("refuses a well-formed zip whose sheet XML is cut off, naming the file", async () => {
    const broken = await withEntries(filled, { "xl/worksheets/sheet2.xml": "<worksheet><sheetData><row r=" });
    const result = await readSubmittedFile(broken, FILE, RECEIVED);
    expect(result.ok ? "read" : result.finding.code).toBe("unreadable_file");
    expect(!result.ok && result.finding.message).toContain(`“${FILE}”`);
  });

  it("turns an exception of the workbook reader into an unreadable_file finding instead of throwing", async () => {
    jest.spyOn(readXlsxModule, "readXlsx").mockImplementation(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'sheets')");
    });
    const finding = {
      file: FILE,
      severity: "error",
      code: "unreadable_file",
      message: `Không mở được tệp “${FILE}”: tệp .xlsx bị hỏng hoặc có cấu trúc mà chương trình không đọc được.`,
      fix: "Đề nghị đơn vị điền số liệu vào biểu mẫu .xlsx do Sở Khoa học và Công nghệ phát hành và gửi lại.",
    };
    await expect(readSubmittedFile(filled, FILE, RECEIVED)).resolves.toEqual({ ok: false, finding });
    await expect(readFileForConsolidation(filled, FILE, RECEIVED, [])).resolves.toEqual([
      { file: FILE, receivedAt: RECEIVED, finding },
    ]);
  });
});
