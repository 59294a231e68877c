/** Vietnamese messages of deadlines, periods and task classification. */

const QUOTE_LIMIT = 120;

/** Quotes what the officer wrote, shortened so a pasted paragraph does not flood the message. */
function quote(text: string): string {
  const shown = text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text;
  return `“${shown}”`;
}

/** One example of each deadline form the seeds use, listed when a deadline is not understood. */
const ACCEPTED_FORMS =
  "“Quý I/2026”, “Quý III - quý IV/2026”, “Tháng 6/2026”, “Trước 10/5/2026”, “31/5/2026”, “Năm 2026”, " +
  "“Giai đoạn 2026 - 2030”, “Thường xuyên”, “Hằng tháng”, “Hằng quý”, “Báo cáo: Quý, 6 tháng, năm và đột xuất”";

/** Names the whole text only when the faulty piece is part of it, so the officer can find the piece. */
function within(text: string, written: string): string {
  return written === text ? "" : `Thời hạn ${quote(text)}: `;
}

export const deadlineTexts = {
  empty: "Chưa ghi thời hạn hoàn thành.",
  unrecognised: (text: string, rest: string) =>
    rest === text
      ? `Không hiểu thời hạn ${quote(text)}. Các dạng được chấp nhận: ${ACCEPTED_FORMS}.`
      : `Không hiểu thời hạn ${quote(text)}: không nhận ra ${quote(rest)}. Các dạng được chấp nhận: ${ACCEPTED_FORMS}.`,
  missingTime: (text: string, label: string) => `Thời hạn ${quote(text)}: mục “${label}” chưa ghi thời gian.`,
  invalidDate: (text: string, written: string) =>
    capitalise(`${within(text, written)}ngày ${quote(written)} không có trên lịch.`),
  invalidMonth: (text: string, written: string) =>
    capitalise(`${within(text, written)}tháng ghi trong ${quote(written)} không có (chỉ có tháng 1 đến tháng 12).`),
  reversedRange: (text: string, written: string) =>
    capitalise(`${within(text, written)}khoảng ${quote(written)} bắt đầu sau khi kết thúc.`),
};

export const periodTexts = {
  invalid: (code: string) =>
    `Kỳ báo cáo ${quote(code)} không hợp lệ: ghi theo dạng 2026-05 (tháng), 2026-Q2 (quý), 2026-H1 (6 tháng) hoặc 2026 (năm).`,
  month: (month: number, year: number) => `tháng ${month}/${year}`,
  quarter: (roman: string, year: number) => `quý ${roman}/${year}`,
  firstHalf: (year: number) => `6 tháng đầu năm ${year}`,
  secondHalf: (year: number) => `6 tháng cuối năm ${year}`,
  year: (year: number) => `năm ${year}`,
};

/** Keyed by language's TaskStatus, and "unreported" for a task without one. */
const STATUS_PHRASES = {
  done: "đã hoàn thành",
  in_progress: "đang thực hiện",
  not_started: "chưa thực hiện",
  unreported: "chưa có báo cáo tiến độ",
};

export interface DueReasonInput {
  bucket: "due_before" | "due_in_period" | "not_yet_due";
  label?: string;
  /** The due day as printed ("10/5/2026"). */
  dueDate: string;
  period: string;
  /** The day judged on, as printed. */
  asOf: string;
  status: keyof typeof STATUS_PHRASES | undefined;
  overdue: boolean;
}

function dueClause({ bucket, dueDate: due, period }: DueReasonInput): string {
  if (bucket === "due_before") return `hạn ${due}, trước kỳ ${period}`;
  if (bucket === "due_in_period") return `hạn ${due}, trong kỳ ${period}`;
  return `hạn ${due}, sau kỳ ${period}: chưa đến hạn`;
}

function statusClause({ bucket, status, asOf, overdue }: DueReasonInput): string {
  const phrase = STATUS_PHRASES[status ?? "unreported"];
  if (overdue) return `đến ngày ${asOf} ${phrase}: quá hạn`;
  if (status === "done" || bucket === "not_yet_due") return phrase;
  return `${phrase}, còn trong hạn`;
}

export const classificationTexts = {
  continuous: (text: string) => `Nhiệm vụ thường xuyên (thời hạn ${quote(text)}).`,
  recurring: (text: string) => `Nhiệm vụ định kỳ (thời hạn ${quote(text)}).`,
  due: (input: DueReasonInput) => {
    const subject = input.label ? `Mục “${input.label}”: ${dueClause(input)}` : capitalise(dueClause(input));
    return `${subject}; ${statusClause(input)}.`;
  },
};

function capitalise(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
