/**
 * Vietnamese texts of the consolidated report.
 *
 * Counts are written as plain numbers ("5 nhiệm vụ", "3 nhiệm vụ"): the May 2026 report mixes "5" and "03"
 * for the same kind of count, so there is no rule to follow, and plain numbers read the same either way.
 */
import type { DocumentKind } from "../documents/documentKind";
import type { IsoDate, TaskStatus } from "../language/types";
import { vietnameseDate } from "../language/vietnameseDate";

function names(list: string[]): string {
  return list.join(", ");
}

export const taskStatusTexts: Record<TaskStatus | "unreported", string> = {
  done: "Đã hoàn thành",
  in_progress: "Đang thực hiện",
  not_started: "Chưa thực hiện",
  unreported: "Chưa có báo cáo",
};

export const indicatorTexts = {
  estimate: "Ước",
  cumulative: "(Số liệu lũy kế)",
  year: (year: number) => `(năm ${year})`,
  noTarget: "Chưa có chỉ tiêu để so sánh.",
};

export const taskTexts = {
  /** One unit's part of "Mô tả kết quả trong kỳ". */
  descriptionLine: (unitName: string, description: string) => `- ${unitName}: ${description}`,
  /** A unit's progress as shown among the sources: "Đang thực hiện (60%)". */
  progress: (statusText: string, percent: string) => `${statusText} (${percent}%)`,
};

export const taskSentenceTexts = {
  total: (n: number) => `Tổng số: ${n} nhiệm vụ, trong đó:`,
  continuous: (n: number, year: number, withRecurring: boolean) =>
    `- Nhiệm vụ thường xuyên (gồm cả ${withRecurring ? "nhiệm vụ định kỳ và " : ""}` +
    `nhiệm vụ có thời gian thực hiện “năm ${year}”): ${n} nhiệm vụ.`,
  dueBefore: (when: string, total: number, done: number, overdue: number) =>
    `- Nhiệm vụ có thời hạn ${when} là: ${total} nhiệm vụ (Đã hoàn thành ${done} nhiệm vụ; Quá hạn ${overdue} nhiệm vụ).`,
  dueInPeriod: (period: string, total: number, done: number, onTime: number, overdue: number) =>
    `- Nhiệm vụ có thời hạn trong ${period}: ${total} nhiệm vụ. Số nhiệm vụ đã hoàn thành: ${done} nhiệm vụ. ` +
    `Số nhiệm vụ đang thực hiện trong hạn: ${onTime} nhiệm vụ. Số nhiệm vụ quá hạn: ${overdue} nhiệm vụ.`,
  notYetDue: (total: number, done: number, inProgress: number, notStarted: number) =>
    `- Nhiệm vụ chưa đến hạn: ${total} nhiệm vụ (` +
    (done > 0 ? `Đã hoàn thành trước hạn: ${done} nhiệm vụ; ` : "") +
    `Đang triển khai: ${inProgress} nhiệm vụ; Chưa triển khai: ${notStarted} nhiệm vụ).`,
};

/** Pieces of "trong quý I và trong tháng 4/2026", the time before the reported period. */
export const beforePeriodTexts = {
  quarters: (romans: string[]) => romans.map((roman) => `quý ${roman}`).join(", "),
  months: (months: number[]) => `tháng ${months.join(", ")}`,
  within: (pieces: string[], year: number) => `trong ${pieces.join(" và trong ")}/${year}`,
  firstHalf: (year: number) => `trong 6 tháng đầu năm ${year}`,
  /** Nothing of the year lies before the period (January, quý I, the first half, the year). */
  before: (period: string) => `trước ${period}`,
};

export const completenessTexts = {
  received: (so: string, xa: string) => `${so} sở, ban, ngành và ${xa} xã, phường đã gửi báo cáo`,
  fraction: (received: number, total: number) => `${received}/${total}`,
  sentence: (received: string, missing: string[]) =>
    missing.length === 0 ? `${received}.` : `${received}; chưa nhận được báo cáo của: ${names(missing)}.`,
  late: (deadline: IsoDate, late: string[]) => `Gửi muộn (sau ngày ${vietnameseDate(deadline)}): ${names(late)}.`,
  rejected: (rejected: string[]) => `Tệp không hợp lệ, cần gửi lại: ${names(rejected)}.`,
};

/** Phụ lục I and the sentence of section I that points at it, worded as the May 2026 report. */
export const documentTexts = {
  /** The kind's name as the report begins a line with it ("Công văn số …"). */
  kinds: {
    cong_van: "Công văn",
    quyet_dinh: "Quyết định",
    ke_hoach: "Kế hoạch",
    to_trinh: "Tờ trình",
    thong_bao: "Thông báo",
    bao_cao: "Báo cáo",
    chi_thi: "Chỉ thị",
    nghi_quyet: "Nghị quyết",
    nghi_dinh: "Nghị định",
    thong_tu: "Thông tư",
    huong_dan: "Hướng dẫn",
    giay_moi: "Giấy mời",
    chuong_trinh: "Chương trình",
    ket_luan: "Kết luận",
    de_an: "Đề án",
    quy_che: "Quy chế",
  } satisfies Record<DocumentKind, string>,
  /** "Công văn số 2433/UBND-KGVX ngày 14/4/2026 về việc …". */
  line: (kind: string, number: string, date: string, summary: string) => `${kind} số ${number} ngày ${date} ${summary}`,
  sentence: (count: number) =>
    `Ban hành ${count} văn bản chỉ đạo, triển khai thực hiện nhiệm vụ phát triển khoa học, công nghệ, ` +
    `đổi mới sáng tạo, chuyển đổi số (Phụ lục I kèm theo).`,
  /** No unit reported a document in the window: the report says so instead of "Ban hành 0 văn bản". */
  none: (since: string, until: string) =>
    `Từ ngày ${since} đến ngày ${until}, các đơn vị chưa báo cáo văn bản chỉ đạo, triển khai thực hiện nhiệm vụ ` +
    `phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số.`,
};
