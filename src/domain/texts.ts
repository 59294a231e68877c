/** Every Vietnamese text the officer sees in the task pane and the command line. */
export const uiTexts = {
  appName: "Báo cáo CĐS",
  appTagline: "Lập biểu mẫu, kiểm tra và tổng hợp báo cáo Kế hoạch Chuyển đổi số năm 2026 của tỉnh Sơn La.",
  hostExcel: "Đang chạy trong Excel",
  hostBrowser: "Đang chạy ngoài Office: làm việc trên tệp .xlsx",
  hostApi: (version: string) => `Excel hỗ trợ ExcelApi ${version}.`,
  periodLabel: "Kỳ báo cáo",
  tabs: { templates: "Biểu mẫu", check: "Kiểm tra", consolidate: "Tổng hợp", print: "In ấn" },
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
} as const;
