/**
 * The layout contract of a unit's form, shared by the builder and the reader: sheet names, header
 * texts and column order, the identity keys and the cover labels. The reader finds columns by these
 * header texts and rows by Mã, never by fixed addresses, so only the texts are binding.
 */

export const FORM_SHEETS = {
  cover: "Thông tin",
  indicators: "Chỉ tiêu",
  tasks: "Nhiệm vụ",
  /** Optional: a form made before it existed has no such sheet, and reads the same. */
  documents: "Văn bản",
  identity: "_dinh_danh",
} as const;

/** id: the catalog id (Mã); fixed: locked plan text the validator compares; input: what the unit fills. */
export type ColumnRole = "id" | "fixed" | "input";

export interface ColumnSpec {
  key: string;
  header: string;
  role: ColumnRole;
  /** Width in Excel's character units, chosen so the table fits A4 landscape at a readable scale. */
  width: number;
}

export const INDICATOR_COLUMNS = [
  { key: "id", header: "Mã", role: "id", width: 11 },
  { key: "stt", header: "STT", role: "fixed", width: 5 },
  { key: "name", header: "Các mục tiêu/chỉ tiêu", role: "fixed", width: 46 },
  { key: "result2025", header: "Kết quả năm 2025", role: "fixed", width: 14 },
  { key: "target2026", header: "Chỉ tiêu năm 2026", role: "fixed", width: 13 },
  { key: "result", header: "Kết quả thực hiện", role: "input", width: 13 },
  { key: "numerator", header: "Tử số", role: "input", width: 10 },
  { key: "denominator", header: "Mẫu số", role: "input", width: 10 },
  { key: "note", header: "Ghi chú", role: "input", width: 20 },
] as const satisfies readonly ColumnSpec[];

export const TASK_COLUMNS = [
  { key: "id", header: "Mã", role: "id", width: 11 },
  { key: "stt", header: "STT", role: "fixed", width: 5 },
  { key: "name", header: "Tên nhiệm vụ", role: "fixed", width: 36 },
  { key: "product", header: "Sản phẩm", role: "fixed", width: 18 },
  { key: "deadline", header: "Thời gian hoàn thành", role: "fixed", width: 14 },
  { key: "status", header: "Tiến độ", role: "input", width: 14 },
  { key: "progress", header: "Tỷ lệ hoàn thành (%)", role: "input", width: 10 },
  { key: "description", header: "Mô tả kết quả trong kỳ", role: "input", width: 30 },
  { key: "difficulties", header: "Khó khăn, vướng mắc", role: "input", width: 17 },
  { key: "proposals", header: "Đề xuất, kiến nghị", role: "input", width: 17 },
] as const satisfies readonly ColumnSpec[];

/**
 * The documents a unit issued in the period (Phụ lục I of the report). No catalog item to key a row by, so the
 * locked STT is the row's id: the reader takes the rows whose STT is there and whose inputs are not all blank.
 */
export const DOCUMENT_COLUMNS = [
  { key: "id", header: "STT", role: "id", width: 6 },
  { key: "number", header: "Số/ký hiệu", role: "input", width: 20 },
  { key: "date", header: "Ngày ban hành", role: "input", width: 14 },
  { key: "summary", header: "Trích yếu", role: "input", width: 64 },
  { key: "taskId", header: "Mã nhiệm vụ liên quan", role: "input", width: 16 },
] as const satisfies readonly ColumnSpec[];

/** Rows of the documents table: a unit issues a few documents a month; the busiest of 003's months had 22 in all. */
export const DOCUMENT_ROWS = 30;

export type IndicatorColumnKey = (typeof INDICATOR_COLUMNS)[number]["key"];
export type TaskColumnKey = (typeof TASK_COLUMNS)[number]["key"];
export type DocumentColumnKey = (typeof DOCUMENT_COLUMNS)[number]["key"];

/** 1-based column of `key` in the layout as built (the reader maps columns by header instead). */
export function columnOf(columns: readonly ColumnSpec[], key: string): number {
  const index = columns.findIndex((column) => column.key === key);
  if (index < 0) throw new Error(`Unknown form column: ${key}`);
  return index + 1;
}

/** Rows 1–2 carry the sheet's title and unit, row 3 the filling hint; the table starts at row 4. */
export const TABLE_HEADER_ROW = 4;
/** The reader looks for the header row this far down, in case a unit inserted rows above it. */
export const HEADER_SEARCH_ROWS = 15;

/** The three statuses of "Tiến độ", as the report's Phụ lục III prints them. */
export const TASK_STATUSES = ["Đã hoàn thành", "Đang thực hiện", "Chưa thực hiện"] as const;

/** Key/value rows of the hidden identity sheet: key in column A, value in column B. */
export const IDENTITY_KEYS = {
  templateId: "template_id",
  templateVersion: "template_version",
  catalogYear: "catalog_year",
  unitId: "unit_id",
  period: "period",
  fingerprint: "fingerprint",
} as const;

/** Labels of the cover's contact inputs; the reader takes the first filled cell right of each label. */
export const CONTACT_LABELS = {
  name: "Người lập báo cáo",
  phone: "Số điện thoại",
  email: "Thư điện tử",
} as const;
