import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createSheet, createWorkbook, setRow } from "../../../src/workbook/model/buildSheet";
import { writeXlsx } from "../../../src/workbook/xlsx/writeXlsx";
import { buildForm, FORM_DATE } from "../sampleForm";
import { convertWithLibreOffice, pdfPageSizes } from "../../support/libreOffice";

/** What ExcelJS reads back but its typings leave out. */
interface ReadSheetExtras {
  sheetProtection: Record<string, unknown>;
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
}

function extras(sheet: ExcelJS.Worksheet): ReadSheetExtras {
  return sheet as unknown as ReadSheetExtras;
}

/** ExcelJS's getCell, under a name Office.js lint rules do not mistake for a proxy object. */
function cellAt(sheet: ExcelJS.Worksheet, a1: string): ExcelJS.Cell {
  return sheet.getCell(a1);
}

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`missing sheet ${name}`);
  return sheet;
}

describe("writeXlsx", () => {
  let form: ExcelJS.Worksheet;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    workbook = await readBack(await writeXlsx(buildForm()));
    form = sheetOf(workbook, "Chỉ tiêu");
  });

  it("writes values, NFC text and our own formulas", () => {
    expect(form.getCell("B6").value).toBe("Tỷ lệ dân số được phủ sóng 5G");
    expect(form.getCell("D7").value).toBe("Đảm bảo bố trí ít nhất 1%");
    expect(form.getCell("G6").formula).toBe('IF(F6>0,E6/F6*100,"")');
    expect(sheetOf(workbook, "_BCCDS").getCell("B2").value).toBe(3);
    expect(sheetOf(workbook, "_BCCDS").getCell("B3").value).toEqual(FORM_DATE);
    expect(sheetOf(workbook, "_BCCDS").getCell("B3").numFmt).toBe("dd/mm/yyyy");
  });

  it("writes fonts, fills, alignment, borders and number formats", () => {
    const header = cellAt(form, "B4");
    expect(header.font).toMatchObject({ name: "Times New Roman", size: 12, bold: true });
    expect(header.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } });
    expect(header.alignment).toMatchObject({ horizontal: "center", vertical: "middle", wrapText: true });
    expect(header.border).toMatchObject({ top: { style: "thin" }, bottom: { style: "thin" } });
    expect(form.getCell("E6").numFmt).toBe("0.00");
    expect(form.getCell("E6").font.color).toEqual({ argb: "FF1F4E79" });
  });

  it("gives text cells the text format and keeps number formats elsewhere", () => {
    expect(form.getCell("D6").numFmt).toBe("@");
    expect(form.getCell("G6").numFmt).toBe("0.0");
  });

  it("writes merges, column widths, row heights and frozen panes", () => {
    expect(form.getCell("C1").isMerged).toBe(true);
    expect(form.getCell("C1").master.address).toBe("A1");
    expect(form.getCell("A5").master.address).toBe("A4");
    expect(form.getCell("F4").master.address).toBe("E4");
    expect(form.getColumn(2).width).toBe(48);
    expect(form.getRow(4).height).toBe(30);
    expect(form.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 5, topLeftCell: "C6" });
  });

  it("writes data validation rules with their Vietnamese prompts and errors", () => {
    expect(form.getCell("E7").dataValidation).toMatchObject({
      type: "whole",
      operator: "greaterThanOrEqual",
      formulae: [0],
      allowBlank: true,
      showInputMessage: true,
      promptTitle: "Nhập số nguyên",
      prompt: "Nhập số người hoặc số đơn vị, không âm.",
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "Giá trị không hợp lệ",
    });
    expect(form.getCell("G8").dataValidation).toMatchObject({
      type: "decimal",
      operator: "between",
      formulae: [0, 100],
    });
    expect(form.getCell("H6").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Đã hoàn thành,Đang thực hiện,Chưa thực hiện"'],
    });
    expect(form.getCell("H6").dataValidation.allowBlank).toBeFalsy();
  });

  it("writes the numerator ≤ denominator rule as a custom formula", async () => {
    // ExcelJS reads one validation per cell; E6 holds the last one written there.
    const xml = await sheetXml(await writeXlsx(buildForm()), "xl/worksheets/sheet1.xml");
    expect(xml).toContain('type="custom"');
    expect(xml).toContain("<formula1>E6&lt;=F6</formula1>");
    expect(xml).toMatch(/errorStyle="warning"[^>]*errorTitle="Tử số lớn hơn mẫu số"/);
  });

  it("protects the sheet without a password and leaves input cells unlocked", () => {
    expect(extras(form).sheetProtection).toMatchObject({ sheet: true, formatColumns: true });
    expect(extras(form).sheetProtection).not.toHaveProperty("hashValue");
    expect(form.getCell("E6").protection).toMatchObject({ locked: false });
    expect(form.getCell("B6").protection?.locked).not.toBe(false);
  });

  it("forbids every action the model does not allow, selecting locked cells included", async () => {
    const xml = await sheetXml(await writeXlsx(buildForm()), "xl/worksheets/sheet1.xml");
    const protection = /<sheetProtection [^>]*\/>/.exec(xml)?.[0] ?? "";
    expect(protection).toContain('sheet="1"');
    expect(protection).toContain('formatColumns="0"');
    expect(protection).not.toMatch(/formatCells=|insertRows=|selectLockedCells=|selectUnlockedCells=/);
    expect(protection).not.toContain("hashValue");
  });

  it("writes conditional formats: below a number, and a formula rule", () => {
    const formats = extras(form).conditionalFormattings;
    expect(formats).toHaveLength(2);
    expect(formats[0].ref).toBe("G6:G8");
    expect(formats[0].rules[0]).toMatchObject({ type: "cellIs", operator: "lessThan", formulae: ["80"] });
    expect(formats[0].rules[0].style?.fill).toMatchObject({ bgColor: { argb: "FFFFC7CE" } });
    expect(formats[1].rules[0]).toMatchObject({ type: "expression", formulae: ["$E6>$F6"] });
    expect(formats[1].rules[0].style?.font).toMatchObject({ bold: true, color: { argb: "FFC00000" } });
  });

  it("writes the print setup: landscape A4, margins, titles, fit to width, centred", () => {
    const setup = form.pageSetup;
    expect(setup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: "4:5",
      printArea: "A1:G8",
    });
    expect(setup.margins?.left).toBeCloseTo(30 / 25.4, 6);
    expect(setup.margins?.top).toBeCloseTo(20 / 25.4, 6);
    expect(setup.margins?.right).toBeCloseTo(15 / 25.4, 6);
    expect(form.headerFooter.oddFooter).toBe("&CTrang &P/&N");
  });

  it("stores print titles and print area as Excel's built-in names of the sheet", async () => {
    const xml = await sheetXml(await writeXlsx(buildForm()), "xl/workbook.xml");
    expect(xml).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Chỉ tiêu&apos;!$4:$5</definedName>`,
    );
    expect(xml).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;Chỉ tiêu&apos;!$A$1:$G$8</definedName>`,
    );
  });

  it("writes sheet states and defined names", () => {
    expect(form.state).toBe("visible");
    expect(sheetOf(workbook, "_BCCDS").state).toBe("veryHidden");
    expect(workbook.definedNames.getRanges("BCCDS_TEMPLATE").ranges).toEqual(["'_BCCDS'!$B$1:$B$2"]);
  });

  it("gives the same bytes for the same model, whenever it is written", async () => {
    const first = await writeXlsx(buildForm());
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const second = await writeXlsx(buildForm());
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(workbook.created).toEqual(FORM_DATE);
  });

  it("writes unit text that looks like a formula as plain text, never a formula or a link", async () => {
    const model = createWorkbook({ creator: "test", created: FORM_DATE });
    const sheet = createSheet("Mô tả");
    const texts = ['=HYPERLINK("http://x","y")', "+1+1", "-2", "@SUM(A1)", "\tTab", "02", "10/5/2026"];
    texts.forEach((text, i) => setRow(sheet, i + 1, [text]));
    model.sheets.push(sheet);
    const read = sheetOf(await readBack(await writeXlsx(model)), "Mô tả");
    texts.forEach((text, i) => {
      const cell = cellAt(read, `A${i + 1}`);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
      expect(cell.formula).toBeUndefined();
      expect(cell.hyperlink).toBeUndefined();
    });
  });
});

async function sheetXml(bytes: Uint8Array, path: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "xlsx-"));
  const file = join(dir, "book.xlsx");
  writeFileSync(file, bytes);
  return execFileSync("unzip", ["-p", file, path], { encoding: "utf8" });
}

describe("writeXlsx: links", () => {
  it("writes a linked cell as a hyperlink to the other file's sheet and cell, showing the cell's text", async () => {
    const model = createWorkbook({ creator: "test", created: FORM_DATE });
    const sheet = createSheet("Kết quả kiểm tra");
    setRow(sheet, 1, ["2026-05_so-yt.xlsx", "Chỉ tiêu", "F7"]);
    sheet.cells.C1.link = { file: "../Báo cáo/2026-05_so-yt.xlsx", sheet: "Chỉ tiêu", cell: "F7", tooltip: "Mở ô F7" };
    sheet.cells.C2 = { value: null, link: { sheet: "Kết quả kiểm tra", cell: "A1" } };
    model.sheets.push(sheet);
    const read = sheetOf(await readBack(await writeXlsx(model)), "Kết quả kiểm tra");
    expect(cellAt(read, "C1").value).toEqual({
      text: "F7",
      hyperlink: "../Báo cáo/2026-05_so-yt.xlsx#'Chỉ tiêu'!$F$7",
    });
    expect(cellAt(read, "C2").value).toEqual({ text: "A1", hyperlink: "#'Kết quả kiểm tra'!$A$1" });
    expect(cellAt(read, "B1").value).toBe("Chỉ tiêu");
  });

  it("writes the link as the relationship's target alone, with no location for Excel to append to it", async () => {
    const model = createWorkbook({ creator: "test", created: FORM_DATE });
    const sheet = createSheet("Kết quả kiểm tra");
    sheet.cells.A1 = {
      value: "F7",
      link: { file: "2026-05_so-yt.xlsx", sheet: "Chỉ tiêu", cell: "F7", tooltip: "Mở" },
    };
    model.sheets.push(sheet);
    const zip = await JSZip.loadAsync(await writeXlsx(model));
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const rels = await zip.file("xl/worksheets/_rels/sheet1.xml.rels")!.async("string");
    expect(sheetXml).toMatch(/<hyperlink ref="A1" r:id="rId\d+" tooltip="Mở"\/>/);
    expect(rels).toContain(`Target="2026-05_so-yt.xlsx#&apos;Chỉ tiêu&apos;!$F$7" TargetMode="External"`);
  });

  it("refuses a model whose link points at a URL", async () => {
    const model = createWorkbook({ creator: "test", created: FORM_DATE });
    const sheet = createSheet("Kết quả kiểm tra");
    sheet.cells.A1 = { value: "F7", link: { file: "http://x", sheet: "Chỉ tiêu", cell: "F7" } };
    model.sheets.push(sheet);
    await expect(writeXlsx(model)).rejects.toThrow("Liên kết tại ô A1");
  });
});

describe("writeXlsx printed by LibreOffice", () => {
  it("prints the form on landscape A4 pages", async () => {
    const dir = mkdtempSync(join(tmpdir(), "xlsx-pdf-"));
    writeFileSync(join(dir, "form.xlsx"), await writeXlsx(buildForm()));
    const boxes = pdfPageSizes(readFileSync(convertWithLibreOffice(join(dir, "form.xlsx"), "pdf", dir)));
    expect(boxes.length).toBeGreaterThan(0);
    for (const [width, height] of boxes) {
      // A4 landscape is 842 × 595 points.
      expect(Number(width)).toBeCloseTo(842, -1);
      expect(Number(height)).toBeCloseTo(595, -1);
    }
  }, 180_000);
});
