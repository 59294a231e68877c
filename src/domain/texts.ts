/** Every Vietnamese text the officer sees in the task pane and the command line. */
export const uiTexts = {
  appName: "Báo cáo CĐS",
  appTagline: "Lập biểu mẫu, kiểm tra và tổng hợp báo cáo Kế hoạch Chuyển đổi số năm 2026 của tỉnh Sơn La.",
  hostExcel: "Đang chạy trong Excel",
  hostBrowser: "Đang chạy ngoài Office: làm việc trên tệp .xlsx",
} as const;
