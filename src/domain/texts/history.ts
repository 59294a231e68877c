/** The history of periods kept in the collecting workbook ("Dữ liệu các kỳ") and what the summary says from it. */
import { joinWithAnd } from "./report";

export const HISTORY_SHEET = "Dữ liệu các kỳ";
/** An Excel table's name: letters, digits and underscores only. */
export const HISTORY_TABLE = "DuLieuCacKy";

export const historyTexts = {
  provinceName: "Toàn tỉnh",
  /** The table's header row, in column order; the reader finds columns by these names. */
  columns: {
    period: "Kỳ báo cáo",
    unitId: "Mã đơn vị",
    unitName: "Đơn vị",
    kind: "Loại",
    itemId: "Mã chỉ tiêu/nhiệm vụ",
    value: "Giá trị",
    numerator: "Tử số",
    denominator: "Mẫu số",
    text: "Nội dung ghi",
    status: "Trạng thái",
    progress: "Tiến độ (%)",
    receivedAt: "Thời điểm nhận",
    file: "Tệp nguồn",
    cell: "Ô nguồn",
  },
  kinds: { indicator: "Chỉ tiêu", task: "Nhiệm vụ" },
  /** Marks a figure taken from a unit's earlier report: "số liệu kỳ trước (tháng 4/2026)". */
  carriedMark: (period: string) => `số liệu kỳ trước (${period})`,
  marked: (text: string, mark: string) => `${text} — ${mark}`,
  /** The completeness section's line on carried figures. */
  carriedSentence: (byPeriod: { period: string; names: string[] }[]) =>
    `Dùng số liệu kỳ trước cho ${byPeriod.reduce((count, group) => count + group.names.length, 0)} đơn vị chưa có báo cáo hợp lệ: ${byPeriod
      .map(({ period, names }) => `${names.join(", ")} (${period})`)
      .join("; ")}.`,
  /** Follows a roll-up of section I: what units did during the period, beside the roll-up's "đến nay". */
  duringPeriod: (period: string, rollup: string) => `Trong ${period}, thêm ${rollup}.`,
  noneDuringPeriod: (period: string, done: string) => `Trong ${period}, không có thêm đơn vị nào ${done}.`,
  /** Working sheets' columns when the previous period is known. */
  previousHeaders: (period: string) => [`Kỳ trước (${period})`, "Thay đổi"],
  unchanged: "Không đổi",
  /** "+2,1" for a rate (percentage points) or a count. */
  change: (signed: string, percent: boolean) => (percent ? `${signed} điểm %` : signed),
  statusChange: (from: string, to: string) => `${from} → ${to}`,
  /** A quarter, half-year or year rolled up from the months recorded. */
  rollUp: {
    monthIsNoRollUp: (period: string) =>
      `Báo cáo ${period} được tổng hợp từ tệp báo cáo của các đơn vị, không cộng dồn từ sổ dữ liệu các kỳ: chọn quý, 6 tháng hoặc năm.`,
    noMonths: (period: string, months: string[]) =>
      `Sổ dữ liệu các kỳ chưa có tháng nào của ${period} (${months.join(", ")}): cần tổng hợp báo cáo các tháng này trước.`,
    /** The completeness section's line on the months used, and those lacking. */
    span: (period: string, months: string[], missing: string[]) =>
      `Số liệu ${period} tổng hợp từ báo cáo ${joinWithAnd(months)}` +
      (missing.length === 0
        ? "."
        : `; chưa có số liệu ${joinWithAnd(missing)}, số liệu tính đến hết ${months[months.length - 1]}.`),
    /** Section I's line on documents, which the history does not keep. */
    documents: (period: string, months: string[]) =>
      `Văn bản chỉ đạo, triển khai ban hành trong ${period}: xem Phụ lục I của báo cáo ${joinWithAnd(months)}.`,
    /** The annual report's verdict on the targets. */
    yearTotals: (year: number, met: number, notMet: number, noData: number, total: number) =>
      `Kết quả năm ${year}: ${met}/${total} chỉ tiêu đạt, ${notMet} chỉ tiêu chưa đạt, ${noData} chỉ tiêu chưa có số liệu.`,
    notMet: (name: string, figure: string, target: string) => `Chưa đạt: ${name}: ${figure} (chỉ tiêu ${target}).`,
    noData: (names: string[]) => `Chưa có số liệu: ${names.join("; ")}.`,
  },
  /** Reading the table back. */
  missingColumn: (sheet: string, column: string) =>
    `Trang “${sheet}” thiếu cột “${column}” ở dòng tiêu đề (dòng 1): không đọc được dữ liệu các kỳ.`,
  badKind: (sheet: string, cell: string, text: string) =>
    `Trang “${sheet}”, ô ${cell}: “${text}” không phải “Chỉ tiêu” hoặc “Nhiệm vụ”.`,
  badNumber: (sheet: string, cell: string, text: string) => `Trang “${sheet}”, ô ${cell}: “${text}” không phải là số.`,
  badPeriod: (sheet: string, cell: string, text: string) =>
    `Trang “${sheet}”, ô ${cell}: “${text}” không phải mã kỳ báo cáo (ví dụ 2026-05, 2026-Q2).`,
  unreadable: (file: string, reason: string) => `Không đọc được sổ dữ liệu các kỳ ${file}: ${reason}`,
  written: (file: string, sheet: string, period: string, rows: number) =>
    `Đã ghi ${rows} dòng của kỳ ${period} vào trang “${sheet}” của ${file}.`,
  partsLost: (file: string, parts: string) =>
    `Sổ ${file} có ${parts}; ghi lại sổ bằng dòng lệnh sẽ làm mất chúng. Dùng một sổ riêng cho --history.`,
  /** The task pane, where the history is the open workbook's sheet. */
  carryForwardSwitch: "Dùng số liệu kỳ trước cho đơn vị chưa có báo cáo hợp lệ",
  carryForwardHint: (sheet: string) =>
    `Mỗi lần tổng hợp được lưu vào trang “${sheet}” của sổ làm việc này; kỳ trước lấy từ trang đó.`,
  recordedInSheet: (sheet: string, period: string, rows: number) =>
    `Đã lưu ${rows} dòng của kỳ ${period} vào trang “${sheet}” (thay các dòng cũ của kỳ này, nếu có).`,
  notRead: (sheet: string) =>
    `Không đọc được trang “${sheet}”: lần tổng hợp này không so sánh với kỳ trước, không dùng số liệu kỳ trước và không lưu vào trang đó. Sửa các ô dưới đây rồi tổng hợp lại.`,
  readFailed: (sheet: string) => `Excel không trả về trang “${sheet}”.`,
  notWritten: (sheet: string) =>
    `Không lưu được kỳ này vào trang “${sheet}” (có thể sổ làm việc đang được bảo vệ hoặc đang sửa một ô); trang đó vẫn giữ nguyên như trước. Hãy tổng hợp lại.`,
  /** The task pane's quarter, half-year and year report, made from the open workbook's sheet. */
  rollUpPane: {
    title: "Báo cáo quý, 6 tháng, năm",
    intro: (sheet: string) =>
      `Lập từ số liệu các tháng đã lưu trong trang “${sheet}” của sổ làm việc này, không cần đơn vị gửi lại biểu.`,
    periodLabel: "Quý, 6 tháng hoặc năm",
    periodHint: "Mặc định: quý của tháng gần nhất đã lưu.",
    asOfLabel: "Ngày lập báo cáo",
    asOfHint: "Nhiệm vụ quá hạn được tính đến ngày này; báo cáo năm đánh giá các nhiệm vụ hạn “Năm …” vào ngày 31/12.",
    run: "Lập báo cáo và ghi vào sổ làm việc",
    done: (period: string, units: number, sheets: string[]) =>
      `Đã lập báo cáo ${period} từ số liệu của ${units} đơn vị và ghi vào các trang tính: ${sheets.join(", ")}.`,
    noHistory: (sheet: string) =>
      `Sổ làm việc này chưa có trang “${sheet}” hoặc trang đó chưa có dòng nào: hãy tổng hợp báo cáo các tháng trước (mỗi lần tổng hợp được lưu vào trang đó), rồi lập báo cáo quý, 6 tháng hoặc năm.`,
    notRead: (sheet: string) =>
      `Không đọc được trang “${sheet}” nên chưa lập được báo cáo; biểu tổng hợp đang có trong sổ làm việc vẫn giữ nguyên. Sửa các ô dưới đây rồi lập lại.`,
  },
};
