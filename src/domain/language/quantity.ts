/** The numeric core shared by values and targets: an optional comparison sign, a number, "/ number", "%". */
import { failure, success, type ParseResult } from "../result";
import type { MeasureUnit } from "./types";
import { valueTexts } from "../texts/values";
import { parseVietnameseNumber } from "./vietnameseNumber";

export type ComparisonSymbol = ">=" | "<=" | "=";

export interface LeadingQuantity {
  symbol?: ComparisonSymbol;
  /** The sign as written ("≥", ">="), for messages and notes. */
  symbolText?: string;
  number: number;
  /** "34/30" → 30. */
  denominator?: number;
  percent: boolean;
  /** What follows the quantity, trimmed. */
  rest: string;
}

// Strict signs count as their wide forms: officers write "> 80%" for "at least 80%".
const SYMBOLS: Record<string, ComparisonSymbol> = {
  "≥": ">=",
  "⩾": ">=",
  "≧": ">=",
  ">=": ">=",
  "=>": ">=",
  ">": ">=",
  "≤": "<=",
  "⩽": "<=",
  "≦": "<=",
  "<=": "<=",
  "=<": "<=",
  "<": "<=",
  "=": "=",
};
// A number token ends on a digit, so a sentence's final "." or "," is not read as part of it.
const QUANTITY =
  /^(?<symbol>≥|⩾|≧|>=|=>|≤|⩽|≦|<=|=<|>|<|=)?\s*(?<number>[+\-−]?\d(?:[\d.,]*\d)?)(?:\s*\/\s*(?<denominator>\d(?:[\d.,]*\d)?))?\s*(?<percent>%)?/;

/**
 * "≥ 94%" → { symbol: ">=", number: 94, percent: true }; "34/30" → { number: 34, denominator: 30 }.
 * Fails with code "no_number" when the text does not start with a quantity, or with the number's own
 * issue ("ambiguous_number", "not_a_number") when it does but the number cannot be read.
 */
export function readLeadingQuantity(text: string): ParseResult<LeadingQuantity> {
  const match = QUANTITY.exec(text);
  if (!match?.groups) return failure("no_number", valueTexts.notANumber(text));
  const { symbol, number, denominator, percent } = match.groups;
  const numerator = parseVietnameseNumber(number);
  if (!numerator.ok) return numerator;
  const parsedDenominator = denominator === undefined ? undefined : parseVietnameseNumber(denominator);
  if (parsedDenominator && !parsedDenominator.ok) return parsedDenominator;
  return success({
    ...(symbol === undefined ? {} : { symbol: SYMBOLS[symbol], symbolText: symbol }),
    number: numerator.value,
    ...(parsedDenominator ? { denominator: parsedDenominator.value } : {}),
    percent: percent !== undefined,
    rest: text.slice(match[0].length).trim(),
  });
}

/** A number written without "%": the indicator's measure when known, else a count if whole. */
export function unitOfPlainNumber(n: number, measure: MeasureUnit | undefined): MeasureUnit {
  return measure ?? (Number.isInteger(n) ? "count" : "none");
}

export function containsDigit(text: string): boolean {
  return /\d/.test(text);
}
