/** Vietnamese texts of the summary workbook. */

export const SUMMARY_SHEETS = {
  appendixI: "Phụ lục I (báo cáo)",
  indicators: "Tổng hợp chỉ tiêu",
  tasks: "Tổng hợp nhiệm vụ",
  taskCounts: "Tình hình thực hiện",
  register: "Tình hình gửi báo cáo",
  matrix: "Chi tiết theo đơn vị",
  findings: "Kết quả kiểm tra",
  difficulties: "Khó khăn, đề xuất",
  taskDetails: "Chi tiết nhiệm vụ",
  reportText: "Nội dung báo cáo",
  /** Not "Phụ lục II" alone: the plan's own appendices (templates) are sheets of that name in the same workbook. */
  appendixII: "Phụ lục II (báo cáo)",
  appendixIII: "Phụ lục III (báo cáo)",
  appendixIV: "Phụ lục IV (báo cáo)",
} as const;

export const summaryTexts = {
  /** "tháng 5/2026" → "tháng 5 năm 2026" in titles: the year's half of the period heading. */
  ofYear: (year: string) => ` năm ${year}`,
  attachedToReport: "(Kèm theo Báo cáo số       /BC-UBND ngày       /     /       của UBND tỉnh Sơn La)",
  /** "tính đến ngày 14/5/2026": every sheet says when its figures were taken. */
  asOf: (date: string) => `(Số liệu tính đến ngày ${date})`,
  indicators: {
    title: (period: string) => `NGUỒN SỐ LIỆU CÁC CHỈ TIÊU PHỤ LỤC II ${period}`,
    headers: [
      "STT",
      "Các mục tiêu/chỉ tiêu",
      "Kết quả in ở Phụ lục II",
      "Đánh giá",
      "Số đơn vị báo cáo",
      "Đơn vị chưa có số liệu",
      "Nguồn",
    ],
    reporting: (reporting: number, expected: number) => `${reporting}/${expected}`,
    /** A unit missing from the figure, with the reason it wrote for no number: "Xã Mường Sại (Chưa triển khai)". */
    missingUnit: (name: string, reason?: string) => (reason ? `${name} (${reason})` : name),
  },
  documents: {
    label: "Phụ lục I",
    title: (period: string) =>
      `VĂN BẢN LÃNH ĐẠO, CHỈ ĐẠO THỰC HIỆN NHIỆM VỤ\nNGHỊ QUYẾT 57-NQ/TW BAN HÀNH TRONG ${period}`,
    headers: ["STT", "VĂN BẢN"],
  },
  /** The report's appendices as seed 003 prints them, column for column; the years are the plan's. */
  appendixII: {
    label: "Phụ lục II",
    title: (period: string) =>
      `KẾT QUẢ THỰC HIỆN CHỈ TIÊU KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO, CHUYỂN ĐỔI SỐ ${period}`,
    /** Part A and part B of the May 2026 report word two headers differently; each part prints its own. */
    headers: (part: "A" | "B", year: number) => [
      "STT",
      "Các mục tiêu/chỉ tiêu",
      `Kết quả năm ${year - 1}`,
      part === "A" ? `Chỉ tiêu năm ${year}` : `Chỉ tiêu ${year}`,
      "Cơ quan chủ trì",
      part === "A" ? "Kết quả thực hiện Chỉ tiêu" : "Kết quả thực hiện chỉ tiêu",
    ],
  },
  appendixIII: {
    label: "Phụ lục III",
    title: (period: string) =>
      `KẾT QUẢ THỰC HIỆN NHIỆM VỤ KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO, CHUYỂN ĐỔI SỐ ${period}`,
    headers: [
      "STT",
      "Tên nhiệm vụ",
      "Cơ quan chủ trì",
      "Sản phẩm",
      "Thời gian hoàn thành",
      "Tiến độ (đã hoàn thành/đang thực hiện/chưa thực hiện)",
      "Mô tả kết quả trong kỳ",
    ],
  },
  appendixIV: {
    label: "Phụ lục IV",
    title: (year: number) => `KẾT QUẢ NHIỆM VỤ NĂM ${year - 1} CHUYỂN TIẾP SANG ${year}`,
    /** "1. Nhiệm vụ Nghị quyết số 71/NQ-CP của Chính phủ": each carried-over programme's table, numbered in its part. */
    programmeHeading: (number: number, title: string) => `${number}. ${title}`,
    /** Part A reports each task's result before its progress, under the programme's own header; part B the reverse. */
    headers: (resultHeader?: string) =>
      resultHeader === undefined
        ? ["STT", "Nhiệm vụ", "Chủ trì", "Thời gian hoàn thành", "Tiến độ", "Mô tả kết quả trong kỳ"]
        : ["STT", "Nhiệm vụ", "Chủ trì", "Thời gian hoàn thành", resultHeader, "Tiến độ"],
    defaultResultHeader: "Báo cáo kết quả",
  },
  verdicts: { met: "Đạt", not_met: "Chưa đạt", no_data: "Chưa có số liệu" },
  tasks: {
    title: (period: string) => `NGUỒN TIẾN ĐỘ CÁC NHIỆM VỤ PHỤ LỤC III ${period}`,
    headers: ["STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành", "Tiến độ", "Quá hạn", "Nguồn"],
    overdue: "Quá hạn",
    /** A composite deadline late on some parts only: "Quá hạn (phần (1))", "Quá hạn (phần Kế hoạch)". */
    overdueParts: (labels: string[]) => `Quá hạn (${labels.map((label) => `phần ${label}`).join("; ")})`,
  },
  sources: {
    /** "Sở Y tế (2026-05_so-yt.xlsx, Chỉ tiêu!F7)". */
    one: (unit: string, file: string, sheet: string, cell: string) => `${unit} (${file}, ${sheet}!${cell})`,
    manyInMatrix: (count: number) => `${count} đơn vị — xem ${SUMMARY_SHEETS.matrix}`,
    manyInRegister: (count: number) => `${count} đơn vị — tệp của từng đơn vị xem ${SUMMARY_SHEETS.register}`,
  },
  taskCounts: {
    title: (period: string) => `TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CHUYỂN ĐỔI SỐ ${period}`,
    headers: ["Nhóm", "Số nhiệm vụ", "Đã hoàn thành", "Đang thực hiện trong hạn", "Quá hạn", "Chưa triển khai"],
    continuous: "Nhiệm vụ thường xuyên (gồm cả nhiệm vụ có thời gian thực hiện cả năm)",
    recurring: "Nhiệm vụ định kỳ (hằng tháng, hằng quý, 6 tháng, năm)",
    dueBefore: (when: string) => `Nhiệm vụ có thời hạn ${when}`,
    dueInPeriod: (period: string) => `Nhiệm vụ có thời hạn trong ${period}`,
    notYetDue: "Nhiệm vụ chưa đến hạn",
    total: "Tổng số",
    sentencesHeading: "Nội dung đưa vào báo cáo (mục III):",
  },
  register: {
    title: (period: string) => `TÌNH HÌNH GỬI BÁO CÁO ${period}`,
    headers: [
      "STT",
      "Đơn vị",
      "Nhóm",
      "Tình trạng",
      "Tệp",
      "Thời điểm nhận",
      "Nguồn thời điểm nhận",
      "Số lỗi",
      "Số cảnh báo",
      "Lý do không hợp lệ",
      "Ghi chú",
    ],
    replaced: (files: string[]) => `Thay cho tệp ${files.join(", ")}`,
  },
  groups: { so: "Sở, ban, ngành", xa: "Xã, phường", other: "Khác" },
  statuses: {
    received: "Đã gửi",
    late: "Gửi muộn",
    missing: "Chưa gửi",
    rejected: "Không hợp lệ",
  },
  matrix: {
    title: (period: string) => `SỐ LIỆU CHỈ TIÊU THEO TỪNG ĐƠN VỊ ${period}`,
    legend:
      "Mỗi ô ghi số liệu đơn vị gửi đã được dùng để tổng hợp (tỷ lệ ghi Tử số/Mẫu số). " +
      "Ô nền vàng: đơn vị phải báo cáo chỉ tiêu nhưng chưa có số liệu dùng được. Ô trắng để trống: đơn vị không phải báo cáo.",
    stt: "STT",
    unit: "Đơn vị",
    code: "Mã chỉ tiêu",
  },
  findings: {
    title: (period: string) => `KẾT QUẢ KIỂM TRA BÁO CÁO ${period}`,
    headers: ["STT", "Tệp", "Đơn vị", "Trang tính", "Ô", "Mức độ", "Loại", "Nội dung", "Cách sửa"],
    none: "Không có lỗi hoặc cảnh báo nào.",
  },
  difficulties: {
    title: (period: string) => `KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ CỦA CÁC ĐƠN VỊ ${period}`,
    headers: ["STT", "Đơn vị", "Khó khăn, vướng mắc", "Đề xuất, kiến nghị", "Nguồn"],
    none: "Không đơn vị nào nêu khó khăn, vướng mắc hoặc đề xuất, kiến nghị.",
    /** "J12, K12": the cells of one unit's row in its file. */
    source: (file: string, sheet: string, cells: string[]) => `${file}, ${sheet}!${cells.join(", ")}`,
  },
  severities: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
  taskDetails: {
    title: (period: string) => `CHI TIẾT KẾT QUẢ THỰC HIỆN NHIỆM VỤ THEO TỪNG ĐƠN VỊ ${period}`,
    headers: [
      "STT",
      "Mã nhiệm vụ",
      "Tên nhiệm vụ",
      "Đơn vị",
      "Vai trò",
      "Tiến độ",
      "Tỷ lệ hoàn thành (%)",
      "Mô tả kết quả trong kỳ",
      "Nguồn",
    ],
    lead: "Chủ trì",
    coordinator: "Phối hợp",
    /** "2026-05_so-yt.xlsx, Nhiệm vụ!G8". */
    source: (file: string, sheet: string, cell: string) => `${file}, ${sheet}!${cell}`,
  },
  reportText: {
    title: (period: string) => `NỘI DUNG ĐƯA VÀO BÁO CÁO ${period}`,
    headers: ["Nội dung", "Chú thích"],
  },
} as const;
