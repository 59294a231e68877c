/**
 * A target as the plan writes it: "70%", "≥ 50%", "$\geq 80\%$", "Đảm bảo bố trí ít nhất 1%", "không quá 5%",
 * "02", "Tăng tối thiểu 01 doanh nghiệp khởi nghiệp sáng tạo".
 *
 * Decisions:
 * - No operator means "at least" (≥): a plan's "70%" is reached by 75%.
 * - "trên", ">" and "dưới", "<" are read as ≥ and ≤: the plans use them for "at least" / "at most".
 * - "Tăng …" is an increase over the previous year's result ("increase_by"); compareToTarget needs that baseline.
 * - Bracketed remarks are left out (the raw text keeps them); words after the number are the object counted
 *   ("01 doanh nghiệp") and are allowed unless they hold another number.
 * - Unit: "%" → percent; otherwise `measure`, or count for a whole number and none for a fraction.
 */
import { failure, success, type ParseResult } from "../result";
import { cleanCellText, foldForMatching, splitRemarks } from "./cellText";
import { containsDigit, readLeadingQuantity, unitOfPlainNumber } from "./quantity";
import type { MeasureUnit, Target, TargetOperator } from "./types";
import { valueTexts } from "../texts/values";

// Matched against accent-free lower-case text: lead-in words, then the operator phrase.
const LEAD_IN = /^(?:(?:dam bao|phan dau|bo tri|dat|muc|co)\s+)*/;
const OPERATOR_PHRASES: { op: TargetOperator; pattern: RegExp }[] = [
  { op: "increase_by", pattern: /^tang(?: them)?(?: (?:toi thieu|it nhat))?(?: them)?(?![a-z])/ },
  { op: ">=", pattern: /^(?:it nhat|toi thieu|tren|khong (?:duoi|it hon|thap hon))(?![a-z])/ },
  { op: "<=", pattern: /^(?:khong (?:vuot )?qua|toi da|duoi)(?![a-z])/ },
];

export function parseTarget(text: string, opts: { measure?: MeasureUnit } = {}): ParseResult<Target> {
  const cleaned = cleanCellText(text);
  if (cleaned === "") return failure("empty", valueTexts.emptyTarget);
  const { main } = splitRemarks(cleaned);
  const folded = foldForMatching(main);
  const leadIn = LEAD_IN.exec(folded)?.[0].length ?? 0;
  const phrase = readOperatorPhrase(folded.slice(leadIn));
  const quantity = readLeadingQuantity(main.slice(leadIn + (phrase?.length ?? 0)).trim());
  if (!quantity.ok) {
    return quantity.issues[0].code === "no_number"
      ? failure("unrecognised", valueTexts.unrecognisedTarget(cleaned))
      : quantity;
  }
  const { symbol, number, denominator, percent, rest } = quantity.value;
  const conflicting = phrase !== undefined && symbol !== undefined && phrase.op !== symbol;
  if (conflicting || denominator !== undefined || containsDigit(rest)) {
    return failure("unrecognised", valueTexts.unrecognisedTarget(cleaned));
  }
  return success({
    raw: text,
    op: phrase?.op ?? symbol ?? ">=",
    value: number,
    unit: percent ? "percent" : unitOfPlainNumber(number, opts.measure),
  });
}

function readOperatorPhrase(folded: string): { op: TargetOperator; length: number } | undefined {
  for (const { op, pattern } of OPERATOR_PHRASES) {
    const match = pattern.exec(folded);
    if (match) return { op, length: match[0].length };
  }
  return undefined;
}
