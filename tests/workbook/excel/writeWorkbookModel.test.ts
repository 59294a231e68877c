import { createSheet, createWorkbook, setCell, setRow } from "../../../src/workbook/model/buildSheet";
import type { Workbook } from "../../../src/workbook/model/types";
import { detectCapabilities, type HostCapabilities } from "../../../src/workbook/excel/hostCapabilities";
import { writeModelToWorkbook } from "../../../src/workbook/excel/writeWorkbookModel";
import { buildForm, FIRST_DATA_ROW, FORM_DATE, manyIndicators } from "../sampleForm";
import { FakeExcel } from "./fakeExcel";

/** A host that supports ExcelApi 1.1 up to 1.`newest`. */
function host(newest: number): HostCapabilities {
  return detectCapabilities({
    isSetSupported: (name, version = "1.1") => name === "ExcelApi" && Number(version.split(".")[1]) <= newest,
  });
}

const modern = host(13);

describe("writeModelToWorkbook on ExcelApi 1.13", () => {
  let excel: FakeExcel;
  let omitted: string[];

  beforeAll(async () => {
    excel = new FakeExcel(["Hướng dẫn"]);
    ({ omitted } = await writeModelToWorkbook(excel.requestContext, buildForm(), { capabilities: modern }));
  });

  it("adds the model's sheets under their own names beside the existing ones", () => {
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(["Hướng dẫn", "Chỉ tiêu", "_BCCDS"]);
    expect(omitted).toEqual([]);
  });

  it("writes values as one block, text with the text format, dates and formulas as Excel wants them", () => {
    const form = excel.sheet("Chỉ tiêu");
    expect(form.cell("B6")).toEqual({ value: "Tỷ lệ dân số được phủ sóng 5G", numberFormat: "@" });
    expect(form.cell("C6")).toEqual({ value: "'-", numberFormat: "@" });
    expect(form.cell("G6")).toEqual({ value: '=IF(F6>0,E6/F6*100,"")', numberFormat: "0.0" });
    expect(form.cell("E6")).toEqual({ value: "", numberFormat: "0.00" });
    expect(excel.sheet("_BCCDS").cell("B2")).toEqual({ value: 3, numberFormat: "General" });
    // 14/05/2026 08:30 UTC as Excel's serial: day 46156 plus 8.5 hours.
    expect(excel.sheet("_BCCDS").cell("B3")?.value).toBeCloseTo(46156 + 8.5 / 24, 9);
    expect(excel.sheet("_BCCDS").cell("B3")?.numberFormat).toBe("dd/mm/yyyy");
  });

  it("formats blocks of cells that share a style with one command each", () => {
    const form = excel.sheet("Chỉ tiêu");
    expect(form.recorded("format.font.name").map((r) => r.range)).toEqual(["A1:G1", "A4:G5", "A6:D8", "E6:F8"]);
    expect(form.recorded("format.fill.color")).toEqual([
      { range: "A4:G5", path: "format.fill.color", value: "#D9E1F2" },
    ]);
    expect(form.recorded("format.verticalAlignment").map((r) => r.value)).toEqual(["Center", "Top"]);
    expect(form.recorded("format.protection.locked")).toEqual([
      { range: "E6:F8", path: "format.protection.locked", value: false },
    ]);
    const borders = form.records.filter((r) => r.range === "A4:G5" && r.path.startsWith("format.borders.getItem()"));
    expect(borders.map((r) => r.value)).toContainEqual(["InsideHorizontal"]);
    expect(form.merges).toEqual(["A1:G1", "A4:A5", "B4:B5", "C4:D4", "E4:G4"]);
  });

  it("sets column widths (equal neighbours together) and row heights", () => {
    const widths = excel.sheet("Chỉ tiêu").recorded("format.columnWidth");
    expect(widths.map((r) => r.range)).toEqual(["A:A", "B:B", "C:C", "D:D", "E:G"]);
    expect(widths[1].value).toBeCloseTo((48 * 7 + 5) * 0.75);
    expect(excel.sheet("Chỉ tiêu").recorded("format.rowHeight")).toEqual([
      { range: "4:4", path: "format.rowHeight", value: 30 },
    ]);
  });

  it("writes data validation rules with their Vietnamese prompts and alerts", () => {
    const form = excel.sheet("Chỉ tiêu");
    expect(form.recorded("dataValidation.rule")).toEqual([
      {
        range: "E6:F8",
        path: "dataValidation.rule",
        value: { wholeNumber: { operator: "GreaterThanOrEqualTo", formula1: 0 } },
      },
      { range: "E6:E8", path: "dataValidation.rule", value: { custom: { formula: "=E6<=F6" } } },
      {
        range: "G6:G8",
        path: "dataValidation.rule",
        value: { decimal: { operator: "Between", formula1: 0, formula2: 100 } },
      },
      {
        range: "H6",
        path: "dataValidation.rule",
        value: { list: { inCellDropDown: true, source: "Đã hoàn thành,Đang thực hiện,Chưa thực hiện" } },
      },
    ]);
    expect(form.recorded("dataValidation.prompt")[0].value).toEqual({
      showPrompt: true,
      title: "Nhập số nguyên",
      message: "Nhập số người hoặc số đơn vị, không âm.",
    });
    expect(form.recorded("dataValidation.errorAlert")[1].value).toEqual({
      showAlert: true,
      style: "Warning",
      title: "Tử số lớn hơn mẫu số",
      message: "Tử số phải nhỏ hơn hoặc bằng mẫu số.",
    });
    expect(form.recorded("dataValidation.ignoreBlanks").map((r) => r.value)).toEqual([true, true, true, false]);
  });

  it("adds conditional formats: below 80 in red, and a formula rule", () => {
    const form = excel.sheet("Chỉ tiêu");
    expect(form.recorded("conditionalFormats.add()").map((r) => [r.range, r.value])).toEqual([
      ["G6:G8", ["CellValue"]],
      ["E6:F8", ["Custom"]],
    ]);
    expect(form.recorded("conditionalFormats.add[0].cellValue.rule")[0].value).toEqual({
      operator: "LessThan",
      formula1: "80",
    });
    expect(form.recorded("conditionalFormats.add[0].cellValue.format.fill.color")[0].value).toBe("#FFC7CE");
    expect(form.recorded("conditionalFormats.add[0].custom.rule.formula")[0].value).toBe("=$E6>$F6");
    expect(form.recorded("conditionalFormats.add[0].custom.format.font.bold")[0].value).toBe(true);
  });

  it("freezes the header rows and label columns, and lays out the page for printing", () => {
    const form = excel.sheet("Chỉ tiêu");
    expect(form.recorded("freezePanes.freezeAt()")[0].value).toEqual(["A1:B5"]);
    const layout = (field: string) => form.recorded(`pageLayout.${field}`)[0]?.value;
    expect(layout("orientation")).toBe("Landscape");
    expect(layout("paperSize")).toBe("A4");
    expect(layout("leftMargin")).toBeCloseTo((30 * 72) / 25.4);
    expect(layout("topMargin")).toBeCloseTo((20 * 72) / 25.4);
    expect(layout("centerHorizontally")).toBe(true);
    expect(layout("zoom")).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(layout("setPrintTitleRows()")).toEqual(["$4:$5"]);
    expect(layout("setPrintArea()")).toEqual(["A1:G8"]);
    expect(layout("headersFooters.defaultForAllPages.centerFooter")).toBe("Trang &P/&N");
  });

  it("protects the form without a password, after everything else", () => {
    const form = excel.sheet("Chỉ tiêu");
    const protect = form.recorded("protection.protect()");
    expect(protect).toHaveLength(1);
    expect(protect[0].value).toEqual([
      {
        allowFormatCells: false,
        allowFormatColumns: true,
        allowFormatRows: false,
        allowInsertRows: false,
        allowDeleteRows: false,
        allowSort: false,
        allowAutoFilter: false,
        selectionMode: "Normal",
      },
    ]);
    expect(form.records[form.records.length - 1].path).toBe("protection.protect()");
  });

  it("hides the identity sheet (veryHidden), names its range and shows the form", () => {
    expect(excel.sheet("_BCCDS").visibility).toBe("VeryHidden");
    expect(excel.sheet("Chỉ tiêu").visibility).toBe("Visible");
    expect(excel.names.get("BCCDS_TEMPLATE")).toEqual({ sheet: excel.sheet("_BCCDS"), range: "B1:B2" });
    expect(excel.active).toBe(excel.sheet("Chỉ tiêu"));
  });
});

describe("writeModelToWorkbook: requests", () => {
  it("syncs the same number of times for 10 rows as for 1,000", async () => {
    const small = new FakeExcel();
    await writeModelToWorkbook(small.requestContext, buildForm(manyIndicators(10)), { capabilities: modern });
    const large = new FakeExcel();
    await writeModelToWorkbook(large.requestContext, buildForm(manyIndicators(1000)), { capabilities: modern });
    expect(small.syncCount).toBe(3);
    expect(large.syncCount).toBe(small.syncCount);
    const fontCommands = (excel: FakeExcel) => excel.sheet("Chỉ tiêu").recorded("format.font.name").length;
    expect(fontCommands(large)).toBe(fontCommands(small));
    expect(large.sheet("Chỉ tiêu").cell(`B${FIRST_DATA_ROW + 999}`)?.value).toBe("Chỉ tiêu số 1000 của đơn vị");
  });

  it("splits large values into row blocks so no request passes the payload limit", async () => {
    const limit = 200 * 1024;
    const excel = new FakeExcel(["Sheet1"], limit);
    const long = manyIndicators(1000).map(([stt, name]) => [
      stt,
      `${name} — ${"mô tả kết quả ".repeat(20)}`,
      "-",
      "100%",
    ]);
    const progress: number[] = [];
    await writeModelToWorkbook(excel.requestContext, buildForm(long), {
      capabilities: modern,
      requestBudgetBytes: 150 * 1024,
      onProgress: ({ done }) => progress.push(done),
    });
    expect(excel.syncCount).toBeGreaterThan(3);
    expect(Math.max(...excel.requestBytes)).toBeLessThanOrEqual(limit);
    expect(excel.sheet("Chỉ tiêu").cell(`B${FIRST_DATA_ROW + 999}`)?.value).toContain("Chỉ tiêu số 1000");
    expect(progress).toEqual([1, 2]);
  });
});

describe("writeModelToWorkbook on older Excel", () => {
  it("on ExcelApi 1.7 writes what it can and lists validation and page layout as omitted", async () => {
    const excel = new FakeExcel();
    const { omitted } = await writeModelToWorkbook(excel.requestContext, buildForm(), { capabilities: host(7) });
    expect(omitted).toEqual([
      "Không đặt được kiểm tra dữ liệu (cần ExcelApi 1.8).",
      "Không đặt được thiết lập trang in, tiêu đề in lặp lại, đầu trang và chân trang (cần ExcelApi 1.9).",
    ]);
    const form = excel.sheet("Chỉ tiêu");
    expect(form.recorded("dataValidation.rule")).toEqual([]);
    expect(form.records.some((r) => r.path.startsWith("pageLayout"))).toBe(false);
    expect(form.recorded("freezePanes.freezeAt()")).toHaveLength(1);
    expect(form.recorded("conditionalFormats.add()")).toHaveLength(2);
    expect(form.recorded("protection.protect()")).toHaveLength(1);
    expect(form.cell("B6")?.value).toBe("Tỷ lệ dân số được phủ sóng 5G");
  });

  it("on ExcelApi 1.1 (Office 2016) still writes values and fonts, and says what is missing", async () => {
    const excel = new FakeExcel();
    const { omitted } = await writeModelToWorkbook(excel.requestContext, buildForm(), { capabilities: host(1) });
    expect(omitted).toHaveLength(8);
    expect(omitted[0]).toBe("Không đặt được gộp ô, độ rộng cột, chiều cao hàng và khóa ô (cần ExcelApi 1.2).");
    const form = excel.sheet("Chỉ tiêu");
    expect(form.merges).toEqual([]);
    expect(form.recorded("format.protection.locked")).toEqual([]);
    expect(form.recorded("format.font.bold").length).toBeGreaterThan(0);
    expect(excel.sheet("_BCCDS").visibility).toBe("Visible");
  });
});

describe("writeModelToWorkbook: existing sheets", () => {
  function oldWorkbook(): FakeExcel {
    const excel = new FakeExcel(["Hướng dẫn", "Chỉ tiêu", "Ghi chú"]);
    excel.sheet("Chỉ tiêu").cells.set("B6", { value: "bản cũ", numberFormat: "General" });
    return excel;
  }

  it("refuses to overwrite a sheet of the same name unless asked, before changing anything", async () => {
    const excel = oldWorkbook();
    await expect(writeModelToWorkbook(excel.requestContext, buildForm(), { capabilities: modern })).rejects.toThrow(
      "Sổ làm việc đã có trang tính “Chỉ tiêu”",
    );
    expect(excel.sheets.map((s) => s.name)).toEqual(["Hướng dẫn", "Chỉ tiêu", "Ghi chú"]);
    expect(excel.syncCount).toBe(1);
  });

  it("replaces a sheet of the same name in its place and leaves the others alone", async () => {
    const excel = oldWorkbook();
    const untouched = excel.sheet("Ghi chú");
    await writeModelToWorkbook(excel.requestContext, buildForm(), { capabilities: modern, replaceSheets: true });
    expect(excel.sheets.map((s) => s.name)).toEqual(["Hướng dẫn", "Chỉ tiêu", "Ghi chú", "_BCCDS"]);
    expect(excel.sheet("Chỉ tiêu").cell("B6")?.value).toBe("Tỷ lệ dân số được phủ sóng 5G");
    expect(excel.sheet("Ghi chú")).toBe(untouched);
    expect(untouched.records).toEqual([]);
  });

  it("leaves the old sheets as they were when a write fails half-way", async () => {
    const excel = oldWorkbook();
    const before = excel.sheets.slice();
    excel.failWhen = (command) => command.includes("dataValidation.rule");
    await expect(
      writeModelToWorkbook(excel.requestContext, buildForm(), { capabilities: modern, replaceSheets: true }),
    ).rejects.toThrow("GeneralException");
    expect(excel.sheets).toEqual(before);
    expect(excel.sheet("Chỉ tiêu").cell("B6")?.value).toBe("bản cũ");
  });

  it("replaces a defined name the model redefines", async () => {
    const excel = new FakeExcel();
    await writeModelToWorkbook(excel.requestContext, buildForm(), { capabilities: modern });
    await writeModelToWorkbook(excel.requestContext, buildForm(), { capabilities: modern, replaceSheets: true });
    expect(excel.names.get("BCCDS_TEMPLATE")?.sheet).toBe(excel.sheet("_BCCDS"));
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1", "Chỉ tiêu", "_BCCDS"]);
  });
});

describe("writeModelToWorkbook: unit text", () => {
  it("writes formula-like text as text: '@' format and Excel's hidden apostrophe", async () => {
    const model = createWorkbook({ creator: "test", created: FORM_DATE });
    const sheet = createSheet("Mô tả");
    setRow(sheet, 1, [
      '=HYPERLINK("http://x","y")',
      "+1+1",
      "-2",
      "@SUM(A1)",
      "02",
      "'trích dẫn",
      new Date(Date.UTC(2026, 4, 10)),
    ]);
    model.sheets.push(sheet);
    const excel = new FakeExcel();
    await writeModelToWorkbook(excel.requestContext, model, { capabilities: modern });
    const cells = ["A1", "B1", "C1", "D1", "E1", "F1", "G1"].map((a1) => excel.sheet("Mô tả").cell(a1));
    expect(cells.map((cell) => cell?.value)).toEqual([
      `'=HYPERLINK("http://x","y")`,
      "'+1+1",
      "'-2",
      "'@SUM(A1)",
      "02",
      "''trích dẫn",
      46152,
    ]);
    expect(cells.map((cell) => cell?.numberFormat)).toEqual(["@", "@", "@", "@", "@", "@", "dd/mm/yyyy"]);
  });
});

describe("writeModelToWorkbook: links", () => {
  function linkedFindings(): Workbook {
    const model = createWorkbook({ creator: "test", created: FORM_DATE });
    const sheet = createSheet("Kết quả kiểm tra");
    setRow(sheet, 1, ["2026-05_so-yt.xlsx", "Chỉ tiêu", "F7"]);
    sheet.cells.C1.link = { file: "../Báo cáo/2026-05_so-yt.xlsx", sheet: "Chỉ tiêu", cell: "F7", tooltip: "Mở ô F7" };
    setCell(sheet, 2, 3, "B2");
    sheet.cells.C2.link = { sheet: "Kết quả kiểm tra", cell: "B2" };
    model.sheets.push(sheet);
    return model;
  }

  it("sets each linked cell's hyperlink: the file as address, the quoted sheet and cell as document reference", async () => {
    const excel = new FakeExcel();
    const { omitted } = await writeModelToWorkbook(excel.requestContext, linkedFindings(), { capabilities: modern });
    expect(omitted).toEqual([]);
    expect(excel.sheet("Kết quả kiểm tra").recorded("hyperlink")).toEqual([
      {
        range: "C1",
        path: "hyperlink",
        value: {
          address: "../Báo cáo/2026-05_so-yt.xlsx",
          documentReference: "'Chỉ tiêu'!F7",
          textToDisplay: "F7",
          screenTip: "Mở ô F7",
        },
      },
      {
        range: "C2",
        path: "hyperlink",
        value: { documentReference: "'Kết quả kiểm tra'!B2", textToDisplay: "B2" },
      },
    ]);
    expect(excel.syncCount).toBe(3);
  });

  it("below ExcelApi 1.7 writes the addresses as text and says the links were left out", async () => {
    const excel = new FakeExcel();
    const { omitted } = await writeModelToWorkbook(excel.requestContext, linkedFindings(), { capabilities: host(6) });
    expect(omitted).toEqual(["Không đặt được liên kết tới ô (cần ExcelApi 1.7)."]);
    const sheet = excel.sheet("Kết quả kiểm tra");
    expect(sheet.recorded("hyperlink")).toEqual([]);
    expect(sheet.cell("C1")?.value).toBe("F7");
  });

  it("refuses a model whose link points at a network path, before touching the workbook", async () => {
    const model = linkedFindings();
    model.sheets[0].cells.C1.link = { file: "//host/share/x.xlsx", sheet: "Chỉ tiêu", cell: "F7" };
    const excel = new FakeExcel();
    await expect(writeModelToWorkbook(excel.requestContext, model, { capabilities: modern })).rejects.toThrow(
      "Liên kết tại ô C1",
    );
    expect(excel.syncCount).toBe(0);
  });
});

describe("a sheet holding an Excel table", () => {
  function tableBook(rows: string[][]): Workbook {
    const model = createWorkbook({ creator: "t", created: new Date(0) });
    const sheet = createSheet("Bảng");
    [["Kỳ", "Đơn vị"], ...rows].forEach((row, r) => setRow(sheet, r + 1, row));
    sheet.tables = [{ name: "BangKy", range: `A1:B${rows.length + 1}` }];
    model.sheets.push(sheet);
    return model;
  }

  it("adds the table over the values written, with the model's name", async () => {
    const excel = new FakeExcel(["Ghi chú"]);
    await writeModelToWorkbook(excel.requestContext, tableBook([["2026-04", "Sở Y tế"]]), { capabilities: host(1) });
    expect(excel.sheet("Bảng").tables).toEqual([{ name: "BangKy", range: "A1:B2", hasHeaders: true }]);
    expect(excel.sheet("Bảng").cell("A2")?.value).toBe("2026-04");
  });

  it("replaces a sheet and its table of the same name: one table, the new rows, the officer's view kept", async () => {
    const excel = new FakeExcel(["Ghi chú"]);
    const options = { capabilities: modern, replaceSheets: true, activate: false };
    await writeModelToWorkbook(excel.requestContext, tableBook([["2026-04", "Sở Y tế"]]), options);
    await writeModelToWorkbook(
      excel.requestContext,
      tableBook([
        ["2026-04", "Sở Y tế"],
        ["2026-05", "Sở Y tế"],
      ]),
      options,
    );
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(["Ghi chú", "Bảng"]);
    expect(excel.sheets.flatMap((sheet) => sheet.tables)).toEqual([
      { name: "BangKy", range: "A1:B3", hasHeaders: true },
    ]);
    expect(excel.active).toBeUndefined();
  });

  it("leaves the old sheet and its table as they were when the write fails", async () => {
    const excel = new FakeExcel(["Ghi chú"]);
    const options = { capabilities: modern, replaceSheets: true };
    await writeModelToWorkbook(excel.requestContext, tableBook([["2026-04", "Sở Y tế"]]), options);
    const before = excel.sheet("Bảng");
    excel.failWhen = (command) => command.startsWith("add table");
    await expect(
      writeModelToWorkbook(excel.requestContext, tableBook([["2026-05", "Sở Y tế"]]), options),
    ).rejects.toThrow();
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(["Ghi chú", "Bảng"]);
    expect(excel.sheet("Bảng")).toBe(before);
    expect(before.tables).toEqual([{ name: "BangKy", range: "A1:B2", hasHeaders: true }]);
  });
});
