/** Vietnamese texts of the plan appendices, the unit forms and the form reader. */
import { columnHeaders } from "./formColumns";
import inputValidation from "./inputValidation.json";

/** Sheet names of the plan appendices workbook. */
export const APPENDIX_SHEETS = { indicators: "Phụ lục I", tasks: "Phụ lục II" } as const;

export const appendixTexts = {
  indicatorsLabel: "Phụ lục I",
  indicatorsTitle: (year: number) => `CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM ${year}`,
  tasksLabel: "Phụ lục II",
  tasksTitle: (year: number) => `DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM ${year}`,
  attachedTo: "(Kèm theo Kế hoạch số       /KH-UBND ngày       /     /       của UBND tỉnh Sơn La)",
  indicatorHeaders: (year: number) => [
    columnHeaders.stt,
    columnHeaders.indicatorName,
    columnHeaders.lastYearResult(year - 1),
    columnHeaders.target(year),
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
  ],
  taskHeaders: [
    columnHeaders.stt,
    columnHeaders.taskName,
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
    columnHeaders.product,
    columnHeaders.deadline,
  ],
  pageFooter: "Trang &P/&N",
} as const;

/** Phụ lục II of the May 2026 report splits the indicators into these two parts. */
export const PART_TITLES: Record<"A" | "B", string> = {
  A: "A. KHOA HỌC CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO",
  B: "B. CHUYỂN ĐỔI SỐ",
};

/** The reasons the May 2026 report writes where a number is missing (see DESIGN.md §3, Value). */
export const NO_NUMBER_REASONS = [
  "Đang thống kê số liệu",
  "Chưa triển khai",
  "Chưa đến kỳ báo cáo",
  "Đơn vị chưa cung cấp số liệu",
  "Chưa có phương pháp thống kê",
] as const;

export const formTexts = {
  coverTitle: (year: number) => `BIỂU MẪU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM ${year}`,
  coverSubtitle: (period: string) => `(Kỳ báo cáo: ${period})`,
  unitLabel: "Đơn vị báo cáo",
  blankUnit: "(ghi tên đơn vị)",
  periodLabel: "Kỳ báo cáo",
  deadlineLabel: "Thời hạn gửi",
  deadline: (dayAfterLast: string) => `Gửi trước ngày ${dayAfterLast}`,
  sendToLabel: "Nơi nhận",
  sendTo: "Sở Khoa học và Công nghệ tỉnh Sơn La",
  contactHeading: "THÔNG TIN NGƯỜI LẬP BÁO CÁO",
  howToHeading: "HƯỚNG DẪN ĐIỀN BIỂU MẪU",
  howTo: [
    "Chỉ nhập vào các ô nền vàng. Các ô khác là nội dung của Kế hoạch, đã được khóa; không thêm, xóa hay đổi tên trang tính, không sửa cột Mã.",
    "Trang “Chỉ tiêu”: ghi kết quả lũy kế đến kỳ báo cáo vào cột “Kết quả thực hiện”. Tỷ lệ ghi số phần trăm từ 0 đến 100, không gõ dấu % (ví dụ 87,6); số lượng ghi số nguyên không âm. Số ước tính ghi “Ước 87,6%”.",
    "Chỉ tiêu có cột “Tử số” và “Mẫu số”: ghi hai số nguyên (Tử số không lớn hơn Mẫu số); kết quả tự tính theo công thức, làm tròn 2 chữ số thập phân.",
    "Chưa có số liệu: ghi một trong các lý do dưới đây vào ô kết quả, không để trống.",
    "Trang “Nhiệm vụ”: chọn “Tiến độ” trong danh sách, ghi “Tỷ lệ hoàn thành (%)” nếu đang thực hiện, mô tả kết quả trong kỳ (nhiệm vụ đã hoàn thành ghi số, ký hiệu văn bản hoặc sản phẩm), khó khăn và đề xuất nếu có.",
    "Ô có kết quả thấp hơn chỉ tiêu năm 2026 tự tô đỏ để đơn vị rà soát lại.",
    "Trang “Văn bản” (không bắt buộc): ghi số, ký hiệu (ví dụ 83/KH-UBND), ngày ban hành (ngày/tháng/năm), trích yếu văn bản chỉ đạo, triển khai ban hành trong kỳ và mã nhiệm vụ liên quan (nếu có).",
    "Lưu tệp dạng .xlsx, giữ nguyên tên tệp và gửi về Sở Khoa học và Công nghệ đúng thời hạn.",
  ],
  reasonsHeading: "LÝ DO ĐƯỢC GHI THAY CHO SỐ LIỆU",
  indicatorsTitle: (year: number) => `KẾT QUẢ THỰC HIỆN CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM ${year}`,
  tasksTitle: (year: number) => `KẾT QUẢ THỰC HIỆN NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM ${year}`,
  unitAndPeriod: (unit: string, period: string) => `Đơn vị: ${unit} — Kỳ báo cáo: ${period}`,
  fillHint: "Nhập vào các ô nền vàng; ô nền xám không phải nhập. Xem hướng dẫn ở trang “Thông tin”.",
  /** The row of one part of a composite deadline, under its task: "Phần (1)", "Phần Kế hoạch". */
  deadlinePart: (label: string) => `Phần ${label}`,
  /** In the Tiến độ cell of a task whose deadline has parts: each part's row below asks for its own. */
  statusByPart: "Ghi theo từng phần bên dưới",
  documentsTitle: "VĂN BẢN LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI THỰC HIỆN NHIỆM VỤ BAN HÀNH TRONG KỲ",
  /** The unit's tasks beside the documents table, which the task code column offers as its list. */
  documentsTaskList: ["Mã nhiệm vụ", "Nhiệm vụ của đơn vị"],
  documentsHint:
    "Không bắt buộc. Mỗi dòng một văn bản đơn vị ban hành (hoặc tham mưu ban hành) trong kỳ; để trống nếu không có.",
} as const;

interface TitledText {
  title: string;
  message: string;
}

/** An input's prompt (shown on entering the cell) and its error (shown when Excel refuses the value). */
interface InputTexts {
  prompt: TitledText;
  error: TitledText;
}

/** One input's texts as the data file gives them: a prompt on a form column names that column instead of a title. */
interface InputTextsData {
  prompt: { title?: string; column?: string; message: string };
  error: TitledText;
}

export type InputKind = keyof typeof inputValidation;

function promptTitle(kind: string, { title, column }: InputTextsData["prompt"]): string {
  const header = column === undefined ? undefined : (columnHeaders as Record<string, unknown>)[column];
  if (typeof header === "string") return header;
  if (title !== undefined) return title;
  throw new Error(`inputValidation.json: the prompt of ${kind} has neither a title nor a column with a header`);
}

/**
 * Prompts (title ≤ 32, message ≤ 255 characters: Excel's limits) and errors of the data validations, kept as
 * data in inputValidation.json; a prompt on a form column takes the column's header, so it is spelled once.
 */
export const inputValidationTexts = Object.fromEntries(
  Object.entries(inputValidation as Record<InputKind, InputTextsData>).map(([kind, { prompt, error }]) => [
    kind,
    { prompt: { title: promptTitle(kind, prompt), message: prompt.message }, error },
  ]),
) as Record<InputKind, InputTexts>;

export const readerTexts = {
  unreadableFile: (file: string) =>
    `Không mở được tệp “${file}”: tệp không phải sổ Excel .xlsx hoặc đã bị hỏng. Đề nghị đơn vị lưu lại dạng .xlsx và gửi lại.`,
  legacyExcelFile: (file: string) =>
    `Tệp “${file}” là tệp Excel cũ (.xls). Đề nghị đơn vị mở tệp, chọn Lưu thành “Sổ làm việc Excel (.xlsx)” và gửi lại.`,
  notAForm: (file: string, sheet: string) =>
    `Tệp “${file}” không phải biểu mẫu báo cáo do Sở Khoa học và Công nghệ phát hành: không có trang định danh “${sheet}”.`,
  identityIncomplete: (file: string, sheet: string, keys: string[]) =>
    `Tệp “${file}”: trang định danh “${sheet}” thiếu ${keys.join(", ")}; biểu mẫu đã bị sửa, đề nghị dùng biểu mẫu mới.`,
  missingSheet: (file: string, sheet: string) =>
    `Tệp “${file}” thiếu trang tính “${sheet}” (có thể đã bị xóa hoặc đổi tên). Đề nghị đơn vị dùng lại biểu mẫu gốc.`,
  /** The optional documents table cannot be read: the report still is, without its documents. */
  documentsUnreadable: (file: string, sheet: string, headers: string[]) =>
    `Tệp “${file}”, trang “${sheet}”: không tìm thấy hàng tiêu đề ${headers.map((h) => `“${h}”`).join(", ")}; ` +
    `các văn bản ghi trên trang này chưa được tổng hợp. Đề nghị đơn vị dùng lại trang “${sheet}” của biểu mẫu gốc.`,
  missingHeader: (file: string, sheet: string, rows: number) =>
    `Tệp “${file}”, trang “${sheet}”: không tìm thấy hàng tiêu đề có cột “Mã” trong ${rows} hàng đầu.`,
  missingColumn: (file: string, sheet: string, header: string) =>
    `Tệp “${file}”, trang “${sheet}”: không tìm thấy cột “${header}” (có thể đã bị xóa hoặc đổi tên).`,
  duplicateRow: (sheet: string, id: string, cell: string) =>
    `Trang “${sheet}”: mã ${id} xuất hiện lại ở ô ${cell}; chỉ đọc hàng đầu tiên.`,
  duplicateRowFix: "Xóa hàng bị lặp hoặc dùng lại biểu mẫu gốc.",
  rowWithoutId: (sheet: string, row: number) =>
    `Trang “${sheet}”, hàng ${row}: có số liệu nhưng không có Mã (hàng chèn thêm); số liệu ở hàng này không được đọc.`,
  rowWithoutIdFix: "Ghi số liệu vào đúng hàng của chỉ tiêu, nhiệm vụ trong biểu mẫu; không chèn thêm hàng.",
  mergedCell: (sheet: string, range: string) =>
    `Trang “${sheet}”: các ô ${range} đã bị gộp; chỉ ô đầu vùng gộp được đọc, các ô còn lại coi như để trống.`,
  mergedCellFix: "Bỏ gộp ô và ghi số liệu vào từng ô.",
  sheetSource: (workbook: string, sheets: string[]) =>
    `${workbook} › ${sheets.map((sheet) => `“${sheet}”`).join(", ")}`,
  missingTitleLine: (sheet: string) =>
    `Trang “${sheet}” có bảng của biểu mẫu nhưng mất dòng “Đơn vị: … — Kỳ báo cáo: …” phía trên bảng, nên không biết số liệu của đơn vị nào; trang này không được tổng hợp.`,
  missingTitleLineFix: "Chép lại trang từ tệp của đơn vị, giữ nguyên các dòng tiêu đề phía trên bảng.",
  missingPartnerSheet: (sheet: string, unit: string, period: string, missing: string) =>
    `Có trang “${sheet}” của ${unit} (kỳ ${period}) nhưng không có trang “${missing}” của đơn vị cho kỳ này; biểu của đơn vị chưa được tổng hợp.`,
  missingPartnerSheetFix: "Nhập cả hai trang “Chỉ tiêu” và “Nhiệm vụ” từ tệp của đơn vị.",
} as const;

/** Names of a unit's form sheets once imported into the officer's workbook. */
export const importTexts = {
  indicatorsSheet: (unit: string) => `CT ${unit}`,
  tasksSheet: (unit: string) => `NV ${unit}`,
  documentsSheet: (unit: string) => `VB ${unit}`,
} as const;
