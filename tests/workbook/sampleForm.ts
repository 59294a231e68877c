/** A unit's indicator form, built with every feature of the model (shared by the writer tests). */
import { createSheet, createWorkbook, mergeCells, setColumnWidths, setRow } from "../../src/workbook/model/buildSheet";
import { formula } from "../../src/workbook/model/cellFormats";
import type { Sheet, Workbook } from "../../src/workbook/model/types";

export const FORM_DATE = new Date(Date.UTC(2026, 4, 14, 8, 30, 0));

export const INDICATORS = [
  ["1", "Tỷ lệ dân số được phủ sóng 5G", "-", "70%"],
  ["2", "Tỷ lệ chi cho chuyển đổi số trong tổng chi ngân sách địa phương", "1,02%", "Đảm bảo bố trí ít nhất 1%"],
  ["3", "Tỷ lệ cán bộ, công chức, viên chức được đào tạo, bồi dưỡng kỹ năng số", "-", "100%"],
];

/** Rows 4–5 are the table header; data starts at row 6. */
export const FIRST_DATA_ROW = 6;

function addIndicatorSheet(workbook: Workbook, rows: string[][]): Sheet {
  const sheet = createSheet("Chỉ tiêu");
  workbook.styles.title = { font: { name: "Times New Roman", size: 14, bold: true }, horizontal: "center" };
  workbook.styles.header = {
    font: { name: "Times New Roman", size: 12, bold: true },
    fill: "D9E1F2",
    horizontal: "center",
    vertical: "middle",
    wrap: true,
    borders: { top: { line: "thin" }, bottom: { line: "thin" }, left: { line: "thin" }, right: { line: "thin" } },
  };
  workbook.styles.text = { font: { name: "Times New Roman", size: 12 }, wrap: true, vertical: "top" };
  workbook.styles.input = {
    font: { name: "Times New Roman", size: 12, color: "1F4E79" },
    numberFormat: "0.00",
    locked: false,
  };
  mergeCells(sheet, "A1:G1", "BIỂU BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU", "title");
  mergeCells(sheet, "A4:A5", "STT", "header");
  mergeCells(sheet, "B4:B5", "Tên chỉ tiêu", "header");
  mergeCells(sheet, "C4:D4", "Chỉ tiêu", "header");
  setRow(sheet, 5, ["Kết quả năm 2025", "Kế hoạch năm 2026"], "header", 3);
  mergeCells(sheet, "E4:G4", "Kết quả thực hiện", "header");
  setRow(sheet, 5, ["Tử số", "Mẫu số", "Tỷ lệ (%)"], "header", 5);
  rows.forEach((row, i) => {
    const r = FIRST_DATA_ROW + i;
    setRow(sheet, r, row, "text");
    setRow(sheet, r, [null, null], "input", 5);
    setRow(sheet, r, [formula(`IF(F${r}>0,E${r}/F${r}*100,"")`)], { numberFormat: "0.0" }, 7);
  });
  const last = FIRST_DATA_ROW + rows.length - 1;
  setColumnWidths(sheet, [6, 48, 14, 18, 10, 10, 10]);
  sheet.rowHeights[4] = 30;
  sheet.frozen = { rows: 5, columns: 2 };
  sheet.validations.push(
    {
      range: `E${FIRST_DATA_ROW}:F${last}`,
      rule: { kind: "whole", min: 0 },
      allowBlank: true,
      prompt: { title: "Nhập số nguyên", message: "Nhập số người hoặc số đơn vị, không âm." },
      error: { title: "Giá trị không hợp lệ", message: "Tử số và mẫu số phải là số nguyên không âm." },
    },
    {
      range: `E${FIRST_DATA_ROW}:E${last}`,
      rule: { kind: "custom", formula: `E${FIRST_DATA_ROW}<=F${FIRST_DATA_ROW}` },
      allowBlank: true,
      error: { title: "Tử số lớn hơn mẫu số", message: "Tử số phải nhỏ hơn hoặc bằng mẫu số.", style: "warning" },
    },
    {
      range: `G${FIRST_DATA_ROW}:G${last}`,
      rule: { kind: "decimal", min: 0, max: 100 },
      allowBlank: true,
    },
    {
      range: "H6",
      rule: { kind: "list", values: ["Đã hoàn thành", "Đang thực hiện", "Chưa thực hiện"] },
      allowBlank: false,
      prompt: { title: "Tiến độ", message: "Chọn một trong ba trạng thái." },
    },
  );
  sheet.conditionalFormats.push(
    {
      range: `G${FIRST_DATA_ROW}:G${last}`,
      rule: { kind: "cellValue", operator: "lessThan", values: [80] },
      style: { fill: "FFC7CE", font: { color: "9C0006" } },
    },
    {
      range: `E${FIRST_DATA_ROW}:F${last}`,
      rule: { kind: "formula", formula: `$E${FIRST_DATA_ROW}>$F${FIRST_DATA_ROW}` },
      style: { font: { bold: true, color: "C00000" } },
    },
  );
  sheet.protection = { allow: { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true } };
  sheet.print = {
    orientation: "landscape",
    paper: "A4",
    marginsMm: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 },
    titleRows: { first: 4, last: 5 },
    fitToWidth: true,
    footer: { center: "Trang &P/&N" },
    printArea: `A1:G${last}`,
    centerHorizontally: true,
  };
  workbook.sheets.push(sheet);
  return sheet;
}

function addIdentitySheet(workbook: Workbook): Sheet {
  const sheet = createSheet("_BCCDS", "veryHidden");
  setRow(sheet, 1, ["template", "CDS-CHI-TIEU"]);
  setRow(sheet, 2, ["version", 3]);
  setRow(sheet, 3, ["created", FORM_DATE]);
  workbook.sheets.push(sheet);
  workbook.definedNames.push({ name: "BCCDS_TEMPLATE", sheet: sheet.name, range: "B1:B2" });
  return sheet;
}

export function buildForm(rows: string[][] = INDICATORS): Workbook {
  const workbook = createWorkbook({ creator: "Báo cáo CĐS", created: FORM_DATE });
  addIndicatorSheet(workbook, rows);
  addIdentitySheet(workbook);
  return workbook;
}

/** `count` indicator rows shaped like the plan's, for size-independence checks. */
export function manyIndicators(count: number): string[][] {
  return Array.from({ length: count }, (_, i) => [String(i + 1), `Chỉ tiêu số ${i + 1} của đơn vị`, "-", "100%"]);
}
