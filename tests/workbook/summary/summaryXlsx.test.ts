import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import {
  appendixSheetNames,
  buildSummaryWorkbook,
  summarySheetNames,
} from "../../../src/workbook/summary/buildSummaryWorkbook";
import { splitSummaryWorkbook } from "../../../src/workbook/summary/splitSummaryWorkbook";
import { writeXlsx } from "../../../src/workbook/xlsx/writeXlsx";
import type { Finding } from "../../../src/domain/validation/types";
import { catalog, consolidation, findings } from "./summaryFixture";
import {
  convertWithLibreOffice,
  pdfFontSizes,
  pdfPageSizes,
  pdfPageTexts,
  pdfPageWords,
} from "../../support/libreOffice";

const GENERATED_AT = new Date(Date.UTC(2026, 4, 14, 8, 0));
const PDF_DIR = resolve(__dirname, "../../../out/pdf");

/** A unit's text that looks like a formula: it must reach the file as the text it is. */
const formulaLike: Finding = {
  file: '=HYPERLINK("http://example.com","x").xlsx',
  severity: "warning",
  code: "unknown_unit",
  message: "=1+1",
};

function summaryModel() {
  return buildSummaryWorkbook({
    catalog,
    consolidation,
    findings: [...findings, formulaLike],
    generatedAt: GENERATED_AT,
  });
}

async function summaryBytes(): Promise<Uint8Array> {
  return writeXlsx(summaryModel());
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

  it("reads back with every sheet; the appendices set up as the decree says, the working sheets fitted to the width", () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([...summarySheetNames]);
    for (const sheet of workbook.worksheets) {
      expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9 });
      if (appendixSheetNames.includes(sheet.name)) {
        expect(sheet.pageSetup).toMatchObject({ fitToPage: false, firstPageNumber: 1 });
        expect(sheet.headerFooter).toMatchObject({
          differentFirst: true,
          oddHeader: '&C&"Times New Roman,Regular"&13&P',
        });
        expect(sheet.headerFooter.firstHeader).toBeUndefined();
      } else {
        expect(sheet.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1 });
      }
    }
    expect(workbook.getWorksheet("Phụ lục II (báo cáo)")?.pageSetup.printTitlesRow).toBe("6:6");
  });

  it("keeps the values, the font and the frozen panes", () => {
    const indicators = workbook.getWorksheet("Phụ lục II (báo cáo)") as ExcelJS.Worksheet;
    const fiveG = indicators.getColumn(2).values.indexOf("Tỷ lệ dân số được phủ sóng 5G");
    expect(indicators.getRow(fiveG).getCell(6).value).toBe("67,1%");
    expect(indicators.getRow(fiveG).getCell(6).font.name).toBe("Times New Roman");
    const working = workbook.getWorksheet("Tổng hợp chỉ tiêu") as ExcelJS.Worksheet;
    expect(working.getRow(working.getColumn(2).values.indexOf("Tỷ lệ dân số được phủ sóng 5G")).getCell(4).value).toBe(
      "Chưa đạt",
    );
    const matrix = workbook.getWorksheet("Chi tiết theo đơn vị") as ExcelJS.Worksheet;
    expect(matrix.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 5 });
  });

  it("keeps Phụ lục IV's tables: a carried-over task under its programme's header, its lead and deadline", () => {
    const sheet = workbook.getWorksheet("Phụ lục IV (báo cáo)") as ExcelJS.Worksheet;
    const task = catalog.tasks.find((candidate) => candidate.id === "CT2025.B2.1");
    const row = sheet.getColumn(2).values.indexOf(task?.name);
    expect(row).toBeGreaterThan(0);
    expect(sheet.getRow(row).getCell(3).value).toBe(task?.lead.raw);
    expect(sheet.getRow(row).getCell(4).value).toBe(task?.deadline.raw);
    expect(sheet.getRow(row - 1).getCell(6).value).toBe("Mô tả kết quả trong kỳ");
    expect(sheet.getRow(row - 2).getCell(1).value).toMatch(/^2\. Nhiệm vụ Kế hoạch số 01-KH\/BCĐ1363/);
    expect(sheet.getRow(row).getCell(6).font.name).toBe("Times New Roman");
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
  const dir = mkdtempSync(join(tmpdir(), "summary-pdf-"));
  let pdfPath: string;
  let pdf: Buffer;
  let pages: ReturnType<typeof pdfPageWords>;
  let texts: string[];

  beforeAll(async () => {
    const { appendices, working } = splitSummaryWorkbook(summaryModel());
    expect(working.sheets.map((sheet) => sheet.name)).toEqual(summarySheetNames.slice(appendixSheetNames.length));
    writeFileSync(join(dir, "summary.xlsx"), await writeXlsx(appendices));
    pdfPath = convertWithLibreOffice(join(dir, "summary.xlsx"), "pdf", dir);
    pdf = readFileSync(pdfPath);
    mkdirSync(PDF_DIR, { recursive: true });
    writeFileSync(join(PDF_DIR, "summary.pdf"), pdf);
    pages = pdfPageWords(pdfPath);
    texts = pdfPageTexts(pdfPath);
  }, 180_000);

  const labels = ["Phụ lục I", "Phụ lục II", "Phụ lục III", "Phụ lục IV"];
  const startsAppendix = (page: string, label: string) => page.trimStart().split("\n")[0] === label;
  /** What is printed in the top margin (20 mm), around the page's centre: the page number, if any. */
  const topCentre = (words: ReturnType<typeof pdfPageWords>[number]) =>
    words.filter((word) => word.yMin < 57 && Math.abs((word.xMin + word.xMax) / 2 - 421) < 40).map((word) => word.text);

  it("prints the appendices and nothing else, every page A4 landscape, kept in out/pdf/summary.pdf", () => {
    expect(texts.length).toBe(pages.length);
    for (const [width, height] of pdfPageSizes(pdf)) {
      expect(width).toBeCloseTo(842, -1);
      expect(height).toBeCloseTo(595, -1);
    }
    expect(texts.join("\n")).not.toMatch(/Nguồn|Đánh giá|Số đơn vị báo cáo|Quá hạn/);
    for (const label of labels) {
      expect(texts.filter((page) => startsAppendix(page, label)).length).toBe(1);
    }
  });

  it("numbers each appendix's pages from 1 at the top centre, its first page unnumbered", () => {
    const starts = labels.map((label) => texts.findIndex((page) => startsAppendix(page, label)));
    expect(starts[0]).toBe(0);
    expect(starts[1]).toBeGreaterThan(starts[0]);
    // Phụ lục II, III and IV each run over more than one page, so each shows its own count from 2.
    expect(starts[2]).toBeGreaterThan(starts[1] + 1);
    expect(starts[3]).toBeGreaterThan(starts[2] + 1);
    expect(pages.length - starts[3]).toBeGreaterThan(1);
    const numbers = pages.map(topCentre);
    const ends = [...starts.slice(1), pages.length];
    starts.forEach((start, i) => {
      // Each appendix: its first page blank at the top, then 2, 3, … as its own count.
      const expected = Array.from({ length: ends[i] - start }, (_, page) => (page === 0 ? [] : [String(page + 1)]));
      expect(numbers.slice(start, ends[i])).toEqual(expected);
    });
  });

  it("sets every text at 10 pt or more, the columns inside the page", () => {
    const sizes = [...pdfFontSizes(pdf).keys()];
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10);
    // The right margin is 15 mm (42,5 pt) of the page's 842.
    expect(Math.max(...pages.flat().map((word) => word.xMax))).toBeLessThanOrEqual(842 - 42);
  });

  it("repeats the header row on every page of Phụ lục I to III (Phụ lục IV's parts have headers of their own)", () => {
    const fourth = texts.findIndex((page) => startsAppendix(page, "Phụ lục IV"));
    expect(fourth).toBeGreaterThan(0);
    for (const words of pages.slice(0, fourth)) expect(words.map((word) => word.text)).toContain("STT");
  });
});
