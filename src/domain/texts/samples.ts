/** Vietnamese texts of the sample generator: what the sample units write, and the command's summary. */

export const contactTexts = {
  familyNames: [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Vũ",
    "Đặng",
    "Bùi",
    "Lò",
    "Cầm",
    "Quàng",
    "Lường",
    "Hà",
    "Tòng",
  ],
  middleNames: ["Văn", "Thị", "Đức", "Minh", "Thu", "Hồng", "Thanh", "Ngọc"],
  givenNames: [
    "An",
    "Bình",
    "Hùng",
    "Lan",
    "Hoa",
    "Tuấn",
    "Thảo",
    "Phương",
    "Dũng",
    "Hương",
    "Sơn",
    "Hải",
    "Xuân",
    "Chiến",
  ],
  soPositions: ["Chuyên viên", "Phó Trưởng phòng", "Trưởng phòng Văn phòng"],
  xaPositions: ["Công chức Văn phòng - Thống kê", "Công chức Văn hóa - Xã hội", "Phó Chủ tịch UBND"],
  person: (name: string, position: string) => `${name} - ${position}`,
  phone: (exchange: number, line: number) =>
    `0212 38${String(exchange).padStart(2, "0")} ${String(line).padStart(3, "0")}`,
  email: (unitId: string) => `cds.${unitId}@sonla.gov.vn`,
};

export const indicatorTexts = {
  estimateNote: "Ước tính",
  asOfNote: (day: number, month: number, year: number) => `Số liệu tính đến ngày ${day}/${month}/${year}`,
  collecting: "Đang thống kê số liệu",
  /** "Ước 95%", as units write an estimate in a percent cell. */
  estimate: (percent: number) => `Ước ${percent}%`,
  cumulative: (count: number) => `${String(count).padStart(2, "0")} (Số liệu lũy kế)`,
  errorValue: "#N/A",
  /** A target edited by the unit, the tampered form's change. */
  editedTarget: "50%",
};

export const taskTexts = {
  done: "Đã hoàn thành",
  inProgress: "Đang thực hiện",
  notStarted: "Chưa thực hiện",
  unknownStatus: "Xong",
  variants: { done: "Đã Hoàn Thành", inProgress: "đang thực hiện", notStarted: "chưa thực hiện" },
  doneDescription: (docNumber: number, docCode: string, day: number, month: number, year: number) =>
    `Đã hoàn thành; ban hành Kế hoạch số ${docNumber}/KH-${docCode} ngày ${day}/${month}/${year}.`,
  inProgressDescriptions: [
    (progress: number) => `Đang triển khai theo kế hoạch, ước đạt ${progress}% khối lượng công việc.`,
    () => "Đã giao bộ phận chuyên môn chủ trì thực hiện; đang rà soát, cập nhật số liệu.",
    () => "Đang phối hợp với các cơ quan liên quan triển khai các nội dung của nhiệm vụ.",
    (progress: number) => `Tiếp tục triển khai; đã hoàn thành khoảng ${progress}% các nội dung đề ra.`,
  ],
  notStartedDescription: (quarter: string, year: number) =>
    `Chưa triển khai, dự kiến thực hiện trong quý ${quarter}/${year}.`,
  overdueDescription: "Đang hoàn thiện Kế hoạch, trình lãnh đạo xem xét ban hành.",
  difficulties: [
    "Thiếu nhân lực chuyên trách về chuyển đổi số.",
    "Hạ tầng mạng tại một số bản vùng sâu, vùng xa còn hạn chế.",
    "Kinh phí bố trí cho nhiệm vụ còn thấp so với nhu cầu.",
  ],
  proposals: [
    "Đề nghị Sở Khoa học và Công nghệ tổ chức tập huấn, hướng dẫn chuyên sâu.",
    "Đề nghị UBND tỉnh xem xét bổ sung kinh phí thực hiện.",
    "Đề nghị các doanh nghiệp viễn thông mở rộng vùng phủ sóng.",
  ],
  /** What units write when they have nothing to raise: the digest leaves these out. */
  noRemarks: ["Không", "Không có.", "không có khó khăn, vướng mắc", "-"],
};

export const samplesCommandTexts = {
  outRequired: "Thiếu --out (thư mục ghi các tệp mẫu, ví dụ --out samples/2026-05).",
  written: (files: number, folder: string) => `Đã ghi ${files} tệp biểu mẫu đã điền vào ${folder} (kèm samples.json).`,
  counts: (so: number, xa: number, missing: number, late: number) =>
    `Gửi: ${so} sở, ban, ngành và ${xa} xã, phường; không gửi: ${missing} đơn vị; gửi muộn: ${late} đơn vị.`,
  quirks: (list: string) => `Lỗi cài sẵn để kiểm tra: ${list}.`,
  quirkCount: (quirk: string, units: number) => `${quirk} (${units})`,
  quirkNames: {
    late: "gửi muộn",
    missing: "không gửi",
    percent_over_100: "tỷ lệ trên 100%",
    numerator_over_denominator: "tử số lớn hơn mẫu số",
    error_value: "giá trị lỗi #N/A",
    unknown_status: "tiến độ không có trong danh sách",
    estimate: "số ước tính",
    reason_instead_of_number: "ghi lý do thay số liệu",
    status_variant: "tiến độ viết khác",
    overdue: "nhiệm vụ quá hạn",
    replaced: "tệp bị thay thế",
    resubmission: "tệp gửi lại",
    wrong_period: "sai kỳ báo cáo",
    edited_fixed_text: "sửa nội dung cố định",
  },
};

/** The sample-only rows of the "Văn bản" sheet (the others are the May 2026 report's Phụ lục I). */
export const documentSampleTexts = {
  beforeWindow: "triển khai công tác chuyển đổi số trong hoạt động văn thư, lưu trữ năm 2026",
  /** Written where the số/ký hiệu goes: the slip the validator must catch. */
  notANumber: "Công văn của UBND phường",
  noNumber: "về việc triển khai phong trào “Bình dân học vụ số” trên địa bàn phường",
};
