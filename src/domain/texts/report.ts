/**
 * Vietnamese texts of the consolidated report.
 *
 * Counts are written as plain numbers ("5 nhiệm vụ", "3 nhiệm vụ"): the May 2026 report mixes "5" and "03"
 * for the same kind of count, so there is no rule to follow, and plain numbers read the same either way.
 */
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

/** Section III for the programmes other than the CĐS plan (003: the KHCN plan, the tasks carried over from 2025). */
export const programmeSentenceTexts = {
  /** A plan the catalog holds only part of: the declared total, and honestly how many the counts below cover. */
  partialTotal: (declared: number, listed: number) =>
    `Tổng số: ${declared} nhiệm vụ (danh mục mới cập nhật ${listed}/${declared} nhiệm vụ; các số dưới đây chỉ tính ${listed} nhiệm vụ này), trong đó:`,
  /** A partial programme with no declared total. */
  listedTotal: (listed: number) =>
    `Tổng số: ${listed} nhiệm vụ đã cập nhật vào danh mục (danh mục chưa đủ các nhiệm vụ của chương trình), trong đó:`,
  /** 003: "14 nhiệm vụ. Đã hoàn thành 02 nhiệm vụ; Đang thực hiện 07 nhiệm vụ, Chưa thực hiện 05 nhiệm vụ:". */
  carriedOver: (total: number, done: number, inProgress: number, notStarted: number, unreported: number) =>
    `${total} nhiệm vụ. Đã hoàn thành ${done} nhiệm vụ; Đang thực hiện ${inProgress} nhiệm vụ, Chưa thực hiện ${notStarted} nhiệm vụ` +
    (unreported > 0 ? `, Chưa có báo cáo ${unreported} nhiệm vụ` : "") +
    (notStarted > 0 ? ":" : "."),
  carriedOverPartial: (listed: number) =>
    `(Danh mục mới cập nhật ${listed} nhiệm vụ của chương trình này; các số trên chỉ tính các nhiệm vụ đã cập nhật.)`,
  /** "(1) Xây dựng kế hoạch … (Bộ Dân tộc và Tôn giáo chưa triển khai)". */
  notStartedItem: (index: number, name: string, reason?: string) => `(${index}) ${name}${reason ? ` (${reason})` : ""}`,
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
