/**
 * LibreOffice prints the appendices and a commune's form; the PDFs stay in out/pdf/ for a person to look at.
 * Page size comes from the /MediaBox entries of the PDF bytes, the page text from pdftotext (poppler-utils).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { addIndicatorAppendix, addTaskAppendix } from "../../../src/workbook/templates/buildPlanAppendices";
import { addTemplateStyles } from "../../../src/workbook/templates/templateStyles";
import { createWorkbook } from "../../../src/workbook/model/buildSheet";
import type { Workbook } from "../../../src/workbook/model/types";
import { writeXlsx } from "../../../src/workbook/xlsx/writeXlsx";
import { CATALOG, convertWithLibreOffice, writtenForm } from "./formTestSupport";

const OUT = join(__dirname, "../../../out/pdf");
const A4_LONG = 841.89;
const A4_SHORT = 595.3;

function appendixWorkbook(add: (workbook: Workbook) => void): Workbook {
  const workbook = createWorkbook({ creator: "Báo cáo CĐS", created: new Date(Date.UTC(2026, 0, 1)) });
  addTemplateStyles(workbook);
  add(workbook);
  return workbook;
}

async function printed(name: string, bytes: Uint8Array): Promise<{ pdf: string; pages: string[] }> {
  mkdirSync(OUT, { recursive: true });
  const xlsx = join(OUT, `${name}.xlsx`);
  writeFileSync(xlsx, bytes);
  const pdfFile = convertWithLibreOffice(xlsx, "pdf", OUT);
  const pdf = readFileSync(pdfFile).toString("latin1");
  const text = execFileSync("pdftotext", ["-layout", pdfFile, "-"], { encoding: "utf8" });
  return { pdf, pages: text.split("\f").filter((page) => page.trim() !== "") };
}

const MEDIA_BOX = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/;
const PAGE = /\/Type\s*\/Page(?![s\w])/;

function boxSize(object: string): [number, number] | undefined {
  const m = MEDIA_BOX.exec(object);
  return m ? [Number(m[3]) - Number(m[1]), Number(m[4]) - Number(m[2])] : undefined;
}

/** [width, height] of every page object: its own /MediaBox, or the one it inherits from the page tree. */
function pageSizes(pdf: string): [number, number][] {
  const objects = pdf.split("endobj");
  const inherited = boxSize(objects.find((object) => /\/Type\s*\/Pages/.test(object)) ?? "");
  return objects.filter((object) => PAGE.test(object)).map((object) => boxSize(object) ?? inherited ?? [0, 0]);
}

function pageCount(pdf: string): number {
  return pdf.split("endobj").filter((object) => PAGE.test(object)).length;
}

function isLandscapeA4([width, height]: [number, number]): boolean {
  return Math.abs(width - A4_LONG) < 1 && Math.abs(height - A4_SHORT) < 1;
}

describe("printing with LibreOffice", () => {
  it("prints Phụ lục I on landscape A4 with the header row and every column on each page", async () => {
    const { pdf, pages } = await printed(
      "Phu-luc-I",
      await writeXlsx(appendixWorkbook((w) => addIndicatorAppendix(w, CATALOG))),
    );
    const count = pageCount(pdf);
    expect(count).toBeGreaterThanOrEqual(2);
    expect(count).toBeLessThanOrEqual(8);
    expect(pageSizes(pdf).every(isLandscapeA4)).toBe(true);
    expect(pages).toHaveLength(count);
    // The first and the last header cell on every page: the header repeats and no column spilled to extra pages.
    for (const page of pages) {
      expect(page).toContain("STT");
      expect(page).toContain("Cơ quan phối hợp");
    }
    expect(pages[0]).toContain("CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2026");
    expect(pages[count - 1]).toContain("Quy mô kinh tế số trong GRDP");
    expect(pages[count - 1]).toContain(`Trang ${count}/${count}`);
  }, 120_000);

  it("prints Phụ lục II the same way, over more pages", async () => {
    const { pdf, pages } = await printed(
      "Phu-luc-II",
      await writeXlsx(appendixWorkbook((w) => addTaskAppendix(w, CATALOG))),
    );
    const count = pageCount(pdf);
    expect(count).toBeGreaterThanOrEqual(5);
    expect(count).toBeLessThanOrEqual(25);
    expect(pageSizes(pdf).every(isLandscapeA4)).toBe(true);
    expect(pages).toHaveLength(count);
    for (const page of pages) {
      expect(page).toContain("Tên nhiệm vụ");
      expect(page).toContain("Thời gian hoàn");
    }
    expect(pages.join("\n")).toContain("DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026");
  }, 120_000);

  it("prints a commune's form: the cover portrait, then the three tables landscape with their headers", async () => {
    const { pdf, pages } = await printed("2026-05_xa-muong-sai", await writtenForm("xa-muong-sai"));
    const count = pageCount(pdf);
    const sizes = pageSizes(pdf);
    expect(sizes.filter(isLandscapeA4)).toHaveLength(count - 1);
    expect(
      sizes.filter(([width, height]) => Math.abs(width - A4_SHORT) < 1 && Math.abs(height - A4_LONG) < 1),
    ).toHaveLength(1);
    expect(pages[0]).toContain("Gửi trước ngày 11/5/2026");
    const tables = pages.slice(1);
    const indicatorPages = tables.filter((page) => page.includes("Các mục tiêu/chỉ tiêu"));
    const taskPages = tables.filter((page) => page.includes("Tên nhiệm vụ"));
    expect(indicatorPages.length).toBeGreaterThanOrEqual(2);
    expect(taskPages.length).toBeGreaterThanOrEqual(2);
    const documentPages = tables.filter((page) => page.includes("Trích yếu"));
    expect(documentPages.length).toBeGreaterThanOrEqual(1);
    expect(indicatorPages.length + taskPages.length + documentPages.length).toBe(tables.length);
    expect(indicatorPages.every((page) => page.includes("Ghi chú"))).toBe(true);
    expect(taskPages.every((page) => page.includes("Đề xuất, kiến nghị"))).toBe(true);
  }, 120_000);
});
