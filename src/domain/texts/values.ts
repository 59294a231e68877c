/** Vietnamese messages of the value and target language. */
/** Keyed by language's MeasureUnit: a unit added there fails to compile where `unitMismatch` is called. */
const UNIT_NAMES = {
  percent: "tỷ lệ phần trăm (%)",
  count: "số lượng",
  money: "số tiền",
  none: "số không có đơn vị",
};

export const valueTexts = {
  emptyValue: "Ô trống: cần ghi số liệu hoặc lý do chưa có số liệu (ví dụ “Đang thống kê số liệu”).",
  emptyTarget: "Chưa ghi chỉ tiêu.",
  emptyNumber: "Chưa ghi số.",
  notANumber: (text: string) => `“${text}” không phải là một số hợp lệ (ví dụ đúng: 87,6 hoặc 1.234).`,
  notAFiniteNumber: (text: string) => `Ô chứa “${text}”, không phải là một số.`,
  ambiguousNumber: (text: string, asDecimal: string, asThousands: string) =>
    `Số “${text}” không rõ nghĩa: có thể là số thập phân ${asDecimal}, hoặc là ${asThousands} nếu viết theo kiểu ` +
    `tiếng Anh (dấu phẩy ngăn cách hàng nghìn). Nếu là số hàng nghìn, hãy ghi ${asThousands}; ` +
    `nếu là số thập phân, hãy làm tròn đến 2 chữ số sau dấu phẩy.`,
  unrecognisedValue: (text: string) =>
    `Không đọc được giá trị “${text}”: cần ghi một số (ví dụ 87,6% hoặc 12) ` +
    `hoặc lý do chưa có số liệu (ví dụ “Đang thống kê số liệu”, “Chưa triển khai”).`,
  gluedToNumber: (text: string) =>
    `Không đọc được giá trị “${text}”: có chữ viết liền sau số; cần ghi một số (ví dụ 12 hoặc 87,6%) ` +
    `hoặc lý do chưa có số liệu (ví dụ “Chưa triển khai”).`,
  dateNotNumber: (day: string) =>
    `Ô chứa ngày ${day.split("-").reverse().join("/")} (ô định dạng ngày tháng), không phải một số: cần ghi ` +
    `một số (ví dụ 12 hoặc 87,6%) hoặc lý do chưa có số liệu.`,
  unrecognisedTarget: (text: string) =>
    `Không đọc được chỉ tiêu “${text}”: cần ghi một mức (ví dụ 70%, ≥ 50%, ít nhất 1%, không quá 5%, 02, tăng tối thiểu 01).`,
  boundNote: (symbol: string) => `Giá trị ghi kèm dấu “${symbol}”`,
  noData: "Chưa có số liệu",
  missingBaseline: "Chỉ tiêu tính theo mức tăng so với năm trước nhưng chưa có kết quả năm trước để so sánh.",
  unitMismatch: (targetUnit: keyof typeof UNIT_NAMES, valueUnit: keyof typeof UNIT_NAMES) =>
    `Không so sánh được: chỉ tiêu tính theo ${UNIT_NAMES[targetUnit]}, còn giá trị báo cáo là ${UNIT_NAMES[valueUnit]}.`,
};
