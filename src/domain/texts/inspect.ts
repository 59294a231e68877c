/**
 * What the officer reads about a submitted file that is not a form, or holds parts the reader ignores. Sizes and
 * counts come as printed (language's sizeText, formatVietnameseNumber).
 */

/**
 * The kinds of zip that are not an .xlsx, as workbook/xlsx/inspectZipContent.ts names them (its `ZipContent`);
 * declared here because domain/ imports nothing outside domain/. A kind added there fails to compile at `notXlsx`.
 */
type ZipContent = "docx" | "pptx" | "ods" | "xlsb" | "zip";

const ZIP_CONTENTS: Record<ZipContent, string> = {
  docx: "văn bản Word (.docx)",
  pptx: "bản trình chiếu PowerPoint (.pptx)",
  ods: "bảng tính OpenDocument (.ods)",
  xlsb: "sổ Excel dạng nhị phân (.xlsb)",
  zip: "tệp nén (.zip)",
};

const IMAGE_FORMATS = { png: "PNG", jpeg: "JPEG", gif: "GIF" } as const;

const resendForm = "Đề nghị đơn vị điền số liệu vào biểu mẫu .xlsx do Sở Khoa học và Công nghệ phát hành và gửi lại.";
const resaveAsXlsx = "Đề nghị đơn vị mở tệp bằng Excel, chọn Lưu thành “Sổ làm việc Excel (.xlsx)” và gửi lại.";
const notOpened = "tệp không được mở để bảo đảm an toàn cho máy tính.";

export const inspectTexts = {
  emptyFile: (file: string) => `Tệp “${file}” rỗng (0 byte): có thể tải về chưa xong hoặc gửi nhầm tệp.`,
  emptyFileFix: "Đề nghị đơn vị gửi lại tệp biểu mẫu đã điền.",
  fileTooLarge: (file: string, size: string, limit: string) =>
    `Tệp “${file}” có dung lượng ${size}, vượt giới hạn ${limit} của một biểu mẫu; tệp không được đọc.`,
  fileTooLargeFix: "Đề nghị đơn vị xóa hình ảnh, trang tính thêm vào và chỉ gửi biểu mẫu đã điền.",
  truncatedFile: (file: string) =>
    `Tệp “${file}” bị thiếu phần cuối (tệp nén .xlsx không trọn vẹn): có thể tải về hoặc gửi chưa xong.`,
  truncatedFileFix: "Đề nghị tải lại tệp từ thư điện tử hoặc Zalo; nếu vẫn lỗi, đề nghị đơn vị gửi lại.",
  damagedFile: (file: string) => `Tệp “${file}” bị hỏng: không đọc được cấu trúc tệp nén .xlsx.`,
  unknownFormat: (file: string) => `Không nhận ra định dạng của tệp “${file}”: tệp không phải sổ Excel .xlsx.`,
  excelCannotOpen: (file: string) =>
    `Không mở được tệp “${file}”: tệp .xlsx bị hỏng hoặc có cấu trúc mà chương trình không đọc được.`,
  resendFix: resendForm,
  tooManyEntries: (file: string, count: string, limit: string) =>
    `Tệp “${file}” chứa ${count} thành phần nén, vượt giới hạn ${limit} (một biểu mẫu chỉ có vài chục); ${notOpened}`,
  compressionRatio: (file: string, entry: string, ratio: string, size: string) =>
    `Tệp “${file}”: thành phần “${entry}” nén với tỉ lệ ${ratio}:1 và bung ra ${size} khi giải nén — dấu hiệu “bom nén”; ${notOpened}`,
  expandsTooLarge: (file: string, size: string, limit: string) =>
    `Tệp “${file}” bung ra ${size} khi giải nén, vượt giới hạn ${limit} — dấu hiệu “bom nén”; ${notOpened}`,
  sheetTooLarge: (file: string, entry: string, size: string, limit: string) =>
    `Tệp “${file}”: trang tính “${entry}” chiếm ${size} khi giải nén, vượt giới hạn ${limit}; tệp không được đọc.`,
  suspiciousFix: "Đề nghị đơn vị gửi lại biểu mẫu gốc đã điền; không mở tệp này bằng chương trình khác.",
  notXlsx: (file: string, content: ZipContent) =>
    `Tệp “${file}” là ${ZIP_CONTENTS[content]}, không phải sổ Excel .xlsx.`,
  encryptedWorkbook: (file: string) => `Tệp “${file}” được đặt mật khẩu (mã hóa) nên không đọc được nội dung.`,
  encryptedWorkbookFix:
    "Đề nghị đơn vị gỡ mật khẩu (Tệp › Thông tin › Bảo vệ Sổ làm việc › Mã hóa bằng Mật khẩu, xóa mật khẩu, lưu) rồi gửi lại.",
  legacyXls: (file: string) => `Tệp “${file}” là tệp Excel cũ (.xls, Excel 97–2003), chương trình không đọc được.`,
  resaveAsXlsxFix: resaveAsXlsx,
  htmlTable: (file: string) =>
    `Tệp “${file}” là bảng HTML (trang web) dù có thể mang đuôi .xls — thường do phần mềm khác xuất ra — không phải biểu mẫu .xlsx.`,
  xmlSpreadsheet: (file: string) =>
    `Tệp “${file}” là bảng tính XML (XML Spreadsheet 2003) dù có thể mang đuôi .xls — thường do phần mềm khác xuất ra — không phải biểu mẫu .xlsx.`,
  exportedTableFix:
    "Đề nghị đơn vị chép số liệu từ tệp xuất ra vào biểu mẫu .xlsx do Sở Khoa học và Công nghệ phát hành và gửi lại.",
  csvFile: (file: string) =>
    `Tệp “${file}” là tệp văn bản CSV (giá trị ngăn cách bằng dấu phẩy, chấm phẩy hoặc tab), không phải biểu mẫu .xlsx.`,
  pdfFile: (file: string) => `Tệp “${file}” là tệp PDF; không đọc được số liệu từ tệp PDF.`,
  imageFile: (file: string, format: keyof typeof IMAGE_FORMATS) =>
    `Tệp “${file}” là ảnh ${IMAGE_FORMATS[format]}; không đọc được số liệu từ ảnh chụp.`,
  macroIgnored: (file: string) => `Tệp “${file}” có macro (VBA); macro được bỏ qua, không bao giờ được chạy.`,
  macroIgnoredFix: "Nên lưu lại dạng “Sổ làm việc Excel (.xlsx)” (không có macro) trước khi gửi.",
  externalLinksIgnored: (file: string, count: number) =>
    `Tệp “${file}” có liên kết tới ${count} sổ làm việc khác; liên kết được bỏ qua, chỉ đọc giá trị đang lưu trong tệp.`,
  externalLinksIgnoredFix: "Nên thay công thức liên kết bằng giá trị (Dán đặc biệt › Giá trị) trước khi gửi.",
  embeddedObjectsIgnored: (file: string, count: number) =>
    `Tệp “${file}” có ${count} đối tượng nhúng (OLE, ActiveX hoặc tệp đính kèm); các đối tượng này được bỏ qua, không được mở.`,
  embeddedObjectsIgnoredFix: "Nên gửi tài liệu kèm theo thành tệp riêng, không nhúng vào biểu mẫu.",
  duplicateEntry: (file: string, entry: string) =>
    `Tệp “${file}”: thành phần “${entry}” có hai lần trong tệp nén — dấu hiệu tệp đã bị sửa bằng công cụ khác, không biết bản nào là thật; tệp không được đọc.`,
  crcMismatch: (file: string, entry: string) =>
    `Tệp “${file}”: nội dung thành phần “${entry}” không khớp mã kiểm tra (CRC-32) ghi trong tệp nén — tệp bị hỏng khi gửi hoặc đã bị sửa sau khi lưu; tệp không được đọc.`,
  sizeMismatch: (file: string, entry: string) =>
    `Tệp “${file}”: thành phần “${entry}” giải nén ra dung lượng khác với dung lượng khai báo trong tệp nén — tệp bị hỏng hoặc bị làm giả (có thể là “bom nén”); việc giải nén đã dừng, tệp không được đọc.`,
} as const;
