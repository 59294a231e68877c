/** Vietnamese messages of validation. */
import { columnHeaders } from "./formColumns";

const QUOTE_LIMIT = 80;

/** Quotes what the officer or the plan wrote, shortened so a paragraph does not flood the message. */
function quote(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return `“${flat.length > QUOTE_LIMIT ? `${flat.slice(0, QUOTE_LIMIT)}…` : flat}”`;
}

function list(items: string[], limit = 3): string {
  const more = items.length > limit ? ` và ${items.length - limit} dòng khác` : "";
  return items.slice(0, limit).join(", ") + more;
}

/** Messages about the result cell say "Số lượng …"; those about Tử số or Mẫu số name the cell first. */
function countCell(column: string): string {
  return column === columnHeaders.result ? "" : `Ô ${column}: `;
}

/** Keyed by catalog's CountBound basis. */
const COUNT_BOUND_BASES = {
  stated: "mức tối đa của chỉ tiêu trong danh mục",
  population: "không vượt quá số dân của tỉnh",
  without_population: "mức tối đa chung",
};

const STATUS_CHOICES = "“Đã hoàn thành”, “Đang thực hiện” hoặc “Chưa thực hiện”";

export const validationTexts = {
  subject: {
    indicator: (name: string) => `Chỉ tiêu ${quote(name)}`,
    task: (name: string) => `Nhiệm vụ ${quote(name)}`,
  },
  /** "Chỉ tiêu “…” — Chưa đạt chỉ tiêu: …": the row first, so the officer finds it in the list. */
  withSubject: (subject: string, message: string) => `${subject} — ${message}`,

  /** Any input cell, indicator or task. */
  cell: {
    errorValue: (column: string, error: string) => `Ô ${column} có giá trị lỗi ${error} thay vì số liệu.`,
    errorValueFix: "Nhập trực tiếp số liệu (hoặc lý do chưa có số liệu) thay cho công thức bị lỗi.",
    formulaInput: (column: string) =>
      `Ô ${column} chứa công thức thay vì số liệu nhập trực tiếp; đang dùng giá trị công thức tính ra.`,
    formulaInputFix: "Xóa công thức và nhập trực tiếp số liệu vào ô (không liên kết sang ô hay tệp khác).",
  },

  indicator: {
    missingValue: (column: string) => `Chưa ghi ${column}.`,
    missingValueFix:
      "Ghi số liệu (chỉ tiêu có Tử số, Mẫu số thì ghi cả hai), hoặc ghi lý do chưa có số liệu vào ô Kết quả thực hiện " +
      "(ví dụ “Đang thống kê số liệu”, “Chưa triển khai”, “Chưa đến kỳ báo cáo”).",
    /** Figures come as printed (language's figureText); `written` and the like as the unit wrote them. */
    rateWithoutParts: (written: string) =>
      `Ghi thẳng tỷ lệ ${quote(written)} vào ô Kết quả thực hiện nhưng chưa ghi Tử số và Mẫu số.`,
    rateWithoutPartsFix:
      "Ghi Tử số và Mẫu số (tỷ lệ được tính tự động) để tỉnh cộng dồn được số liệu các đơn vị; nếu chưa có số liệu, ghi lý do.",
    unreadableValue: (column: string, reason: string) => `Ô ${column}: ${reason}`,
    unreadableValueFix:
      "Ghi một số theo cách viết Việt Nam (ví dụ 87,6 hoặc 1.234), hoặc một lý do chưa có số liệu (ví dụ “Đang thống kê số liệu”).",
    missingDenominator: (numerator: string) => `Đã ghi Tử số ${numerator} nhưng chưa ghi Mẫu số.`,
    missingDenominatorFix: "Ghi Mẫu số: tổng số đối tượng dùng để tính tỷ lệ.",
    denominatorNotPositive: (denominator: string) => `Mẫu số phải lớn hơn 0 (đang ghi ${denominator}).`,
    denominatorNotPositiveFix:
      "Ghi Mẫu số là tổng số đối tượng (lớn hơn 0); nếu đơn vị không có đối tượng này, ghi lý do vào ô Tử số.",
    numeratorAboveDenominator: (numerator: string, denominator: string) =>
      `Tử số ${numerator} lớn hơn Mẫu số ${denominator}: tỷ lệ vượt 100%.`,
    numeratorAboveDenominatorFix: "Kiểm tra lại: Tử số là số đạt yêu cầu, không lớn hơn Mẫu số là tổng số.",
    ratioMismatch: (shownRate: string, numerator: string, denominator: string, computed: string) =>
      `Ô Tỷ lệ ghi ${shownRate}, không khớp với Tử số/Mẫu số = ${numerator}/${denominator} = ${computed}.`,
    ratioMismatchFix: "Không sửa ô Tỷ lệ: mở tệp trong Excel để công thức tính lại, lưu và gửi lại.",
    percentOutOfRange: (value: string) => `Tỷ lệ ${value} nằm ngoài khoảng 0–100%.`,
    percentOutOfRangeFix: "Ghi tỷ lệ phần trăm từ 0 đến 100 (ví dụ 87,6%).",
    badCount: (column: string, written: string) =>
      `${countCell(column)}Số lượng phải là số nguyên không âm, đang ghi ${quote(written)}.`,
    badCountFix: "Ghi số lượng là số nguyên, không âm (ví dụ 12).",
    percentInCount: (column: string, written: string) =>
      `${countCell(column)}Cần ghi số lượng (số nguyên không âm), đang ghi tỷ lệ ${quote(written)}.`,
    implausibleCount: (column: string, written: string, max: string, basis: keyof typeof COUNT_BOUND_BASES) =>
      `${countCell(column)}Số lượng ${quote(written)} vượt mức hợp lý ${max} ` +
      `(${COUNT_BOUND_BASES[basis]}): số liệu này không được tổng hợp.`,
    implausibleCountFix: "Kiểm tra lại số liệu: ghi đúng số lượng thực tế của đơn vị trong kỳ (ví dụ 12).",
    reasonBesideNumber: (reasonColumn: string, reason: string, numberColumn: string, number: string) =>
      `Ô ${reasonColumn} ghi lý do ${quote(reason)} nên đơn vị được tính là chưa có số liệu của chỉ tiêu này; ` +
      `${numberColumn} ${number} không được tổng hợp.`,
    reasonBesideNumberFix:
      "Nếu đã có số liệu, ghi cả Tử số và Mẫu số bằng số; nếu chưa có, ghi lý do vào ô Tử số và để trống Mẫu số.",
    cumulativeDecreased: (value: string, previous: string) =>
      `Số liệu lũy kế giảm: ${value}, trong khi kỳ trước đã báo cáo ${previous}.`,
    cumulativeDecreasedFix: "Số liệu lũy kế không giảm theo thời gian: ghi số cộng dồn từ đầu năm đến nay.",
    estimate: (written: string) => `Số liệu ước tính: ${quote(written)}.`,
    estimateFix: "Khi có số liệu chính thức, cập nhật trong kỳ báo cáo sau.",
  },

  task: {
    missingStatus: "Chưa chọn tiến độ.",
    badStatus: (text: string) => `Tiến độ ${quote(text)} không thuộc danh sách (${STATUS_CHOICES}).`,
    statusFix: `Chọn tiến độ trong danh sách: ${STATUS_CHOICES}.`,
    badProgress: (text: string) => `Tỷ lệ hoàn thành ${quote(text)} phải là số phần trăm từ 0 đến 100.`,
    badProgressFix: "Ghi tỷ lệ hoàn thành là số từ 0 đến 100 (ví dụ 60), hoặc để trống.",
    missingDescription: "Ghi “Đã hoàn thành” nhưng chưa mô tả kết quả.",
    missingDescriptionFix:
      "Ghi kết quả đạt được ở cột Mô tả kết quả (kèm số, ngày văn bản nếu sản phẩm là văn bản); nếu chưa xong, chọn “Đang thực hiện”.",
    missingDocumentNumber: (product: string) =>
      `Sản phẩm là văn bản (${quote(product)}) nhưng mô tả kết quả chưa nêu số, ký hiệu văn bản.`,
    missingDocumentNumberFix:
      "Ghi số, ký hiệu và ngày văn bản đã ban hành, ví dụ “Kế hoạch số 45/KH-UBND ngày 08/5/2026”.",
    overdue: (reason: string) => `Nhiệm vụ quá hạn. ${reason}`,
    overdueFix:
      "Khẩn trương hoàn thành và báo cáo kết quả; nêu rõ nguyên nhân chậm ở cột Khó khăn, vướng mắc và đề xuất (nếu có).",
    ongoingMarkedDone: (deadline: string) =>
      `Nhiệm vụ thường xuyên, định kỳ (thời hạn ${quote(deadline)}) không có điểm kết thúc nhưng ghi “Đã hoàn thành”.`,
    ongoingMarkedDoneFix: "Chọn “Đang thực hiện” và mô tả kết quả đạt được trong kỳ.",
    descriptionContradicts: (phrase: string, status: string) =>
      `Mô tả kết quả có cụm “${phrase}”, mâu thuẫn với tiến độ “${status}”.`,
    descriptionContradictsFix: "Sửa tiến độ hoặc mô tả kết quả cho khớp với thực tế.",
    progressContradicts: (progress: string, status: string) =>
      `Tỷ lệ hoàn thành ${progress} không khớp với tiến độ “${status}”.`,
    progressContradictsFix: "Sửa tiến độ hoặc tỷ lệ hoàn thành cho khớp (100% là “Đã hoàn thành”).",
    statusNames: { done: "Đã hoàn thành", in_progress: "Đang thực hiện", not_started: "Chưa thực hiện" },
  },

  /** The form's "Văn bản" table: one finding per document row. */
  document: {
    subject: (row: string) => `Văn bản dòng ${row}`,
    errorValue: (error: string) => `Có ô giá trị lỗi ${error} thay vì nội dung văn bản.`,
    errorValueFix: "Nhập trực tiếp số, ký hiệu, ngày ban hành và trích yếu văn bản (không dùng công thức).",
    missingNumber: "Chưa ghi số, ký hiệu văn bản.",
    badNumber: (text: string) => `Số, ký hiệu ${quote(text)} không đúng dạng số/ký hiệu văn bản.`,
    numberFix:
      "Ghi số, ký hiệu như trên văn bản: số, dấu gạch chéo, chữ viết tắt nối bằng gạch ngang (ví dụ 83/KH-UBND, 2433/UBND-KGVX).",
    missingDate: "Chưa ghi ngày ban hành.",
    badDate: (text: string) => `Ngày ban hành ${quote(text)} không phải một ngày hợp lệ.`,
    dateFix: "Ghi ngày ban hành dạng ngày/tháng/năm (ví dụ 14/4/2026).",
    futureDate: (date: string, asOf: string) => `Ngày ban hành ${date} sau ngày tổng hợp ${asOf}.`,
    futureDateFix: "Kiểm tra lại ngày ban hành: chỉ báo cáo văn bản đã ban hành.",
    outsideYears: (date: string, first: number, last: number) =>
      `Ngày ban hành ${date} nằm ngoài năm ${first} và năm ${last}.`,
    outsideYearsFix: "Kiểm tra lại ngày ban hành; chỉ báo cáo văn bản ban hành trong kỳ.",
    missingSummary: "Chưa ghi trích yếu văn bản.",
    missingSummaryFix: "Ghi trích yếu (nội dung chính) của văn bản, như dòng “V/v …” trên văn bản.",
    repeated: (earlier: string) => `Số, ký hiệu trùng với văn bản dòng ${earlier}.`,
    repeatedFix: "Mỗi văn bản ghi một dòng: xóa dòng lặp, hoặc sửa lại số, ký hiệu nếu là văn bản khác.",
    unknownTask: (codes: string[]) => `Mã nhiệm vụ ${codes.map(quote).join(", ")} không có trong Kế hoạch.`,
    unknownTaskFix: "Chọn mã nhiệm vụ trong danh sách (cột Mã của trang “Nhiệm vụ”), hoặc để trống.",
  },

  file: {
    wrongTemplate: (templateId: string, version: number, expectedId: string, expectedVersion: number) =>
      `Tệp không phải biểu mẫu báo cáo đang dùng: mẫu ${quote(templateId)} phiên bản ${version}, ` +
      `cần mẫu ${quote(expectedId)} phiên bản ${expectedVersion}.`,
    wrongTemplateFix: "Tải biểu mẫu mới nhất của đơn vị, nhập lại số liệu và gửi lại.",
    unknownUnit: (unitId: string) =>
      `Mã đơn vị ${quote(unitId)} ghi trong tệp không có trong danh sách đơn vị báo cáo.`,
    unknownUnitFix: "Dùng đúng biểu mẫu đã gửi cho đơn vị mình; không sao chép biểu mẫu của đơn vị khác.",
    wrongPeriod: (filePeriod: string, expected: string) =>
      `Tệp là báo cáo ${filePeriod}, không phải báo cáo ${expected} đang tổng hợp.`,
    invalidPeriod: (written: string, expected: string) =>
      `Kỳ báo cáo ${quote(written)} ghi trong tệp không đọc được; đang tổng hợp báo cáo ${expected}.`,
    wrongPeriodFix: "Dùng biểu mẫu của đúng kỳ báo cáo, nhập số liệu và gửi lại.",
    catalogYear: (formYear: number, catalogYear: number) =>
      `Biểu mẫu lập theo danh mục năm ${formYear}, không phải danh mục năm ${catalogYear} đang dùng.`,
    catalogContent: (catalogYear: number) =>
      `Biểu mẫu lập theo một danh mục chỉ tiêu, nhiệm vụ khác với danh mục năm ${catalogYear} đang dùng.`,
    catalogMismatchFix: "Tải biểu mẫu mới nhất của đơn vị (lập theo danh mục hiện hành), nhập lại số liệu và gửi lại.",
    identityUnit: (written: string, madeFor: string) =>
      `Thông tin nhận dạng ẩn của biểu mẫu ghi đơn vị ${written}, nhưng biểu mẫu được lập cho ${madeFor}: ` +
      `mã đơn vị đã bị sửa, tệp không được tổng hợp.`,
    identityPeriod: (written: string, madeFor: string) =>
      `Thông tin nhận dạng ẩn của biểu mẫu ghi kỳ ${written}, nhưng biểu mẫu được lập cho kỳ ${madeFor}: ` +
      `kỳ báo cáo đã bị sửa, tệp không được tổng hợp.`,
    shownUnit: (sheet: string, cell: string, shown: string, unit: string) =>
      `Ô ${cell} trang “${sheet}” ghi đơn vị ${quote(shown)}, khác đơn vị của biểu mẫu (${unit}): ` +
      `tệp không được tổng hợp.`,
    shownPeriod: (sheet: string, cell: string, shown: string, period: string) =>
      `Ô ${cell} trang “${sheet}” ghi kỳ báo cáo ${quote(shown)}, khác kỳ của biểu mẫu (${period}): ` +
      `tệp không được tổng hợp.`,
    identityMismatchFix:
      "Dùng đúng biểu mẫu Sở Khoa học và Công nghệ gửi cho đơn vị mình và kỳ này, không sửa dòng “Đơn vị: … — Kỳ " +
      "báo cáo: …”, trang Thông tin hay thông tin ẩn của biểu mẫu; nhập lại số liệu và gửi lại.",
    fixedEdited: (cell: string, header: string, written: string, expected: string, count: number) =>
      `Đã sửa nội dung cố định ở ô ${cell} (cột “${header}”): ${quote(written)} thay vì ${quote(expected)}` +
      (count > 1 ? `; tổng cộng ${count} ô cố định bị sửa.` : "."),
    fixedEditedFix:
      "Không sửa các cột STT, tên, kết quả năm trước, chỉ tiêu, sản phẩm, thời hạn: tải biểu mẫu gốc và nhập lại số liệu.",
    rowsChanged: (missing: string[], added: string[], repeated: string[]) =>
      "Các dòng của biểu mẫu đã bị thay đổi: " +
      [
        missing.length > 0 ? `thiếu ${missing.length} dòng (${list(missing)})` : "",
        added.length > 0 ? `thêm ${added.length} dòng không có trong biểu mẫu (mã ${list(added)})` : "",
        repeated.length > 0 ? `${repeated.length} dòng bị lặp (mã ${list(repeated)})` : "",
      ]
        .filter((part) => part !== "")
        .join("; ") +
      ".",
    rowsChangedFix: "Không thêm, xóa hay sao chép dòng: tải biểu mẫu gốc của đơn vị và nhập lại số liệu.",
    tasksAddedLater: (tasks: string[], programmes: string[]) =>
      `Biểu mẫu lập trước khi danh mục bổ sung ${tasks.length} nhiệm vụ của đơn vị (${list(tasks)})` +
      (programmes.length > 0 ? `, gồm cả chương trình ${list(programmes.map(quote))}` : "") +
      ". Các nhiệm vụ này chưa có kết quả trong kỳ từ tệp này; số liệu khác vẫn được tổng hợp.",
    tasksAddedLaterFix:
      "Không bắt buộc sửa. Kỳ sau đơn vị dùng biểu mẫu mới; nếu cần kết quả ngay, đề nghị đơn vị gửi lại bằng biểu mẫu mới.",
    indicatorsAddedLater: (indicators: string[]) =>
      `Biểu mẫu lập trước khi danh mục bổ sung ${indicators.length} chỉ tiêu của đơn vị (${list(indicators)}). ` +
      "Các chỉ tiêu này chưa có số liệu trong kỳ từ tệp này; số liệu khác vẫn được tổng hợp.",
  },

  replaced: (older: string, newer: string) => `Tệp ${quote(older)} đã được thay bằng tệp ${quote(newer)} gửi sau.`,
  replacedFix: "Không cần làm gì: số liệu của tệp gửi sau được dùng để tổng hợp.",
};
