/** Vietnamese texts about when each unit's report was received, and the officer's corrections of it. */

export const receiptTexts = {
  /** Where the time shown comes from, as the register prints it. */
  sources: {
    officer: "Cán bộ nhập",
    workbook: "Thời điểm lưu tệp",
    file: "Thời điểm của tệp",
  },
  /** The shape an officer types a receipt time in. */
  format: "dd/mm/yyyy hh:mm",
  unreadable: (text: string) =>
    `Thời điểm nhận “${text}” không đọc được: ghi theo dạng dd/mm/yyyy hh:mm (giờ Việt Nam), ví dụ 08/05/2026 14:30.`,
  /** A file of the command line's --receipts that cannot be used. */
  fileUnreadable: (file: string, why: string) => `Tệp thời điểm nhận “${file}”: ${why}`,
  fileNotObject: 'phải là một đối tượng JSON { "tên tệp báo cáo": "dd/mm/yyyy hh:mm", … }.',
  fileEntry: (name: string, message: string) => `mục “${name}”: ${message}`,
  /** A register cell of the collecting workbook the officer edited, that does not read as a time. */
  sheetCell: (sheet: string, cell: string, message: string) => `Trang “${sheet}”, ô ${cell}: ${message}`,
  /** Five or more files with one receipt minute: likely the minute the attachments were saved, not sent. */
  sameMinute: (count: number, minute: string) =>
    `${count} tệp có cùng thời điểm nhận ${minute}: có thể đó là lúc lưu các tệp đính kèm, không phải lúc đơn vị gửi; ` +
    "hãy kiểm tra và sửa thời điểm nhận nếu cần.",
};

/** The pane's words about receipt times and days typed as dd/mm/yyyy. */
export const receiptPaneTexts = {
  groupHeading: (group: string, count: number) => `${group} (${count})`,
  /** Under a unit's name in the pane's register: when its file was received, and by whose word. */
  received: (time: string) => `Nhận ${time}`,
  noTime: "Chưa có thời điểm nhận",
  select: (unit: string) => `Chọn ${unit}`,
  correctLabel: "Sửa thời điểm nhận của các đơn vị đã chọn",
  correctHint:
    "Ghi dd/mm/yyyy hh:mm (giờ Việt Nam). Thời điểm đã sửa được lưu cùng sổ làm việc; cũng có thể sửa ngay ở cột " +
    "“Thời điểm nhận” của trang “Tình hình gửi báo cáo” trong sổ, lần tổng hợp sau sẽ dùng.",
  correct: (count: number) => `Sửa thời điểm nhận (${count})`,
  noneSelected: "Chọn đơn vị cần sửa thời điểm nhận.",
  /** A day typed in a date field that is no day. */
  badDay: (text: string) => `“${text}” không phải ngày: ghi theo dạng dd/mm/yyyy, ví dụ 14/05/2026.`,
  dayPlaceholder: "dd/mm/yyyy",
};
