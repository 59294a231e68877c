/**
 * Vietnamese texts of the consolidated report.
 *
 * Counts are written as plain numbers ("5 nhiệm vụ", "3 nhiệm vụ"): the May 2026 report mixes "5" and "03"
 * for the same kind of count, so there is no rule to follow, and plain numbers read the same either way.
 */
import { SUMMARY_SHEETS } from "./summary";

/** Units' names contain commas ("Sở Văn hóa, Thể thao và Du lịch"), so a list of them is joined with "; ". */
export function unitNameList(list: readonly string[]): string {
  return list.join("; ");
}

/** Keyed by language's TaskStatus, and "unreported" for a task without one. */
export const taskStatusTexts = {
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
  /** A per-population indicator when the catalog has no population to divide by. */
  noPopulation: (total: string) =>
    `Chưa tính được: các đơn vị báo cáo tổng cộng ${total} nhưng danh mục chưa có số dân của tỉnh (nhập ở trang “Danh mục chỉ tiêu”).`,
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
  /** The annual report: tasks of "năm 2026" are due within the year, so the line no longer counts them. */
  continuousInYear: (n: number, withRecurring: boolean) =>
    `- Nhiệm vụ thường xuyên${withRecurring ? " (gồm cả nhiệm vụ định kỳ)" : ""}: ${n} nhiệm vụ.`,
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
    missing.length === 0 ? `${received}.` : `${received}; chưa nhận được báo cáo của: ${unitNameList(missing)}.`,
  /** `deadline` as printed ("10/5/2026"). */
  late: (deadline: string, late: string[]) => `Gửi muộn (sau ngày ${deadline}): ${unitNameList(late)}.`,
  rejected: (rejected: string[]) => `Tệp không hợp lệ, cần gửi lại: ${unitNameList(rejected)}.`,
  /** The other recipients (Công an tỉnh, BHXH tỉnh, …) are named apart from 003's two groups. */
  otherMissing: (missing: string[]) => `Đơn vị khác chưa gửi báo cáo: ${unitNameList(missing)}.`,
};

/** "04/15": section I of the May 2026 report writes its fractions with two digits. */
function twoDigits(n: number): string {
  return String(n).padStart(2, "0");
}

/** "a, b và c". */
export function joinWithAnd(parts: string[]): string {
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} và ${parts[parts.length - 1]}`;
}

/** A task many units carry, counted: "11/15 sở, ban, ngành và 28/75 xã, phường đã hoàn thành." */
export const rollupTexts = {
  groups: { so: "sở, ban, ngành", xa: "xã, phường", other: "đơn vị khác" },
  /** 003 names the sở shortly in its lists ("04/15 sở (Tài chính, Y tế)") when every one named is a sở. */
  soShort: "sở",
  /** Dropped from names inside a group's parentheses, as 003 writes "(Tài chính, …)" and "(Chiềng An, …)". */
  namePrefixes: { so: ["Sở "], xa: ["Xã ", "Phường "], other: [] },
  fraction: (done: number, total: number) => `${twoDigits(done)}/${twoDigits(total)}`,
  /** What a done unit has done, when the catalog gives the task no phrase of its own. */
  done: "đã hoàn thành",
  notDoneLead: "Chưa hoàn thành:",
  /** "11/15 sở, ban, ngành và 28/75 xã, phường đã …", without the closing full stop. */
  rollup: (groups: { fraction: string; group: string }[], done: string) =>
    `${joinWithAnd(groups.map(({ fraction, group }) => `${fraction} ${group}`))} ${done}`,
  /** Follows the roll-up in the appendix: "; 03/15 sở, ban, ngành và 40/75 xã, phường đang thực hiện". */
  inProgress: (groups: { fraction: string; group: string }[]) =>
    `; ${joinWithAnd(groups.map(({ fraction, group }) => `${fraction} ${group}`))} đang thực hiện`,
  /** "04/15 sở (Tài chính, Y tế) và 75/75 xã, phường": a group given without names is the whole group. */
  notDone: (groups: { fraction: string; group: string; names: string[] }[]) =>
    joinWithAnd(
      groups.map(({ fraction, group, names }) =>
        names.length === 0 ? `${fraction} ${group}` : `${fraction} ${group} (${unitNameList(names)})`,
      ),
    ),
  /** A line of the description cell or a footnote, closed by a full stop. */
  line: (text: string) => `${text}.`,
  withLead: (lead: string, text: string) => `${lead} ${text}.`,
  /** Ends a description cut to the appendix's cell limit. */
  cut: `… (xem sheet ${SUMMARY_SHEETS.taskDetails})`,
};

/** The report's parts, in the report's order: section I, who has reported, section III. */
export const reportSectionTexts = {
  headings: {
    leadership: "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH",
    completeness: "TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ",
    /** The annual report only: the year's result against each target. */
    indicators: "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
    tasks: "III. KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
  },
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
  },
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
