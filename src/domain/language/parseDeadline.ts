/** Reads a "Thời gian hoàn thành" text ("Quý I/2026", "- Kế hoạch: Trước 10/5/2026 - Báo cáo: Quý, …") into parts. */
import { failure, success, type ParseResult } from "../result";
import { cleanCellText, foldForMatching } from "./cellText";
import { deadlineTexts } from "../texts/deadlines";
import { calendarDate, isoDate, periodOf, ROMAN_QUARTERS } from "./parsePeriod";
import type { Deadline, DeadlinePart, IsoDate, RecurrenceCycle } from "./types";

export interface ParseDeadlineOptions {
  /** Year of the texts that name none ("Quý III", "Trước 10/5"): the plan's year. */
  planYear?: number;
}

const DEFAULT_PLAN_YEAR = 2026;

type PartShape =
  | { kind: "due"; from?: IsoDate; to: IsoDate }
  | { kind: "recurring"; cycles: RecurrenceCycle[] }
  | { kind: "continuous"; from?: IsoDate; to?: IsoDate };

/** `written` names the faulty piece when it is narrower than the matched text ("29/2/2026" in "Trước 29/2/2026"). */
type ShapeError = { error: "invalid_date" | "invalid_month" | "reversed_range"; written?: string };

interface ExpressionRule {
  pattern: RegExp;
  read: (match: RegExpExecArray, planYear: number) => PartShape | ShapeError;
}

// The patterns run on folded text (lower case, no accents, đ → d), so "HÀNG THÁNG" and "hang thang" read alike.
const END = String.raw`(?![\p{L}\p{N}/])`;
const WORD_END = String.raw`(?![\p{L}\p{N}])`;
const FILLER = String.raw`(?:hoan thanh\s+)?(?:trong\s+)?`;
const DAY_MONTH_YEAR = String.raw`(?<d>\d{1,2})\s*/\s*(?<m>\d{1,2})(?:\s*/\s*(?<y>\d{4}))?`;
const YEAR_SUFFIX = String.raw`\s*(?:/|nam)\s*(?<y>\d{4})`;
const QUARTER_NUMBER = String.raw`(?:iv|iii|ii|i|[1-4])`;
const RANGE_SEPARATOR = String.raw`(?:\s*[-–—,]\s*|\s+(?:va|den)\s+)`;
const CYCLE_SEPARATOR = String.raw`(?:\s*[,;]\s*|\s+(?:va|hoac)\s+)`;
const CYCLE = String.raw`(?:(?:6|sau)\s+thang|thang(?!\s*\d)|quy(?!\s+${QUARTER_NUMBER}${WORD_END})|nam(?!\s*\d{4}${END})|dot\s+xuat)${WORD_END}`;

function anchored(source: string): RegExp {
  return new RegExp(`^(?:${source})`, "u");
}

const HEADER = anchored(String.raw`thoi gian(?:\s+hoan thanh|\s+thuc hien)?\s*:`);
const SEPARATORS = anchored(String.raw`(?:[-\s–—•+;,.]|va${WORD_END}|hoac${WORD_END})+`);
const NUMBERED_LABEL = anchored(String.raw`(?<label>\(\s*\d{1,2}\s*\)(?:\s*,?\s*\(\s*\d{1,2}\s*\))*)\s*:?`);
const WORD_LABEL = anchored(String.raw`(?<label>\p{L}[\p{L} ]{0,30}?)\s*:`);
// A bracket after a time is a note kept in the part's text; "(2)" is the next part's label, not a note.
const NOTE = anchored(String.raw`\s*\((?!\s*\d{1,2}\s*\))[^()]*\)`);

const RULES: ExpressionRule[] = [
  // "Trước 10/5/2026" is due on the 10th itself, overdue from the 11th: the printed date is the one officers quote.
  { pattern: anchored(String.raw`(?:hoan thanh\s+)?truoc(?:\s+ngay)?\s+${DAY_MONTH_YEAR}${END}`), read: readDate },
  {
    pattern: anchored(String.raw`(?:trong\s+)?giai doan\s+(?<y1>\d{4})\s*[-–—]\s*(?<y2>\d{4})${END}`),
    read: readStage,
  },
  {
    pattern: anchored(
      String.raw`${FILLER}quy\s+(?<q1>${QUARTER_NUMBER})(?:${RANGE_SEPARATOR}(?:quy\s+)?(?<q2>${QUARTER_NUMBER}))?(?:${YEAR_SUFFIX})?${END}`,
    ),
    read: readQuarters,
  },
  { pattern: anchored(String.raw`${FILLER}thang\s+(?<m>\d{1,2})(?:${YEAR_SUFFIX})?${END}`), read: readMonth },
  { pattern: anchored(String.raw`${FILLER}(?:ngay\s+)?${DAY_MONTH_YEAR}${END}`), read: readDate },
  { pattern: anchored(String.raw`${FILLER}(?<m>\d{1,2})\s*/\s*(?<y>\d{4})${END}`), read: readMonth },
  // The report counts "Năm 2026" with the continuous tasks ("gồm cả nhiệm vụ có thời gian thực hiện “năm 2026”").
  { pattern: anchored(String.raw`${FILLER}nam\s+(?<y>\d{4})${END}`), read: readYear },
  { pattern: anchored(String.raw`thuong xuyen${WORD_END}`), read: () => ({ kind: "continuous" }) },
  { pattern: anchored(String.raw`(?:dinh ky\s+)?(?:hang|moi)\s+(?<c>thang|quy|nam)${WORD_END}`), read: readCycles },
  // A lone "Tháng" or "Năm" is no cycle ("Tháng Năm" is May): a list, "định kỳ …" or "đột xuất" is.
  {
    pattern: anchored(
      String.raw`(?:dinh ky\s+)?${CYCLE}(?:${CYCLE_SEPARATOR}${CYCLE})+|dinh ky\s+${CYCLE}|dot\s+xuat${WORD_END}`,
    ),
    read: readCycles,
  },
];

/**
 * "- Kế hoạch: Trước 10/5/2026 - Báo cáo: Quý, 6 tháng, năm và đột xuất" → a due part labelled "Kế hoạch" and a
 * recurring part labelled "Báo cáo". HTML and markdown are stripped; unknown text is an error, never a default.
 */
export function parseDeadline(text: string, opts: ParseDeadlineOptions = {}): ParseResult<Deadline> {
  const planYear = opts.planYear ?? DEFAULT_PLAN_YEAR;
  // Seed 002 puts its deadlines in markdown bold, split over lines: "**hoàn thành**\n\n**trong tháng 5/2026.**".
  const cleaned = cleanCellText(text.replace(/\*+/g, " "));
  const folded = foldForMatching(cleaned);
  let pos = skip(SEPARATORS, folded, skip(HEADER, folded, skip(SEPARATORS, folded, 0)));
  if (pos >= folded.length) return failure("deadline.empty", deadlineTexts.empty);
  const parts: DeadlinePart[] = [];
  while (pos < folded.length) {
    const read = readPart(cleaned, folded, pos, planYear, parts.length);
    if (!read.ok) return read;
    parts.push(read.value.part);
    pos = skip(SEPARATORS, folded, read.value.end);
  }
  return success({ raw: text, parts });
}

function readPart(
  cleaned: string,
  folded: string,
  start: number,
  planYear: number,
  index: number,
): ParseResult<{ part: DeadlinePart; end: number }> {
  const label = readLabel(cleaned, folded, start);
  const bodyStart = skip(/^\s+/, folded, label?.end ?? start);
  const path = ["parts", index];
  const expression = readExpression(folded, bodyStart, planYear);
  if (!expression) {
    return label && bodyStart >= folded.length
      ? failure("deadline.missing_time", deadlineTexts.missingTime(cleaned, label.text), path)
      : failure("deadline.unrecognised", deadlineTexts.unrecognised(cleaned, cleaned.slice(bodyStart)), path);
  }
  if ("error" in expression.shape) {
    const written = expression.shape.written ?? cleaned.slice(bodyStart, expression.end).trim();
    const message = SHAPE_ERROR_MESSAGES[expression.shape.error](cleaned, written);
    return failure(`deadline.${expression.shape.error}`, message, path);
  }
  const end = skip(NOTE, folded, expression.end);
  const part = { ...expression.shape, ...(label && { label: label.text }), text: cleaned.slice(bodyStart, end).trim() };
  return success({ part, end });
}

const SHAPE_ERROR_MESSAGES: Record<ShapeError["error"], (text: string, written: string) => string> = {
  invalid_date: deadlineTexts.invalidDate,
  invalid_month: deadlineTexts.invalidMonth,
  reversed_range: deadlineTexts.reversedRange,
};

function readLabel(cleaned: string, folded: string, pos: number): { text: string; end: number } | undefined {
  for (const pattern of [NUMBERED_LABEL, WORD_LABEL]) {
    const match = pattern.exec(folded.slice(pos));
    const label = match?.groups?.label;
    if (match && label) return { text: cleaned.slice(pos, pos + label.length).trim(), end: pos + match[0].length };
  }
  return undefined;
}

function readExpression(
  folded: string,
  pos: number,
  planYear: number,
): { shape: PartShape | ShapeError; end: number } | undefined {
  const rest = folded.slice(pos);
  for (const rule of RULES) {
    const match = rule.pattern.exec(rest);
    if (match) return { shape: rule.read(match, planYear), end: pos + match[0].length };
  }
  return undefined;
}

function skip(pattern: RegExp, folded: string, pos: number): number {
  const match = pattern.exec(folded.slice(pos));
  return match ? pos + match[0].length : pos;
}

function yearOf(written: string | undefined, planYear: number): number {
  return written === undefined ? planYear : Number(written);
}

function readDate(match: RegExpExecArray, planYear: number): PartShape | ShapeError {
  const { d, m, y } = match.groups ?? {};
  const date = calendarDate(yearOf(y, planYear), Number(m), Number(d));
  return date ? { kind: "due", to: date } : { error: "invalid_date", written: [d, m, y].filter(Boolean).join("/") };
}

function readMonth(match: RegExpExecArray, planYear: number): PartShape | ShapeError {
  const { m, y } = match.groups ?? {};
  const month = periodOf("month", yearOf(y, planYear), Number(m));
  return month ? { kind: "due", from: month.start, to: month.end } : { error: "invalid_month" };
}

/** "Quý III - quý IV/2026" and "Quý III, IV năm 2026" are one due span; the year written last applies to both. */
function readQuarters(match: RegExpExecArray, planYear: number): PartShape | ShapeError {
  const { q1, q2, y } = match.groups ?? {};
  const year = yearOf(y, planYear);
  const first = periodOf("quarter", year, quarterNumber(q1));
  const last = periodOf("quarter", year, quarterNumber(q2 ?? q1));
  if (!first || !last || last.start < first.start) return { error: "reversed_range" };
  return { kind: "due", from: first.start, to: last.end };
}

function quarterNumber(written: string | undefined): number {
  const roman = ROMAN_QUARTERS.findIndex((numeral) => numeral.toLowerCase() === written);
  return roman >= 0 ? roman + 1 : Number(written);
}

function readYear(match: RegExpExecArray, planYear: number): PartShape {
  const year = yearOf(match.groups?.y, planYear);
  return { kind: "continuous", from: isoDate(year, 1, 1), to: isoDate(year, 12, 31) };
}

function readStage(match: RegExpExecArray): PartShape | ShapeError {
  const first = Number(match.groups?.y1);
  const last = Number(match.groups?.y2);
  if (last < first) return { error: "reversed_range" };
  return { kind: "continuous", from: isoDate(first, 1, 1), to: isoDate(last, 12, 31) };
}

function readCycles(match: RegExpExecArray): PartShape {
  const words = match[0].match(/(?:6|sau)\s+thang|thang|quy|nam|dot\s+xuat/g) ?? [];
  return { kind: "recurring", cycles: [...new Set(words.map(cycleOf))] };
}

function cycleOf(word: string): RecurrenceCycle {
  if (word.endsWith("thang")) return word === "thang" ? "month" : "half_year";
  if (word === "quy") return "quarter";
  if (word === "nam") return "year";
  return "ad_hoc";
}
