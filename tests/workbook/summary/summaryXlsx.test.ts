import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { buildSummaryWorkbook, summarySheetNames } from "../../../src/workbook/summary/buildSummaryWorkbook";
import { writeXlsx } from "../../../src/workbook/xlsx/writeXlsx";
import type { Finding } from "../../../src/domain/validation/types";
import { catalog, consolidation, findings } from "./summaryFixture";
import { convertWithLibreOffice, pdfPageSizes } from "../../support/libreOffice";

const GENERATED_AT = new Date(Date.UTC(2026, 4, 14, 8, 0));
const PDF_DIR = resolve(__dirname, "../../../out/pdf");

/** A unit's text that looks like a formula: it must reach the file as the text it is. */
const formulaLike: Finding = {
  file: '=HYPERLINK("http://example.com","x").xlsx',
  severity: "warning",
  code: "unknown_unit",
  message: "=1+1",
};

async function summaryBytes(): Promise<Uint8Array> {
  return writeXlsx(
    buildSummaryWorkbook({ catalog, consolidation, findings: [...findings, formulaLike], generatedAt: GENERATED_AT }),
  );
}

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

describe("the summary written with writeXlsx", () => {
  let bytes: Uint8Array;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    bytes = await summaryBytes();
    workbook = await readBack(bytes);
  });

  it("reads back with the ten sheets, each landscape A4 fitted to the width, header rows repeated", () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([...summarySheetNames]);
    const titles = workbook.worksheets.map((sheet) => sheet.pageSetup.printTitlesRow);
    expect(titles).toEqual(["5:5", "5:5", "5:5", "4:4", "8:8", "4:5", "4:4", "4:4", "4:4", "4:4"]);
    for (const sheet of workbook.worksheets) {
      expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1 });
      expect(sheet.headerFooter.oddFooter).toContain("&P");
    }
  });

  it("keeps the values, the font and the frozen panes", () => {
    const indicators = workbook.getWorksheet("Tổng hợp chỉ tiêu") as ExcelJS.Worksheet;
    const fiveG = indicators.getColumn(2).values.indexOf("Tỷ lệ dân số được phủ sóng 5G");
    expect(indicators.getRow(fiveG).getCell(6).value).toBe("67,1%");
    expect(indicators.getRow(fiveG).getCell(7).value).toBe("Chưa đạt");
    expect(indicators.getRow(fiveG).getCell(6).font.name).toBe("Times New Roman");
    const matrix = workbook.getWorksheet("Chi tiết theo đơn vị") as ExcelJS.Worksheet;
    expect(matrix.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 5 });
  });

  it("writes a unit's formula-like text as text, never as a formula or a link", () => {
    const sheet = workbook.getWorksheet("Kết quả kiểm tra") as ExcelJS.Worksheet;
    const row = sheet.getColumn(8).values.indexOf("=1+1");
    expect(row).toBeGreaterThan(0);
    expect(sheet.getRow(row).getCell(8).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getRow(row).getCell(2).value).toBe('=HYPERLINK("http://example.com","x").xlsx');
    expect(sheet.getRow(row).getCell(2).type).toBe(ExcelJS.ValueType.String);
  });

  it("writes the same bytes for the same input", async () => {
    expect(Buffer.from(await summaryBytes()).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe("the summary printed by LibreOffice", () => {
  it("prints on A4 landscape pages, kept in out/pdf/summary.pdf", async () => {
    const dir = mkdtempSync(join(tmpdir(), "summary-pdf-"));
    writeFileSync(join(dir, "summary.xlsx"), await summaryBytes());
    const pdf = readFileSync(convertWithLibreOffice(join(dir, "summary.xlsx"), "pdf", dir));
    mkdirSync(PDF_DIR, { recursive: true });
    writeFileSync(join(PDF_DIR, "summary.pdf"), pdf);
    const boxes = pdfPageSizes(pdf);
    // One sheet per page at least; A4 landscape is 842 × 595 points.
    expect(boxes.length).toBeGreaterThanOrEqual(summarySheetNames.length);
    for (const [width, height] of boxes) {
      expect(Number(width)).toBeCloseTo(842, -1);
      expect(Number(height)).toBeCloseTo(595, -1);
    }
  }, 180_000);
});
