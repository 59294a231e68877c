/**
 * What an officer writes in a result cell, parsed: "Ước 99,8%", "01 (Số liệu lũy kế)", "6,9% (năm 2025)",
 * "34/30", "Đang thống kê số liệu", "-".
 *
 * Decisions:
 * - A value written with a sign ("≥ 94%") is still the value 94; the sign is kept in `note`
 *   ("Giá trị ghi kèm dấu “≥”"), since the report prints it and validation may want to warn.
 * - "34/30" is numerator 34 over denominator 30 and `number` is 34: in the seeds it is "34 initiatives
 *   recognised out of the 30 planned", so the figure itself is the count; rates are computed by
 *   consolidation from numerator and denominator, not guessed here.
 * - Brackets carry flags ("Số liệu lũy kế" → cumulative, "năm 2025" → year, "ước" → estimate); any other
 *   bracket, and words after the number ("01 doanh nghiệp"), become `note`. Words after the number that
 *   contain another number are an error rather than a dropped figure, and so are letters glued to the number
 *   ("12abc", "0x1A", "1E+308"): they are a typing slip or another notation, never a note.
 * - A day ("2026-05-10", what a date-formatted cell reads as) is not a number: an error that says so.
 * - Unit: "%" → percent (the text wins over `measure`); otherwise `measure`, or count for a whole number
 *   and none for a fraction ("7,26" people per 10 000).
 * - Out-of-range figures (above 100%, negative) are returned as written: validation decides.
 */
import { failure, success, type ParseResult } from "../result";
import { cleanCellText, foldForMatching, splitRemarks } from "./cellText";
import { containsDigit, readLeadingQuantity, unitOfPlainNumber } from "./quantity";
import type { MeasureUnit, NoNumberReasonCode, ParsedValue, ValueFlags } from "./types";
import { valueTexts } from "../texts/values";
import { shiftDecimalPoint } from "./vietnameseNumber";

export interface ParseValueOptions {
  measure?: MeasureUnit;
  /** Excel keeps a percent-formatted 87,6% as 0.876; set this to read such cell numbers as 87.6. */
  excelPercentFraction?: boolean;
}

// Matched against accent-free lower-case text; the first row that matches wins.
const REASONS: { code: NoNumberReasonCode; pattern: RegExp }[] = [
  { code: "not_applicable", pattern: /^(?:[-–—]|khong phat sinh.*)$/ },
  { code: "collecting", pattern: /dang (?:thong ke|tong hop|thu thap)/ },
  { code: "not_due", pattern: /chua den (?:ky|thoi diem|thoi han) bao cao/ },
  { code: "no_method", pattern: /chua co .*(?:phuong phap|huong dan|cong cu|tieu chi)/ },
  { code: "not_provided", pattern: /chua (?:cung cap|bao cao|co) so lieu/ },
  { code: "not_started", pattern: /chua (?:trien khai|thuc hien)/ },
];
// The cell readers give a date-formatted cell as its day, "2026-05-10".
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ESTIMATE_PREFIX = /^(?:(uoc)(?: tinh)?(?![a-z])\s*)?(?:dat(?![a-z])\s*)?/;

export function parseValue(
  input: string | number | null | undefined,
  opts: ParseValueOptions = {},
): ParseResult<ParsedValue> {
  if (input === null || input === undefined) return failure("empty", valueTexts.emptyValue);
  if (typeof input === "number") return parseCellNumber(input, opts);
  return parseValueText(input, opts.measure);
}

/** Numbers from Excel cells are taken as they are. */
function parseCellNumber(n: number, opts: ParseValueOptions): ParseResult<ParsedValue> {
  if (!Number.isFinite(n)) return failure("not_a_number", valueTexts.notAFiniteNumber(String(n)));
  const number = opts.excelPercentFraction ? shiftDecimalPoint(n, 2) : n;
  const unit = opts.excelPercentFraction ? "percent" : unitOfPlainNumber(number, opts.measure);
  return success({ raw: String(n), number, unit, flags: { estimate: false, cumulative: false } });
}

function parseValueText(raw: string, measure: MeasureUnit | undefined): ParseResult<ParsedValue> {
  const cleaned = cleanCellText(raw);
  if (cleaned === "") return failure("empty", valueTexts.emptyValue);
  const { main, remarks } = splitRemarks(cleaned);
  const { flags, notes } = readRemarks(remarks);
  const prefix = ESTIMATE_PREFIX.exec(foldForMatching(main));
  if (prefix?.[1]) flags.estimate = true;
  const quantity = readLeadingQuantity(main.slice(prefix?.[0].length ?? 0));

  if (ISO_DAY.test(main)) return failure("date_not_number", valueTexts.dateNotNumber(main));
  if (quantity.ok) {
    const { number, denominator, percent, rest, symbolText } = quantity.value;
    if (isGlued(main, rest)) return failure("unrecognised", valueTexts.gluedToNumber(cleaned));
    if (containsDigit(rest)) return failure("unrecognised", valueTexts.unrecognisedValue(cleaned));
    const note = joinNotes([...(symbolText ? [valueTexts.boundNote(symbolText)] : []), ...notes, rest]);
    return success({
      raw,
      number,
      unit: percent ? "percent" : unitOfPlainNumber(number, measure),
      ...(denominator === undefined ? {} : { numerator: number, denominator }),
      flags,
      ...note,
    });
  }
  if (quantity.issues[0].code !== "no_number") return quantity;

  const code = reasonCode(main);
  if (code === undefined) return failure("unrecognised", valueTexts.unrecognisedValue(cleaned));
  return success({ raw, unit: measure ?? "none", flags, reason: { code, text: main }, ...joinNotes(notes) });
}

/** Letters right after the number, with no space between ("12abc"): `rest` is what follows the quantity, trimmed. */
function isGlued(text: string, rest: string): boolean {
  const before = text.length - rest.length - 1;
  return rest !== "" && before >= 0 && !/\s/.test(text[before]) && /^\p{L}/u.test(rest);
}

function readRemarks(remarks: string[]): { flags: ValueFlags; notes: string[] } {
  const flags: ValueFlags = { estimate: false, cumulative: false };
  const notes: string[] = [];
  for (const remark of remarks) {
    const folded = foldForMatching(remark);
    const year = /^nam (\d{4})$/.exec(folded);
    if (year) flags.year = Number(year[1]);
    else if (/luy ke/.test(folded)) flags.cumulative = true;
    else if (/^uoc(?: tinh)?$/.test(folded)) flags.estimate = true;
    else notes.push(remark);
  }
  return { flags, notes };
}

function reasonCode(text: string): NoNumberReasonCode | undefined {
  const folded = foldForMatching(text);
  return REASONS.find(({ pattern }) => pattern.test(folded))?.code;
}

function joinNotes(notes: string[]): { note?: string } {
  const present = notes.filter((note) => note !== "");
  return present.length === 0 ? {} : { note: present.join("; ") };
}
