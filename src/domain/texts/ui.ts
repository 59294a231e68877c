/** Vietnamese texts of the task pane. */
export const uiTexts = {
  appName: "Báo cáo CĐS",
  appTagline: "Lập biểu mẫu, kiểm tra và tổng hợp báo cáo Kế hoạch Chuyển đổi số năm 2026 của tỉnh Sơn La.",
  hostExcel: "Đang chạy trong Excel",
  hostBrowser: "Đang chạy ngoài Office: làm việc trên tệp .xlsx",
  waitingForOffice: "Đang chờ Excel khởi động xong…",
  hostApi: (version: string) => `Excel hỗ trợ ExcelApi ${version}.`,
  periodLabel: "Kỳ báo cáo",
  tabs: { templates: "Biểu mẫu", catalog: "Danh mục", check: "Kiểm tra", consolidate: "Tổng hợp", print: "In ấn" },
  working: "Đang xử lý…",
  progressCount: (done: number, total: number) => `Đã xong ${done}/${total}`,
  cancel: "Hủy",
  cancelled: "Đã hủy. Không có gì bị thay đổi dở dang.",
  failed: "Không thực hiện được",
  unknownError: "Đã xảy ra lỗi không xác định.",
  omittedIntro: "Phiên bản Excel này chưa làm được:",
  templates: {
    intro: (period: string) => `Lập Phụ lục I, Phụ lục II của Kế hoạch và biểu mẫu báo cáo ${period} cho từng đơn vị.`,
    writePlan: "Tạo Phụ lục I và II trong sổ làm việc",
    writeBlankForm: "Tạo biểu mẫu trống trong sổ làm việc",
    downloadForms: "Tải biểu mẫu của tất cả đơn vị (.zip)",
    downloadPlan: "Tải Phụ lục I và II (.xlsx)",
    browserOnlyFiles: "Ngoài Excel, biểu mẫu được tải về dưới dạng tệp để gửi cho các đơn vị.",
    sheetsWritten: (sheets: string[]) => `Đã tạo các trang tính: ${sheets.join(", ")}.`,
    fileReady: (fileName: string, count: number) =>
      count > 1 ? `Đã tải về ${fileName} gồm ${count} tệp.` : `Đã tải về ${fileName}.`,
  },
  catalog: {
    intro:
      "Danh mục chỉ tiêu, nhiệm vụ và đơn vị được dùng để lập biểu mẫu, kiểm tra, tổng hợp và in. Đưa danh mục vào sổ làm việc để sửa (ví dụ cho kế hoạch năm sau), rồi dùng danh mục đã sửa.",
    builtIn: (year: number, indicators: number, tasks: number, units: number) =>
      `Đang dùng danh mục có sẵn của Kế hoạch năm ${year} (${indicators} chỉ tiêu, ${tasks} nhiệm vụ, ${units} đơn vị).`,
    fromWorkbook: (year: number, indicators: number, tasks: number, units: number) =>
      `Đang dùng danh mục trong sổ làm việc (năm ${year}, ${indicators} chỉ tiêu, ${tasks} nhiệm vụ, ${units} đơn vị).`,
    write: "Đưa danh mục vào sổ làm việc",
    writeNote:
      "Ghi danh mục đang dùng vào bốn trang tính Danh mục chỉ tiêu, Danh mục chương trình, Danh mục nhiệm vụ, Danh mục đơn vị; các trang cùng tên đã có sẽ được thay.",
    use: "Dùng danh mục trong sổ làm việc",
    backToBuiltIn: (year: number) => `Quay lại danh mục có sẵn của Kế hoạch năm ${year}`,
    sheetsWritten: (sheets: string[]) =>
      `Đã ghi danh mục vào các trang tính: ${sheets.join(", ")}. Sửa trên các trang này rồi bấm “Dùng danh mục trong sổ làm việc”.`,
    used: "Đã đọc danh mục trong sổ làm việc: biểu mẫu, kiểm tra, tổng hợp và in từ nay dùng danh mục này.",
    issuesTitle: (count: number) => `Danh mục trong sổ làm việc có ${count} lỗi nên chưa dùng được`,
    issuesHint: "Sửa các dòng dưới đây rồi bấm lại “Dùng danh mục trong sổ làm việc”. Danh mục đang dùng không đổi.",
    needsNewerExcel: "Phiên bản Excel này chưa đọc được danh mục từ sổ làm việc (cần ExcelApi 1.4).",
  },
  files: {
    choose: "Chọn tệp…",
    inputLabel: "Tệp báo cáo của các đơn vị (.xlsx, .xls, .xlsm, .csv)",
    dropHint: "Hoặc kéo và thả nhiều tệp vào đây.",
    dropZone: "Vùng thả tệp báo cáo",
    chosen: (count: number) => (count === 0 ? "Chưa chọn tệp nào." : `Đã chọn ${count} tệp:`),
    remove: (name: string) => `Bỏ tệp ${name}`,
    clear: "Bỏ hết",
  },
  copy: {
    button: "Sao chép",
    copied: "Đã sao chép vào bộ nhớ tạm.",
    failed: "Không sao chép được; hãy bôi đen đoạn văn rồi nhấn Ctrl+C.",
    /** Names of the copy buttons, for screen readers: the block's and each sentence's. */
    all: (title: string) => `Sao chép: ${title}`,
    /** Under a block of several sentences, beside each sentence's own "Sao chép". */
    allButton: "Sao chép cả mục",
    one: (n: number, title: string) => `Sao chép câu ${n}: ${title}`,
  },
  host: {
    lacking: "Phiên bản Excel này chưa làm được:",
    allSupported: "Excel này làm được mọi chức năng của phần bổ trợ.",
    readSheets:
      "Không đọc được các trang tính biểu mẫu trong sổ làm việc để kiểm tra, tổng hợp (cần ExcelApi 1.4); hãy chọn tệp của đơn vị.",
    importSheets:
      "Không nhập được tệp của đơn vị vào sổ làm việc thành trang tính (cần ExcelApi 1.13); có thể chép trang “Chỉ tiêu”, “Nhiệm vụ” bằng Di chuyển hoặc Sao chép rồi tổng hợp từ các trang tính.",
    fileAccess:
      "Không đọc được sổ làm việc đang mở để kiểm tra (phiên bản Office này không cho phần bổ trợ lấy nội dung tệp); hãy chọn tệp để kiểm tra.",
  },
  consolidate: {
    intro: (period: string) => `Tổng hợp báo cáo ${period} từ các tệp đơn vị gửi về.`,
    asOfLabel: "Tính đến ngày",
    asOfHint: "Nhiệm vụ quá hạn và báo cáo gửi muộn được tính đến ngày này.",
    documentsSinceLabel: "Văn bản ban hành từ ngày",
    documentsSinceHint: (defaultDay: string) =>
      `Phụ lục I liệt kê văn bản ban hành từ ngày này đến ngày tính số liệu; để trống: từ ngày ${defaultDay}.`,
    run: "Tổng hợp",
    otherPeriod: (count: number, total: number, label: string) =>
      `${count}/${total} tệp là báo cáo ${label}, không phải kỳ đã chọn — chuyển sang kỳ này?`,
    switchPeriod: (label: string) => `Chuyển sang ${label}`,
    needFiles: "Hãy chọn ít nhất một tệp để tổng hợp.",
    sourceLabel: "Lấy biểu của đơn vị từ",
    sourceFiles: "Các tệp chọn trên máy",
    sourceSheets: "Các trang tính đã nhập vào sổ làm việc này",
    sheetsHint:
      "Mỗi đơn vị cần có trang “Chỉ tiêu” và trang “Nhiệm vụ” chép nguyên từ tệp của đơn vị (Excel đặt tên “Chỉ tiêu (2)”, “Nhiệm vụ (2)”… cũng được); đơn vị được nhận ra từ dòng “Đơn vị: … — Kỳ báo cáo: …” trên bảng.",
    done: (files: number) => `Đã đọc và tổng hợp ${files} tệp.`,
    doneSheets: (forms: number) => `Đã đọc và tổng hợp ${forms} biểu từ các trang tính của sổ làm việc.`,
    registerTitle: "Tình hình gửi báo cáo",
    statusFilter: "Lọc theo tình trạng",
    allStatuses: "Tất cả",
    status: { received: "Đã gửi", late: "Gửi muộn", missing: "Chưa gửi", rejected: "Không hợp lệ" },
    columns: { unit: "Đơn vị", status: "Tình trạng" },
    /** Under a file's status in the register: what the check found in it. */
    problems: (errors: number, warnings: number) => `${errors} lỗi, ${warnings} cảnh báo`,
    noRows: "Không có đơn vị nào ở tình trạng này.",
    deliverTitle: "Biểu tổng hợp",
    download: "Tải biểu tổng hợp (.xlsx)",
    writeToWorkbook: "Ghi biểu tổng hợp vào sổ làm việc",
    replaceNote: "Biểu tổng hợp cũ trong sổ làm việc chỉ được thay khi biểu mới đã ghi xong hoàn toàn.",
    sheetsWritten: (sheets: string[]) => `Đã ghi biểu tổng hợp vào các trang tính: ${sheets.join(", ")}.`,
    fileReady: (fileName: string) => `Đã tải về ${fileName}.`,
    summaryReady: (fileName: string, workingFileName: string) =>
      `Đã tải về ${fileName} (Phụ lục I, II, III và IV — in cả tệp là đúng các phụ lục) và ${workingFileName} (các trang làm việc: nội dung báo cáo, nguồn số liệu, đơn vị còn thiếu, khó khăn và đề xuất, kết quả kiểm tra; không để in).`,
    onlyReportedTasks: "Phụ lục III chỉ gồm nhiệm vụ có kết quả trong kỳ (đánh số lại)",
  },
  importing: {
    run: "Nhập các tệp đã chọn vào sổ làm việc",
    hint: "Mỗi tệp hợp lệ thành hai trang “CT …” và “NV …” mang tên đơn vị, đặt cuối sổ; không trang nào có sẵn bị thay đổi.",
    unknownUnit: (file: string, unitId: string) =>
      `Tệp “${file}” ghi mã đơn vị “${unitId}” không có trong danh mục đơn vị, nên không nhập.`,
    insertFailed:
      "Excel không nhận các trang tính của biểu (có thể sổ làm việc đang được bảo vệ hoặc đang sửa một ô). Các trang đã có trong sổ vẫn giữ nguyên; hãy thử lại.",
    done: (count: number) => `Đã nhập ${count} biểu vào sổ làm việc.`,
    importedList: "Đã nhập:",
    refusedList: "Không nhập:",
    importedItem: (unit: string, sheets: string[]) => `${unit}: ${sheets.join(", ")}`,
    nextStep: "Chọn “Các trang tính đã nhập vào sổ làm việc này” ở trên rồi bấm Tổng hợp.",
  },
  sheets: {
    readFailed: "Không đọc được các trang tính của sổ làm việc đang mở từ Excel.",
    noForms:
      "Sổ làm việc đang mở không có trang tính nào là biểu mẫu của đơn vị (trang có bảng cột “Mã” và dòng “Đơn vị: … — Kỳ báo cáo: …”). Hãy nhập hoặc chép các trang “Chỉ tiêu” và “Nhiệm vụ” từ tệp của đơn vị vào sổ trước.",
  },
  check: {
    intro: (period: string) => `Kiểm tra biểu mẫu báo cáo ${period} trước khi tổng hợp.`,
    checkFiles: "Kiểm tra các tệp đã chọn",
    checkWorkbook: "Kiểm tra sổ làm việc đang mở",
    needFiles: "Hãy chọn ít nhất một tệp để kiểm tra.",
    done: (files: number, findings: number) =>
      findings === 0
        ? `Đã kiểm tra ${files} tệp: không có gì cần sửa.`
        : `Đã kiểm tra ${files} tệp: ${findings} phát hiện.`,
    doneWorkbook: (forms: number, findings: number) =>
      findings === 0
        ? `Đã kiểm tra ${forms} biểu trong sổ làm việc đang mở: không có gì cần sửa.`
        : `Đã kiểm tra ${forms} biểu trong sổ làm việc đang mở: ${findings} phát hiện.`,
    severityFilter: "Mức độ",
    allSeverities: "Tất cả mức độ",
    /** `count` as printed ("1.234"), as are the counts below. */
    counted: (label: string, count: string) => `${label} (${count})`,
    severity: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
    search: "Tìm trong kết quả",
    noFindings: "Không có phát hiện nào.",
    noMatch: "Không có phát hiện nào khớp bộ lọc.",
    unknownUnit: (file: string) => `Tệp ${file} (chưa rõ đơn vị)`,
    kindCount: (kind: string, count: string) => `${kind} (${count})`,
    severityLine: ({ error, warning, info }: { error: string; warning: string; info: string }) =>
      `${error} lỗi · ${warning} cảnh báo · ${info} thông tin`,
    location: (sheet: string, cell?: string) => (cell ? `${sheet}!${cell}` : sheet),
    goTo: (location: string) => `Chọn ô ${location} trong Excel`,
    fix: "Cách sửa:",
    cannotSelect: (location: string) =>
      `Không chọn được ô ${location} trong Excel: trang tính có thể đã bị đổi tên, ẩn hoặc xóa.`,
    workbookName: "Sổ làm việc đang mở",
    readFailed: "Không lấy được nội dung sổ làm việc đang mở từ Excel.",
  },
  print: {
    intro:
      "Đặt trang in theo Nghị định 30/2020/NĐ-CP cho Phụ lục I, II, III và IV: khổ A4 nằm ngang, lề trên và dưới 20 mm, lề trái 30 mm, lề phải 15 mm, chữ giữ nguyên cỡ (không thu nhỏ cho vừa trang), dòng tên cột lặp lại ở mỗi trang (Phụ lục IV: mỗi bảng có dòng tên cột riêng), số trang ở giữa phía trên, mỗi phụ lục đánh số từ 1, trang đầu không ghi số. Các trang làm việc (Nội dung báo cáo, Tổng hợp chỉ tiêu, Tổng hợp nhiệm vụ, Chi tiết nhiệm vụ, Tình hình thực hiện, Tình hình gửi báo cáo, Chi tiết theo đơn vị, Khó khăn, đề xuất, Kết quả kiểm tra) không để in và không được đặt trang in.",
    printWhat:
      "Khi in từ sổ làm việc này: giữ Ctrl, bấm tên bốn trang “Phụ lục I (báo cáo)”, “Phụ lục II (báo cáo)”, “Phụ lục III (báo cáo)” và “Phụ lục IV (báo cáo)”, rồi Tệp → In → In trang tính hiện hoạt. Nếu chọn In toàn bộ sổ làm việc, Excel in cả các trang làm việc và các trang biểu của đơn vị.",
    apply: "Đặt trang in cho Phụ lục I, II, III và IV",
    applied: (sheets: string[]) => `Đã đặt trang in cho: ${sheets.join(", ")}.`,
    noSummary: "Sổ làm việc chưa có các phụ lục của báo cáo; hãy ghi biểu tổng hợp ở thẻ Tổng hợp trước.",
    absent: (sheets: string[]) => `Chưa có trong sổ làm việc: ${sheets.join(", ")}.`,
    browser:
      "Tải biểu tổng hợp ở thẻ Tổng hợp được hai tệp: tong-hop-….xlsx chỉ có Phụ lục I, II, III và IV, đã đặt sẵn trang in theo Nghị định 30 — mở bằng Excel và in cả tệp; tệp tong-hop-…-lam-viec.xlsx là các trang làm việc, không để in.",
    unsupported:
      "Phiên bản Excel này không cho phần bổ trợ đặt trang in (cần ExcelApi 1.9). Hãy đặt bằng tay cho từng trang Phụ lục I, II, III và IV:",
    manualSteps: [
      "Mở trang “Phụ lục I (báo cáo)” (sau đó làm lại cho “Phụ lục II (báo cáo)”, “Phụ lục III (báo cáo)” và “Phụ lục IV (báo cáo)”).",
      "Bố cục Trang → Hướng → Ngang.",
      "Bố cục Trang → Khổ giấy → A4.",
      "Bố cục Trang → Lề → Lề Tùy chỉnh: Trên 2 cm, Dưới 2 cm, Trái 3 cm, Phải 1,5 cm, Đầu trang 1 cm, Chân trang 1 cm; đánh dấu Căn giữa trang theo chiều ngang.",
      "Bố cục Trang → In tiêu đề → Hàng cần lặp lại ở trên cùng: chọn dòng tên cột của bảng (ngay trên dòng số liệu đầu tiên).",
      "Bố cục Trang → Thu nhỏ để vừa: Tỷ lệ 100% (không thu nhỏ chữ).",
      "Bố cục Trang → Thiết lập Trang → Trang: Số trang đầu tiên 1. Đầu trang/Chân trang → Đầu trang tùy chỉnh: số trang (&[Trang]) ở giữa, phông Times New Roman 13; đánh dấu “Trang đầu khác” để trang đầu không ghi số.",
    ],
  },
} as const;
