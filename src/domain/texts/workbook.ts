/** Vietnamese messages of the table model and its writers. */
export const WORKBOOK_TEXTS = {
  sheetNameEmpty: "Tên trang tính không được để trống.",
  sheetNameTooLong: (name: string) => `Tên trang tính “${name}” dài quá 31 ký tự.`,
  sheetNameInvalidCharacter: (name: string) =>
    `Tên trang tính “${name}” chứa ký tự không được dùng: \\ / ? * [ ] : hoặc dấu nháy đơn.`,
  sheetNameDuplicate: (name: string) => `Tên trang tính “${name}” bị trùng.`,
  listItemComma: (range: string) => `Danh sách chọn tại ${range} có mục chứa dấu phẩy; Excel sẽ tách mục đó làm hai.`,
  listTooLong: (range: string) => `Danh sách chọn tại ${range} dài quá 255 ký tự mà Excel cho phép.`,
  validationTextTooLong: (range: string) =>
    `Lời nhắc hoặc thông báo lỗi tại ${range} quá dài (tiêu đề tối đa 32, nội dung tối đa 255 ký tự).`,
  definedNameSheetMissing: (name: string, sheet: string) =>
    `Tên “${name}” trỏ tới trang tính “${sheet}” không có trong sổ làm việc.`,
  linkUnsafe: (sheet: string, cell: string) =>
    `Liên kết tại ô ${cell} của trang tính “${sheet}” không an toàn: chỉ được trỏ tới một ô theo đường dẫn tương đối tới tệp, không được là địa chỉ mạng hay ổ đĩa.`,
  sheetAlreadyExists: (name: string) =>
    `Sổ làm việc đã có trang tính “${name}” không do Báo cáo CĐS tạo nên không ghi đè; hãy đổi tên trang tính đó rồi làm lại.`,
  omitted: {
    formatting: "Không đặt được gộp ô, độ rộng cột, chiều cao hàng và khóa ô (cần ExcelApi 1.2).",
    protection: "Không bảo vệ được trang tính (cần ExcelApi 1.2).",
    sheetVisibility: "Không ẩn được trang tính (cần ExcelApi 1.2).",
    definedNames: "Không đặt được tên vùng (cần ExcelApi 1.4).",
    conditionalFormats: "Không đặt được định dạng có điều kiện (cần ExcelApi 1.6).",
    freezePanes: "Không cố định được hàng, cột tiêu đề (cần ExcelApi 1.7).",
    hyperlinks: "Không đặt được liên kết tới ô (cần ExcelApi 1.7).",
    dataValidation: "Không đặt được kiểm tra dữ liệu (cần ExcelApi 1.8).",
    pageLayout: "Không đặt được thiết lập trang in, tiêu đề in lặp lại, đầu trang và chân trang (cần ExcelApi 1.9).",
  },
} as const;
