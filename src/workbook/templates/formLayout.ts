/**
 * The layout of a unit's form around its columns (src/domain/forms/formColumns), shared by the builder and the
 * reader: sheet names, where the table starts, the identity keys and the cover labels.
 */

export const FORM_SHEETS = {
  cover: "Thông tin",
  indicators: "Chỉ tiêu",
  tasks: "Nhiệm vụ",
  /** Optional: a form made before it existed has no such sheet, and reads the same. */
  documents: "Văn bản",
  identity: "_dinh_danh",
} as const;

/** Rows of the documents table: a unit issues a few documents a month; the busiest of 003's months had 22 in all. */
export const DOCUMENT_ROWS = 30;

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
