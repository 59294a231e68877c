import { address, columnLetters, parseAddress, parseRange, rangeAddress } from "../../src/workbook/model/addresses";
import {
  createSheet,
  createWorkbook,
  mergeCells,
  setRow,
  styleRange,
  usedBounds,
} from "../../src/workbook/model/buildSheet";
import {
  cellNumberFormat,
  formula,
  isFormula,
  numericRuleBounds,
  resolveStyle,
} from "../../src/workbook/model/cellFormats";
import { checkWorkbook } from "../../src/workbook/model/checkWorkbook";
import { linkTarget, safeLink } from "../../src/workbook/model/links";
import { checkSheetName } from "../../src/workbook/model/sheetNames";

const created = new Date(Date.UTC(2026, 4, 14));

describe("addresses", () => {
  it("names columns as Excel does", () => {
    expect([1, 26, 27, 52, 703].map(columnLetters)).toEqual(["A", "Z", "AA", "AZ", "AAA"]);
  });

  it("address and parseAddress are inverse", () => {
    expect(address(7, 2)).toBe("B7");
    expect(parseAddress("B7")).toEqual({ row: 7, col: 2 });
    expect(parseAddress("$AB$120")).toEqual({ row: 120, col: 28 });
    expect(() => parseAddress("7B")).toThrow();
  });

  it("parses ranges in either corner order and writes them back", () => {
    expect(parseRange("D9:B7")).toEqual({ top: 7, left: 2, bottom: 9, right: 4 });
    expect(rangeAddress(parseRange("E6"))).toBe("E6");
    expect(rangeAddress({ top: 4, left: 1, bottom: 5, right: 7 })).toBe("A4:G5");
  });
});

describe("checkSheetName", () => {
  it("accepts a Vietnamese name and composes it", () => {
    expect(checkSheetName(" Phụ lục II ".normalize("NFD"))).toEqual({ ok: true, value: "Phụ lục II" });
  });

  it("refuses names longer than 31 characters, with a Vietnamese message", () => {
    const result = checkSheetName("Biểu tổng hợp chỉ tiêu chuyển đổi số");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ code: "sheet-name-too-long", path: ["name"] });
    if (!result.ok) expect(result.issues[0].message).toContain("dài quá 31 ký tự");
  });

  it.each(["Tháng 5/2026", "Chi tiết [xã]", "Ghi chú: A", "Đơn vị's"])("refuses %j", (name) => {
    const result = checkSheetName(name);
    expect(result.ok ? "" : result.issues[0].code).toBe("sheet-name-invalid-character");
  });

  it("refuses an empty name", () => {
    expect(checkSheetName("  ").ok).toBe(false);
  });
});

describe("builders", () => {
  it("setRow fills a row from a column, with one style", () => {
    const sheet = createSheet("Nhiệm vụ");
    setRow(sheet, 5, ["STT", "Nhiệm vụ", "Tiến độ"], "header", 2);
    expect(sheet.cells).toEqual({
      B5: { value: "STT", style: "header" },
      C5: { value: "Nhiệm vụ", style: "header" },
      D5: { value: "Tiến độ", style: "header" },
    });
  });

  it("mergeCells keeps the value in the top-left cell and styles the whole block", () => {
    const sheet = createSheet("Chỉ tiêu");
    mergeCells(sheet, "E4:G4", "Kết quả thực hiện", "header");
    expect(sheet.merges).toEqual(["E4:G4"]);
    expect(sheet.cells.E4).toEqual({ value: "Kết quả thực hiện", style: "header" });
    expect(sheet.cells.G4).toEqual({ value: null, style: "header" });
  });

  it("styleRange keeps values already written", () => {
    const sheet = createSheet("Chỉ tiêu");
    setRow(sheet, 6, ["1", "Tỷ lệ dân số được phủ sóng 5G"]);
    styleRange(sheet, "A6:C6", "text");
    expect(sheet.cells.B6).toEqual({ value: "Tỷ lệ dân số được phủ sóng 5G", style: "text" });
    expect(sheet.cells.C6).toEqual({ value: null, style: "text" });
  });

  it("usedBounds spans every cell, styled blanks included", () => {
    const sheet = createSheet("Chỉ tiêu");
    expect(usedBounds(sheet)).toBeUndefined();
    setRow(sheet, 4, ["STT"], undefined, 2);
    styleRange(sheet, "E9:F9", "input");
    expect(usedBounds(sheet)).toEqual({ top: 4, left: 2, bottom: 9, right: 6 });
  });

  it("formula drops a leading = and is told apart from other values", () => {
    expect(formula("=SUM(E6:E8)", 12)).toEqual({ formula: "SUM(E6:E8)", result: 12 });
    expect(isFormula(formula("E6/F6"))).toBe(true);
    expect(isFormula(new Date(0))).toBe(false);
    expect(isFormula(null)).toBe(false);
  });

  it("the model survives a JSON round trip (dates aside)", () => {
    const workbook = createWorkbook({ creator: "Báo cáo CĐS", created });
    const sheet = createSheet("Chỉ tiêu");
    mergeCells(sheet, "A1:G1", "BIỂU BÁO CÁO", { font: { bold: true } });
    sheet.columnWidths[2] = 48;
    workbook.sheets.push(sheet);
    const copy = JSON.parse(JSON.stringify(workbook));
    expect(copy.sheets).toEqual(workbook.sheets);
  });
});

describe("styles and formats", () => {
  const workbook = createWorkbook({ creator: "test", created });
  workbook.styles.percent = { numberFormat: "0.0" };

  it("resolves a style id or an inline style", () => {
    expect(resolveStyle(workbook, "percent")).toEqual({ numberFormat: "0.0" });
    expect(resolveStyle(workbook, { wrap: true })).toEqual({ wrap: true });
    expect(resolveStyle(workbook, undefined)).toBeUndefined();
    expect(() => resolveStyle(workbook, "missing")).toThrow("missing");
  });

  it("text is written with the text format, dates with day/month/year unless styled", () => {
    expect(cellNumberFormat("02", { numberFormat: "0.0" })).toBe("@");
    expect(cellNumberFormat(new Date(0), undefined)).toBe("dd/mm/yyyy");
    expect(cellNumberFormat(new Date(0), { numberFormat: "mm/yyyy" })).toBe("mm/yyyy");
    expect(cellNumberFormat(99.8, { numberFormat: "0.0" })).toBe("0.0");
    expect(cellNumberFormat(null, undefined)).toBeUndefined();
  });

  it("numeric rules are ≥ min, or between min and max", () => {
    expect(numericRuleBounds({ kind: "whole", min: 0 })).toEqual({ operator: "greaterThanOrEqual", values: [0] });
    expect(numericRuleBounds({ kind: "decimal", min: 0, max: 100 })).toEqual({ operator: "between", values: [0, 100] });
  });
});

describe("checkWorkbook", () => {
  it("finds duplicate sheet names (case-insensitive), bad lists, long messages and dangling names", () => {
    const workbook = createWorkbook({ creator: "test", created });
    const first = createSheet("Chỉ tiêu");
    first.validations.push(
      { range: "H6", rule: { kind: "list", values: ["Có, đã ban hành", "Chưa"] }, allowBlank: true },
      {
        range: "E6",
        rule: { kind: "whole", min: 0 },
        allowBlank: true,
        prompt: { title: "Tiêu đề lời nhắc dài hơn ba mươi hai ký tự", message: "…" },
      },
    );
    workbook.sheets.push(first, createSheet("CHỈ TIÊU"));
    workbook.definedNames.push({ name: "BCCDS_TEMPLATE", sheet: "_BCCDS", range: "B1:B2" });
    expect(checkWorkbook(workbook).map((issue) => issue.code)).toEqual([
      "list-item-comma",
      "validation-text-too-long",
      "sheet-name-duplicate",
      "defined-name-sheet",
    ]);
  });

  it("finds a list longer than Excel's 255 characters", () => {
    const workbook = createWorkbook({ creator: "test", created });
    const sheet = createSheet("Đơn vị");
    const communes = Array.from({ length: 40 }, (_, i) => `Xã số ${i + 1}`);
    sheet.validations.push({ range: "B2", rule: { kind: "list", values: communes }, allowBlank: false });
    workbook.sheets.push(sheet);
    expect(checkWorkbook(workbook).map((issue) => issue.code)).toEqual(["list-too-long"]);
  });

  it("refuses a link to a network path or a cell that is not an A1 address", () => {
    const workbook = createWorkbook({ creator: "test", created });
    const sheet = createSheet("Kết quả kiểm tra");
    sheet.cells.E5 = { value: "F7", link: { file: "\\\\host\\share\\x.xlsx", sheet: "Chỉ tiêu", cell: "F7" } };
    sheet.cells.E6 = { value: "F7", link: { file: "2026-05_so-yt.xlsx", sheet: "Chỉ tiêu", cell: "F7:F9" } };
    sheet.cells.E7 = { value: "F7", link: { file: "../Báo cáo/2026-05_so-yt.xlsx", sheet: "Chỉ tiêu", cell: "F7" } };
    workbook.sheets.push(sheet);
    expect(checkWorkbook(workbook).map((issue) => [issue.code, issue.path.join("/")])).toEqual([
      ["link-unsafe", "sheets/Kết quả kiểm tra/cells/E5/link"],
      ["link-unsafe", "sheets/Kết quả kiểm tra/cells/E6/link"],
    ]);
  });

  it("has nothing to say about a sound form", () => {
    const workbook = createWorkbook({ creator: "test", created });
    workbook.sheets.push(createSheet("Chỉ tiêu"));
    expect(checkWorkbook(workbook)).toEqual([]);
  });
});

describe("links", () => {
  const link = (file: string | undefined, cell = "F7") => ({ file, sheet: "Chỉ tiêu", cell });

  it("gives Excel's target: the file, then the quoted sheet and absolute cell after #", () => {
    expect(linkTarget({ file: "../Báo cáo tháng 5/2026-05_so-yt.xlsx", sheet: "Chỉ tiêu", cell: "F7" })).toBe(
      "../Báo cáo tháng 5/2026-05_so-yt.xlsx#'Chỉ tiêu'!$F$7",
    );
    expect(linkTarget({ sheet: "Kết quả kiểm tra", cell: "AB12" })).toBe("#'Kết quả kiểm tra'!$AB$12");
    expect(linkTarget({ file: "a.xlsx", sheet: "Sở's", cell: "A1" })).toBe("a.xlsx#'Sở''s'!$A$1");
  });

  it.each([
    "2026-05_so-yt.xlsx",
    "Báo cáo tháng 5/BC 05 (lần 2).xlsx",
    "../../Đơn vị/2026-05_xa-ta-xua.xlsx",
    "Xa\u0303 Ta\u0300 Xu\u0300a.xlsx",
  ])("keeps a link to the relative path %j", (file) => {
    expect(safeLink(link(file))).toEqual(link(file));
  });

  it.each([
    "..\\evil.xlsx",
    "\\\\host\\share\\x.xlsx",
    "//host/share/x.xlsx",
    "/etc/x.xlsx",
    "http://x",
    "C:/x.xlsx",
    "file:x.xlsx",
    "a/../../x.xlsx",
    "..",
    "a//x.xlsx",
    "",
    "x.xlsx#'Khác'!A1",
  ])("drops a link to %j", (file) => {
    expect(safeLink(link(file))).toBeUndefined();
  });

  it("drops a link whose cell is not one A1 address", () => {
    for (const cell of ["f7", "F7:F9", "$F$7", "ABCD1", "F"]) expect(safeLink(link(undefined, cell))).toBeUndefined();
    expect(safeLink(link(undefined, "XFD1048576"))).toEqual(link(undefined, "XFD1048576"));
  });
});
